// KPI targets a marketer would sign: a share of the goal's increment over its baseline, split by expected
// contribution and capped by the benchmark funnel; or the channel's own count sized from a benchmark row.
import type { Goal } from '../../../agents/brief.js';
import type { Kpi } from '../../../agents/prioritizer.js';
import { type Benchmark, fold, KNOWLEDGE } from '../../knowledge/index.js';
import type { Candidate } from './candidates.js';
import { type Facts, money, number, roundHuman } from './facts.js';

export interface Sized {
  readonly candidate: Candidate;
  /** People reached over the action's run (the brief's list size when it gives one). */
  readonly reach: number;
  /** Expected contribution, to split a goal between the actions serving it. */
  readonly weight: number;
  /** Out-of-pocket cost over the run, in the brief's currency. */
  readonly cost: number;
}

const PER_MONTH = /\b(?:par mois|chaque mois|per month|a month|each month|every month|mensuels?|monthly)\b/i;

/** Goals counted in customers, deals or leads: the channel's conversion chain bounds what it can bring. */
const SALES = ['customers', 'b2b_deals', 'leads', 'revenue'];
const benchmark = (id: string | null): Benchmark | null =>
  KNOWLEDGE.benchmarks.find((row) => row.id === id) ?? null;
const rate = (row: Benchmark, at: 'typical' | 'high') => (row.unit === '%' ? row[at] / 100 : row[at]);

/**
 * The goal an action's KPI is split from. Each action measures one goal; an existing audience (a list, a following)
 * measures the home-market goal before a new country's, and every goal with an increment gets at least one action.
 */
function splitGoal(facts: Facts, sized: Sized, all: readonly Sized[]): Goal | null {
  return assignments(facts, all).get(sized) ?? null;
}

function splittable(facts: Facts, sized: Sized): Goal[] {
  const { channel, goals, mode } = sized.candidate;
  if (channel.convert.length === 0) return [];
  const home = (goal: Goal) => (mode !== 'new' && facts.intentsOf(goal).includes('international') ? 1 : 0);
  return [...goals]
    .filter((goal) => incrementOf(facts, goal) !== null)
    .sort(
      (a, b) =>
        home(a) - home(b) || specificity(facts, channel.intents, a) - specificity(facts, channel.intents, b),
    );
}

/** 1 when the goal's sentence names the action's channel ("partner-sourced share" → partnerships). */
function named(goal: Goal, s: Sized): number {
  const text = fold(goal.statement);
  const { label } = s.candidate.channel;
  return [label.en, label.fr]
    .flatMap((l) => fold(l).split(/[^a-z]+/))
    .some((w) => w.length >= 5 && text.includes(w.slice(0, 6)))
    ? 1
    : 0;
}

function assignments(facts: Facts, all: readonly Sized[]): Map<Sized, Goal> {
  const chosen = new Map<Sized, Goal>();
  // A rate to raise (52 % → 65 %) is measured once, as the rate itself, by the action most specific to it.
  for (const goal of facts.brief.goals) {
    if (!isRateGoal(goal)) continue;
    const lever = all
      .filter(
        (s) => !chosen.has(s) && s.candidate.goals.includes(goal) && s.candidate.channel.id !== 'tracking',
      )
      .sort(
        (a, b) =>
          named(goal, b) - named(goal, a) ||
          specificity(facts, a.candidate.channel.intents, goal) -
            specificity(facts, b.candidate.channel.intents, goal) ||
          b.weight - a.weight,
      )[0];
    if (lever) chosen.set(lever, goal);
  }
  for (const s of all) {
    if (chosen.has(s)) continue;
    const first = splittable(facts, s)[0];
    if (first) chosen.set(s, first);
  }
  // A goal measured by fewer than two actions takes the strongest other action that serves it, from a goal that keeps
  // at least two (or has no other): no single action carries a whole goal that others serve too.
  const count = (goal: Goal) => [...chosen.values()].filter((g) => g === goal).length;
  for (const goal of facts.brief.goals) {
    if (incrementOf(facts, goal) === null) continue;
    for (let tries = 0; tries < 2 && count(goal) < 2; tries++) {
      const movable = all
        .filter((s) => chosen.get(s) !== goal && splittable(facts, s).includes(goal))
        .filter((s) => !isRateGoal(chosen.get(s) ?? null))
        .filter((s) => {
          const from = chosen.get(s);
          return from === undefined || count(from) > 2 || (count(goal) === 0 && count(from) > 1);
        })
        .sort((a, b) => b.weight - a.weight)[0];
      if (!movable) break;
      chosen.set(movable, goal);
    }
  }
  return chosen;
}

