// The offline brief reader: free text in French or English → a Brief, by rules only, the same text giving the same Brief.
// What the text does not say is null or [], never made up. Stated defaults: the company is called
// "Votre entreprise" / "Your company" when unnamed; the planning horizon is the one the brief states,
// else its longest goal horizon (at most 24 months), else 12 months; a budget without a period covers
// that horizon. Dates tied to today ("Q3 2026", "by next summer") stay in the goal's text, never counted.
// A brief written as JSON is read from its string values, then its own fields win. Front matter is split
// off by the intake (src/brief), which hands the reader the body and lays the front matter over the result.
import type { Brief, Language } from '../../../agents/brief.js';
import { detectLanguage } from '../../language/detect-language.js';
import { detectSector } from '../knowledge/match-sector.js';
import { findAudience } from './audience.js';
import { findBudget } from './budget.js';
import { findBusinessModel, findStage } from './business-model.js';
import { findChannels } from './channels.js';
import { findCompanyName, UNNAMED_COMPANY } from './company-name.js';
import { findCompetitors } from './competitors.js';
import { findConstraints } from './constraints.js';
import { parseDocument } from './document.js';
import { planHorizon } from './durations.js';
import { findGoals } from './goals.js';
import { findMarkets } from './markets.js';
import { findMaturity } from './maturity.js';
import { findDescription, findOffer } from './offer.js';
import { findProfile } from './profile.js';
import { jsonFields, jsonLanguage, jsonProse, overlayFields } from './structured-fields.js';
import { findCapacity } from './team.js';

export interface ReadBriefOptions {
  /** Forces the language (`--lang`); detected from the text when absent. */
  readonly language?: Language;
}

/** Planning horizon when the brief gives neither a plan horizon nor a goal horizon. */
export const DEFAULT_HORIZON_MONTHS = 12;

/**
 * A plan horizon taken from goals ("doubler le CA d'ici 18 mois") is capped here: a five-year goal does
 * not make a five-year marketing plan. A horizon the brief states for the plan itself is kept as written.
 */
export const MAX_GOAL_HORIZON_MONTHS = 24;

/** Currency of a stated zero budget when the brief names no currency at all: it is zero either way. */
const ZERO_BUDGET_CURRENCY: Readonly<Record<Language, string>> = { fr: 'EUR', en: 'USD' };

/** Reads a free-text brief into the Brief every agent works from. */
export function readBrief(text: string, options: ReadBriefOptions = {}): Brief {
  const fields = jsonFields(text);
  if (fields === null) return readProse(text, options);
  const language = options.language ?? jsonLanguage(fields);
  return overlayFields(readProse(jsonProse(fields), { language }), fields);
}

function readProse(text: string, options: ReadBriefOptions): Brief {
  const doc = parseDocument(text);
  const language = options.language ?? detectLanguage(doc.text);
  const named = findCompanyName(doc);
  const description = findDescription(doc, named?.sentence ?? null);
  const offer = findOffer(doc, named?.name ?? null, named?.sentence ?? null);
  const goals = findGoals(doc, language);
  const goalHorizons = goals.flatMap((g) => (g.horizonMonths === null ? [] : [g.horizonMonths]));
  const horizonMonths =
    planHorizon(doc.text) ??
    (goalHorizons.length > 0
      ? Math.min(MAX_GOAL_HORIZON_MONTHS, Math.max(...goalHorizons))
      : DEFAULT_HORIZON_MONTHS);
  const channels = findChannels(doc, language);
  const capacity = findCapacity(doc, language);
  // The offer's first words say what the business is ("SaaS", "boutique en ligne"), not whom it serves.
  const identity = (offer ?? '').split(/\s+/).slice(0, 3).join(' ');
  const sector = detectSector(doc.text, language, [description ?? '', offer ?? ''].join(' '), identity);
  return {
    company: {
      name: named?.name ?? UNNAMED_COMPANY[language],
      description,
      sector: sector?.label ?? null,
      businessModel: findBusinessModel(doc.text),
      offer,
      markets: findMarkets(doc.text, language, description),
      stage: findStage(doc.text),
    },
    audience: findAudience(doc, description),
    goals,
    budget: findBudget(doc, horizonMonths, ZERO_BUDGET_CURRENCY[language]),
    capacity,
    maturity: findMaturity(doc.text, channels),
    profile: findProfile(doc, capacity),
    competitors: findCompetitors(doc),
    channels,
    constraints: findConstraints(doc),
    assets: [],
    committedSpend: [],
    calendar: { busyMonths: [], deadlines: [] },
    language,
    horizonMonths,
  };
}
