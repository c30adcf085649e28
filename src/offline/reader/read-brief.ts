// The offline brief reader: free text in French or English → a Brief, by rules only, the same text giving the same
// Brief. It keeps only what the text states, each field with the brief's own words (a Reading's sources); what the
// text does not say is null or [], never a zero or a default shown as a fact. Stated defaults, each marked in the
// reading: the planning horizon (the brief's, else its longest goal horizon up to 24 months, else 12), a budget's
// period when unwritten (the horizon), and a name describing the brief ("Avocate en droit du travail, Nantes")
// when it names no company. Structured briefs (JSON, YAML) are mapped by src/brief, never read here.
import type { Brief, Language } from '../../../agents/brief.js';
import { detectSector } from '../../knowledge/index.js';
import type { NoteId } from '../../knowledge/reader/reader-terms.js';
import { detectLanguage } from '../../language/detect-language.js';
import { findAssets } from './assets.js';
import { findAudience } from './audience.js';
import { findBaseline } from './baselines.js';
import { findBudget } from './budget.js';
import { findBusinessModel, findStage } from './business-model.js';
import { findCalendar } from './calendar.js';
import { findChannels } from './channels.js';
import { findCompanyName } from './company-name.js';
import { findCompetitors } from './competitors.js';
import { findConstraints } from './constraints.js';
import { parseDocument } from './document.js';
import { planHorizon } from './durations.js';
import type { Found } from './found.js';
import { monthsUntil } from './goal-dates.js';
import { findGoals, levelAfterRise } from './goals.js';
import { findMarkets } from './markets.js';
import { findDescription, findIdentity, findOffer, offerFromIdentity } from './offer.js';
import { findMaturity, findProfile } from './profile.js';
import { findCommittedSpend } from './spend.js';
import { findCapacity } from './team.js';
import { capitalize } from './text.js';

export interface ReadBriefOptions {
  /** Forces the language (`--lang`); detected from the text when absent. */
  readonly language?: Language;
  /** The plan's first month ('YYYY-MM', `--start`): a goal's date ("by end of 2026") is counted from it. */
  readonly start?: string;
}

/** Planning horizon when the brief gives neither a plan horizon nor a goal horizon. */
export const DEFAULT_HORIZON_MONTHS = 12;
/** A horizon taken from goals is capped: a five-year goal does not make a five-year marketing plan. */
export const MAX_GOAL_HORIZON_MONTHS = 24;

/** Why a value is what it is, when it is not simply the brief's words: a stated default, a described name. */
export type Note = NoteId;

/** A Brief with, for each field path ("company.name", "goals.0", "budget"…), the brief's words it came from. */
export interface Reading {
  readonly brief: Brief;
  readonly sources: ReadonlyMap<string, string>;
  readonly notes: ReadonlyMap<string, Note>;
}

const DATED =
  /\b(?:19|20)\d\d\b|\bQ[1-4]\b|\b(?:by|before|until|d'ici|avant|fin|end of)\s+(?:next\s+|la\s+|le\s+|l')?(?:summer|winter|spring|autumn|fall|christmas|été|hiver|printemps|automne|noël|rentrée|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|january|february|march|april|may|june|july|august|september|october|november|december)/iu;

const UNNAMED: Readonly<Record<Language, string>> = { fr: 'Entreprise sans nom', en: 'Unnamed business' };

/** Reads a free-text brief into the Brief every agent works from. */
export function readBrief(text: string, options: ReadBriefOptions = {}): Brief {
  return readBriefWithSources(text, options).brief;
}