/**
 * The goal's increment shared among the actions measured against it, by expected contribution: no action above 60 %
 * of it (assumption), none above its funnel's best case; what a capped action cannot carry goes to the others, and
 * the shares are rounded to one step (a hundredth of the goal, rounded to 1, 2 or 5 × 10ⁿ) so they add up to the goal.
 */
function shares(facts: Facts, goal: Goal, all: readonly Sized[]): Map<Sized, number> {
  const increment = incrementOf(facts, goal)!;
  const isMoney = isMoneyGoal(facts, goal);
  const members = all.filter((s) => assignments(facts, all).get(s) === goal);
  const cap = new Map(
    members.map((s) => {
      // The sole action serving a goal may carry it; one of several never more than 60 % (assumption).
      const serving = all.filter((o) => o.candidate.goals.includes(goal)).length;
      // With no baseline the "increment" may be the whole target: one action then carries at most 40 % (assumption).
      const most = goal.baseline === null ? 0.4 : 0.6;
      let limit = members.length > 1 || serving > 1 ? most * increment : increment;
      if (isMoney && s.candidate.channel.paid && s.cost > 0)
        limit = Math.min(limit, s.cost * rate(benchmark('ads_return_on_spend')!, 'high'));
      if (!isMoney && SALES.includes(facts.intentOf(goal)))
        limit = Math.min(
          limit,
          Math.max(
            1,
            s.candidate.channel.convert.reduce((n, id) => n * rate(benchmark(id)!, 'high'), s.reach),
          ),
        );
      return [s, limit] as const;
    }),
  );
  const value = new Map(members.map((s) => [s, 0]));
  let left = increment;
  let open = members.filter((s) => cap.get(s)! > 0);
  const weight = new Map(members.map((s) => [s, contribution(s)]));
  // Water-filling: share what is left by expected contribution, cap, repeat with the actions still below their cap.
  for (let round = 0; round < members.length && left > 1e-9 && open.length > 0; round++) {
    const total = open.reduce((sum, s) => sum + weight.get(s)!, 0) || 1;
    let given = 0;
    for (const s of open) {
      const add = Math.min((left * weight.get(s)!) / total, cap.get(s)! - value.get(s)!);
      value.set(s, value.get(s)! + add);
      given += add;
    }
    left -= given;
    open = open.filter((s) => value.get(s)! < cap.get(s)! - 1e-9);
  }
  // Beyond every cap the plan cannot promise the goal: the caps' total is what the actions can carry.
  const reachable = increment - Math.max(0, left);
  return roundShares(value, reachable);
}

/** Rounds shares to a human step while keeping their total (largest remainders first). */
function roundShares(value: Map<Sized, number>, total: number): Map<Sized, number> {
  const raw = total / 100;
  const magnitude = 10 ** Math.floor(Math.log10(Math.max(raw, 1)));
  const step =
    raw < 1 ? 1 : ([1, 2, 5, 10].map((m) => m * magnitude).find((m) => m >= raw) ?? 10 * magnitude);
  const target = Math.max(step, Math.round(total / step) * step);
  const entries = [...value.entries()].sort((a, b) => b[1] - a[1]);
  const floors = entries.map(([s, v]) => [s, Math.floor(v / step) * step, v] as const);
  let rest = target - floors.reduce((sum, [, f]) => sum + f, 0);
  const order = [...floors].sort((a, b) => b[2] - b[1] - (a[2] - a[1]));
  const out = new Map(floors.map(([s, f]) => [s, f]));
  for (let i = 0; rest >= step && order.length > 0; i = (i + 1) % order.length) {
    const s = order[i]![0];
    out.set(s, out.get(s)! + step);
    rest -= step;
  }
  return out;
}

