// KPI targets a marketer would sign: a share of the goal's increment over its baseline, split by expected
// contribution and capped by the benchmark funnel; or the channel's own count sized from a benchmark row.
import type { Goal } from '../../../agents/brief.js';
import type { Kpi } from '../../../agents/prioritizer.js';
import { type Benchmark, KNOWLEDGE } from '../../knowledge/index.js';
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

/** The goal an action's KPI is split from: the most specific served goal with an increment to share, if any. */
function splitGoal(facts: Facts, sized: Sized): Goal | null {
  const { channel, goals } = sized.candidate;
  if (channel.convert.length === 0) return null;
  const ordered = [...goals].sort(
    (a, b) => specificity(facts, channel.intents, a) - specificity(facts, channel.intents, b),
  );
  return ordered.find((goal) => incrementOf(facts, goal) !== null) ?? null;
}

/** The KPI of one action, and the goal it is measured against. */
export function kpiFor(facts: Facts, sized: Sized, all: readonly Sized[]): { kpi: Kpi; goal: Goal | null } {
  const { channel } = sized.candidate;
  const goal = splitGoal(facts, sized);
  if (goal === null) {
    const ordered = [...sized.candidate.goals].sort(
      (a, b) => specificity(facts, channel.intents, a) - specificity(facts, channel.intents, b),
    );
    return { goal: ordered[0] ?? null, kpi: nativeKpi(facts, sized) };
  }
  const increment = incrementOf(facts, goal)!;
  const isMoney = /^[A-Z]{3}$/.test(goal.unit ?? '');
  // The goal is shared by expected contribution among the actions whose KPI is split from it.
  const total = all.filter((s) => splitGoal(facts, s) === goal).reduce((sum, s) => sum + s.weight, 0);
  // No single action carries the whole goal (assumption: at most 60 % of it); the rest needs the others.
  let value = Math.min((increment * sized.weight) / (total || 1), 0.6 * increment);
  if (isMoney && channel.paid && sized.cost > 0) {
    // Revenue from paid media is capped by a plausible return on the spend.
    value = Math.min(value, sized.cost * rate(benchmark('ads_return_on_spend')!, 'high'));
  }
  if (!isMoney && SALES.includes(facts.intentOf(goal))) {
    // The funnel's best case from the people reached caps a count: no more deals than the benchmarks allow.
    const cap = channel.convert.reduce((n, id) => n * rate(benchmark(id)!, 'high'), sized.reach);
    value = Math.min(value, Math.max(1, cap));
  }
  const target = isMoney ? roundHuman(value) : Math.max(1, Math.round(value));
  // "15 new clients a month": the share is a monthly figure too.
  const monthly = PER_MONTH.test(goal.statement) ? facts.t('perMonth') : '';
  const metric = `${goal.metric ?? goal.unit ?? goal.statement}${monthly} — ${channel.label[facts.lang]}`;
  return {
    goal,
    kpi: {
      metric: facts.t('kpiGoalShare', { metric, goal: goal.id }),
      target,
      unit: goal.unit,
      timeframeMonths: Math.min(goal.horizonMonths ?? facts.brief.horizonMonths, facts.brief.horizonMonths),
    },
  };
}

function specificity(facts: Facts, intents: readonly string[], goal: Goal): number {
  const at = intents.indexOf(facts.intentOf(goal));
  return at < 0 ? 100 : at;
}

/** Growth over today: target − baseline; a count with no baseline is read as what to win; a level with none, unknown. */
function incrementOf(facts: Facts, goal: Goal): number | null {
  if (goal.target === null || goal.unit === '%') return null;
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
  return {
    metric: row
      ? facts.t('kpiEstimate', { metric, benchmark: sourceOf(facts, row) })
      : facts.t('kpiAudit', { metric }),
    target: target > 0 ? target : null,
    unit: channel.kpi.unit[facts.lang],
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
  const half = kpi.target / 2;
  if (/^[A-Z]{3}$/.test(kpi.unit ?? '')) return money(facts, roundHuman(half), kpi.unit!);
  return `${number(facts, Math.max(1, Math.ceil(half)))}${kpi.unit ? ` ${kpi.unit}` : ''}`;
}