/** Reads a free-text brief, keeping where each field came from (for `brief.read.yaml`). */
export function readBriefWithSources(text: string, options: ReadBriefOptions = {}): Reading {
  const doc = parseDocument(text);
  const language = options.language ?? detectLanguage(doc.text);
  const sources = new Map<string, string>();
  const notes = new Map<string, Note>();
  const keep = <T>(path: string, found: Found<T> | null): T | null => {
    if (found !== null) sources.set(path, found.from);
    return found?.value ?? null;
  };
  const list = <T>(path: string, found: ReadonlyArray<Found<T>>): T[] =>
    found.map((f, i) => {
      sources.set(`${path}.${i}`, f.from);
      return f.value;
    });

  const named = findCompanyName(doc);
  const description = findDescription(doc, named);
  const identity = findIdentity(doc, named);
  // "I'm a wedding florist in Bath": with no offer said, what the trade sells.
  const offer = findOffer(doc, named) ?? offerFromIdentity(identity);
  const markets = findMarkets(doc.text, language, description?.value ?? null);

  const read = findGoals(doc, language);
  const goals = read.map(({ goal, from, entry, baselineFrom, horizonFrom, increment, rise }, i) => {
    sources.set(`goals.${i}`, from);
    if (horizonFrom !== null) sources.set(`goals.${i}.horizonMonths`, horizonFrom);
    if (baselineFrom !== null) sources.set(`goals.${i}.baseline`, baselineFrom);
    const baseline = increment ? null : findBaseline(doc, goal, entry, rise);
    if (baseline === null) return goal;
    sources.set(`goals.${i}.baseline`, baseline.from);
    // "+25 % de ventes directes" from 42 500 bottles today: the target becomes the level, in bottles.
    if (rise && goal.target !== null) {
      const level = levelAfterRise(goal.target, baseline.value);
      return { ...goal, target: level.value, unit: level.unit, baseline: baseline.value.value };
    }
    return { ...goal, baseline: baseline.value.value };
  });
  // "d'ici fin 2027", "by June 2027": counted from the plan's first month when the run gives it; else said so.
  // A date under two months away keeps its months left (the open questions flag it) but does not set the plan's horizon.
  const nearDated = new Set<number>();
  const dated = goals.map((goal, i) => {
    if (goal.horizonMonths !== null || !DATED.test(goal.statement)) return goal;
    const months = monthsUntil(goal.statement, options.start);
    if (months === null) {
      notes.set(`goals.${i}.horizonMonths`, 'dated_goal');
      return goal;
    }
    notes.set(`goals.${i}.horizonMonths`, months < 2 ? 'date_near' : 'date_counted');
    if (months < 2) nearDated.add(i);
    return { ...goal, horizonMonths: months };
  });
  goals.splice(0, goals.length, ...dated);
  const goalHorizons = goals.flatMap((g, i) =>
    g.horizonMonths === null || nearDated.has(i) ? [] : [g.horizonMonths],
  );
  const stated = planHorizon(doc.text);
  const horizonMonths =
    stated ??
    (goalHorizons.length > 0
      ? Math.min(MAX_GOAL_HORIZON_MONTHS, Math.max(...goalHorizons))
      : DEFAULT_HORIZON_MONTHS);
  if (stated === null)
    notes.set('horizonMonths', goalHorizons.length > 0 ? 'goal_horizon' : 'default_horizon');

  const budget = findBudget(doc, horizonMonths);
  if (budget.budget !== null && !budget.periodStated) notes.set('budget', 'period_is_horizon');
  if (budget.none !== null) {
    sources.set('budget', budget.none);
    notes.set('budget', 'no_budget_stated');
  }
  const capacity = findCapacity(doc, language);
  if (capacity.assumedFullTime) notes.set('capacity', 'full_time_assumed');
  const channels = findChannels(doc, language);
  const calendar = findCalendar(doc);
  for (const [month, words] of calendar.busyFrom) sources.set(`calendar.busyMonths.${month}`, words);
  calendar.deadlines.forEach((d, i) => {
    sources.set(`calendar.deadlines.${i}`, d.from);
  });

  // The sector table decides only on clear evidence (a business-type word in what the company says it is).
  const lead = [offer?.value, description?.value].filter((p) => p !== undefined).join(' . ');
  const sector = detectSector(doc.text, language, lead, identity?.value ?? offer?.value ?? '');
  const sectorFrom = [identity?.from, offer?.from, description?.from].find((f) => f !== undefined);
  if (sector !== null && sectorFrom !== undefined) sources.set('company.sector', sectorFrom);

  const city = markets.find((m) => m.value.city) ?? markets[0];
  let name = keep('company.name', named);
  if (name === null) {
    // What the writer says they are, else what they sell: "Avocate en droit du travail, Nantes".
    const what = identity ?? offer;
    notes.set('company.name', what === null ? 'unnamed' : 'described_name');
    if (what !== null) sources.set('company.name', what.from);
    name =
      what === null
        ? UNNAMED[language]
        : [capitalize(what.value), city?.value.label].filter(Boolean).join(', ');
  }
  const profile = findProfile(doc, capacity.capacity?.value ?? null);
  const brief: Brief = {
    company: {
      name,
      description: keep('company.description', description),
      sector: sector?.label ?? null,
      businessModel: keep('company.businessModel', findBusinessModel(doc.text)),
      offer: keep('company.offer', offer),
      markets: list('company.markets', markets).map((m) => m.label),
      stage: keep('company.stage', findStage(doc.text)),
    },
    audience: keep('audience', findAudience(doc, description?.value ?? null, offer?.value ?? null)),
    goals,
    budget: keep('budget', budget.budget),
    capacity: keep('capacity', capacity.capacity),
    maturity: findMaturity(doc.text),
    profile,
    competitors: list('competitors', findCompetitors(doc)),
    channels: list(
      'channels',
      channels.map((c) => ({ value: c.channel, from: c.from })),
    ),
    constraints: list('constraints', findConstraints(doc)),
    assets: list('assets', findAssets(doc, channels)),
    committedSpend: list('committedSpend', findCommittedSpend(doc)),
    calendar: calendar.calendar,
    language,
    horizonMonths,
  };
  return { brief, sources, notes };
}