/** The KPI of one action, and the goal it is measured against. */
export function kpiFor(facts: Facts, sized: Sized, all: readonly Sized[]): { kpi: Kpi; goal: Goal | null } {
  const { channel } = sized.candidate;
  const goal = splitGoal(facts, sized, all);
  if (goal !== null && isRateGoal(goal)) return { goal, kpi: rateKpi(facts, goal) };
  const share = goal ? (shares(facts, goal, all).get(sized) ?? 0) : 0;
  if (goal === null || share <= 0) {
    const ordered = [...sized.candidate.goals].sort(
      (a, b) => specificity(facts, channel.intents, a) - specificity(facts, channel.intents, b),
    );
    return { goal: goal ?? ordered[0] ?? null, kpi: nativeKpi(facts, sized) };
  }
  const isMoney = isMoneyGoal(facts, goal);
  // A rise in % is measured in what rises: its currency, else its own metric ("bouteilles").
  const name = metricName(facts, goal);
  const unit = isMoney
    ? /^[A-Z]{3}$/.test(goal.unit ?? '')
      ? goal.unit
      : facts.currency
    : goal.unit === '%' || goal.unit === null
      ? name
      : goal.unit;
  // "15 new clients a month": the share is a monthly figure too.
  const monthly = PER_MONTH.test(goal.statement) ? facts.t('perMonth') : '';
  const metric = `${name}${monthly} — ${channel.label[facts.lang]}`;
  return {
    goal,
    kpi: {
      metric: facts.t('kpiGoalShare', { metric, goal: goal.id }),
      target: share,
      unit: share === 1 && !isMoney ? singular(facts, unit) : unit,
      timeframeMonths: dueMonths(facts, goal),
    },
  };
}

/** Due by the goal's own date when the brief gives one, never after the plan's end. */
function dueMonths(facts: Facts, goal: Goal): number {
  return Math.min(goal.horizonMonths ?? facts.brief.horizonMonths, facts.brief.horizonMonths);
}

/**
 * Expected contribution to a goal: the action's weight (reach, impact, confidence, what exists) times its conversion
 * chain at typical benchmark rates, so a channel with a longer funnel carries less of the goal.
 */
function contribution(s: Sized): number {
  const chain = s.candidate.channel.convert.reduce((n, id) => {
    const row = benchmark(id);
    return row ? n * rate(row, 'typical') : n;
  }, 1);
  return Math.max(s.weight * chain, 1e-9);
}

/** A rate to move between two stated levels (52 % → 65 %, churn 4.8 % → 3.5 %): not a volume to split. */
function isRateGoal(goal: Goal | null): boolean {
  return (
    goal !== null &&
    goal.unit === '%' &&
    goal.target !== null &&
    goal.target > 0 &&
    goal.target <= 100 &&
    // A rate to bring down (churn) keeps its lever's own measure: "below" reviews would read backwards.
    (goal.baseline === null || goal.baseline < goal.target)
  );
}

/** Thresholds for the mid-term review of rate KPIs: half-way from the baseline to the target, in whole points. */
const RATE_REVIEW = new WeakMap<Kpi, number>();

/** The rate itself, as the brief states it: its target and date are the brief's, not an estimate. */
function rateKpi(facts: Facts, goal: Goal): Kpi {
  const kpi: Kpi = {
    metric: facts.t('kpiRate', { metric: rateName(facts, goal), goal: goal.id }),
    target: goal.target,
    unit: '%',
    timeframeMonths: dueMonths(facts, goal),
  };
  if (goal.baseline !== null && goal.target !== null)
    RATE_REVIEW.set(kpi, Math.round((goal.baseline + goal.target) / 2));
  return kpi;
}

