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

function assignments(facts: Facts, all: readonly Sized[]): Map<Sized, Goal> {
  const chosen = new Map<Sized, Goal>();
  for (const s of all) {
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
 * the shares are rounded to one step (a twentieth of the goal, rounded to 1, 2 or 5 × 10ⁿ) so they add up to the goal.
 */
function shares(facts: Facts, goal: Goal, all: readonly Sized[]): Map<Sized, number> {
  const increment = incrementOf(facts, goal)!;
  const isMoney = isMoneyGoal(facts, goal);
  const members = all.filter((s) => assignments(facts, all).get(s) === goal);
  const cap = new Map(
    members.map((s) => {
      // The sole action serving a goal may carry it; one of several never more than 60 % (assumption).
      const serving = all.filter((o) => o.candidate.goals.includes(goal)).length;
      let limit = members.length > 1 || serving > 1 ? 0.6 * increment : increment;
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
  // Water-filling: share what is left by weight, cap, repeat with the actions still below their cap.
  for (let round = 0; round < members.length && left > 1e-9 && open.length > 0; round++) {
    const total = open.reduce((sum, s) => sum + s.weight, 0) || 1;
    let given = 0;
    for (const s of open) {
      const add = Math.min((left * s.weight) / total, cap.get(s)! - value.get(s)!);
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
  const raw = total / 20;
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
  const share = goal ? (shares(facts, goal, all).get(sized) ?? 0) : 0;
  if (goal === null || share <= 0) {
    const ordered = [...sized.candidate.goals].sort(
      (a, b) => specificity(facts, channel.intents, a) - specificity(facts, channel.intents, b),
    );
    return { goal: goal ?? ordered[0] ?? null, kpi: nativeKpi(facts, sized) };
  }
  const isMoney = isMoneyGoal(facts, goal);
  // A rise in % is measured in what rises: its currency, else its own metric ("bouteilles").
  const unit = isMoney
    ? /^[A-Z]{3}$/.test(goal.unit ?? '')
      ? goal.unit
      : facts.currency
    : goal.unit === '%'
      ? goal.metric
      : goal.unit;
  // "15 new clients a month": the share is a monthly figure too.
  const monthly = PER_MONTH.test(goal.statement) ? facts.t('perMonth') : '';
  const metric = `${goal.metric ?? goal.unit ?? goal.statement}${monthly} — ${channel.label[facts.lang]}`;
  return {
    goal,
    kpi: {
      metric: facts.t('kpiGoalShare', { metric, goal: goal.id }),
      target: share,
      unit,
      timeframeMonths: Math.min(goal.horizonMonths ?? facts.brief.horizonMonths, facts.brief.horizonMonths),
    },
  };
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