/** "taux de retour aux rappels vaccinaux", "partner-sourced share of new ARR": the rate as the goal names it. */
function rateName(facts: Facts, goal: Goal): string {
  const text = goal.statement.replace(/\s+/g, ' ');
  const named =
    /\b((?:taux|part|pourcentage)\b[^\d,;:()]{2,60}?)\s+(?:de|d'|à|a)?\s*\d/i.exec(text)?.[1] ??
    /((?:\b[\w-]+ ){0,2}\b(?:rate|share|percentage)\b(?: of(?: [\w-]+){1,3}?)?)\s+(?:from|to|at|under|below|above)\b/i.exec(
      text,
    )?.[1];
  const clean = named
    ?.replace(/\s+(?:de|du|des|from)$/i, '')
    .replace(/^(?:(?:raise|grow|increase|boost|improve|get|make|lift|push|the|our|notre|le|la)\s+)+/i, '')
    .trim();
  if (clean && clean.split(' ').length <= 8) return clean;
  // "Make the Nordics 15% of new ARR": the Nordics' share of new ARR.
  const of =
    /\b(?:the\s+)?(\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+)?)\s+\d+(?:[.,]\d+)?\s?%\s+of\s+((?:new\s+)?[\p{L}-]+)/u.exec(
      text,
    );
  if (of) return facts.lang === 'fr' ? `part de ${of[2]} : ${of[1]}` : `${of[1]} share of ${of[2]}`;
  return goal.metric ?? (facts.lang === 'fr' ? 'taux visé' : 'target rate');
}

/**
 * A short name for what the goal counts: the brief's unit when it is a word ("subscribers", "contrats-cadres"), the
 * reader's metric, the noun after the goal's figure ("210 members"), else the goal's kind; never the whole sentence.
 */
function metricName(facts: Facts, goal: Goal): string {
  if (isMoneyGoal(facts, goal)) return goal.metric ?? facts.t('kpiRevenue');
  const unit = goal.unit && goal.unit !== '%' && /^\p{L}/u.test(goal.unit) ? goal.unit : null;
  if (unit) return unit;
  if (goal.metric) return goal.metric;
  const figures = [goal.target, goal.baseline].filter((n): n is number => n !== null);
  for (const figure of figures) {
    const digits = String(figure).replace(/\B(?=(\d{3})+(?!\d))/g, '[ ,.\u00a0\u202f]?');
    const noun = new RegExp(`\\b${digits}\\s+((?:new |nouveaux |nouvelles )?\\p{L}[\\p{L}-]{2,})`, 'iu').exec(
      goal.statement,
    );
    if (noun && !/^(?:in|by|to|from|en|d|de|à|par|per|before|avant)$/i.test(noun[1]!)) return noun[1]!;
  }
  return facts.lang === 'fr' ? 'résultat visé' : 'target result';
}

/** "1 new importer", "1 contrat-cadre": a count of one takes the singular. */
function singular(facts: Facts, unit: string | null): string | null {
  if (!unit) return unit;
  const words = unit.split(' ');
  // French: the noun and its adjectives agree ("nouveaux clients" → "nouveau client"); English: the last word.
  const one = (w: string) =>
    /(?:ss|us|is)$/i.test(w) || w.length <= 3
      ? w
      : /eaux$/i.test(w)
        ? w.replace(/x$/i, '')
        : /ies$/i.test(w) && facts.lang === 'en'
          ? w.replace(/ies$/i, 'y')
          : w.replace(/s$/i, '');
  if (facts.lang === 'fr') return words.map((w) => (/^\p{L}/u.test(w) ? one(w) : w)).join(' ');
  words[words.length - 1] = one(words[words.length - 1]!);
  return words.join(' ');
}

/** A goal in money: its unit is a currency, or a rise in % over a baseline amount of revenue ("+10 % (today €14M)"). */
function isMoneyGoal(facts: Facts, goal: Goal): boolean {
  if (/^[A-Z]{3}$/.test(goal.unit ?? '')) return true;
  return goal.unit === '%' && facts.intentsOf(goal).includes('revenue') && (goal.baseline ?? 0) > 100;
}

function specificity(facts: Facts, intents: readonly string[], goal: Goal): number {
  const at = intents.indexOf(facts.intentOf(goal));
  return at < 0 ? 100 : at;
}

/**
 * Growth over today: target − baseline; a rise in % over a stated baseline ("+10 %, today €14M") is that share of it;
 * a count with no baseline is read as what to win; a level with none, unknown.
 */
function incrementOf(facts: Facts, goal: Goal): number | null {
  if (goal.target === null) return null;
  if (goal.unit === '%') {
    if (goal.baseline === null || goal.baseline <= 100 || goal.target <= 0 || goal.target > 100) return null;
    return (goal.baseline * goal.target) / 100;
  }
  if (goal.baseline !== null) return goal.target > goal.baseline ? goal.target - goal.baseline : null;
  if (/^[A-Z]{3}$/.test(goal.unit ?? '') || facts.intentOf(goal) === 'awareness') return null;
  return goal.target;
}

/** The channel's own count: the people reached (or a fixed amount) times the benchmark's typical rate. */
function nativeKpi(facts: Facts, sized: Sized): Kpi {
  const { channel, existing } = sized.candidate;
  const row = benchmark(channel.kpi.benchmark);
  const base = channel.kpi.base === 'fixed' ? (channel.kpi.amount ?? 1) : sized.reach;
  const months = channel.kpi.base === 'list' ? channel.runMonths : 1;
  const listBase = channel.kpi.base === 'list' && existing?.size ? existing.size : base;
  const raw = row ? listBase * rate(row, 'typical') * months : listBase;
  // A fixed count with no benchmark (tracking) is a deliverable, not a figure to reach.
  const target = row === null && channel.kpi.base === 'fixed' ? 0 : roundHuman(raw);
  const metric = channel.kpi.metric[facts.lang].replace('{company}', facts.company);
  const unit = channel.kpi.unit[facts.lang];
  return {
    // A row with no published source is Boussole's own estimate, said once, never cited as its own benchmark.
    metric:
      row && !row.source.startsWith('Boussole assumption')
        ? facts.t('kpiEstimate', { metric, benchmark: sourceOf(facts, row) })
        : row
          ? facts.t('kpiNoSource', { metric })
          : facts.t('kpiAudit', { metric }),
    target: target > 0 ? target : null,
    unit: target === 1 ? singular(facts, unit) : unit,
    timeframeMonths: channel.runMonths,
  };
}

/** A benchmark's source as a reader sees it: the publisher's name, or "Boussole assumption" in the brief's language. */
export function sourceOf(facts: Facts, row: Benchmark): string {
  if (row.source.startsWith('Boussole assumption')) return facts.t('assumption');
  return row.source.split(' (')[0]!;
}

/** "below 3 contrats" / "below 8 000 €": half the target, for the mid-term review. */
export function halfOf(facts: Facts, kpi: Kpi): string | null {
  if (kpi.target === null) return null;
  const midway = RATE_REVIEW.get(kpi);
  if (midway !== undefined) return `${number(facts, midway)} %`;
  const half = kpi.target / 2;
  if (/^[A-Z]{3}$/.test(kpi.unit ?? '')) return money(facts, roundHuman(half), kpi.unit!);
  const count = half >= 10 ? roundHuman(half) : Math.max(1, Math.ceil(half));
  const unit = count === 1 ? singular(facts, kpi.unit) : kpi.unit;
  return `${number(facts, count)}${unit ? ` ${unit}` : ''}`;
}
