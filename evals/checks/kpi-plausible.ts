// kpi_plausible: KPI targets a marketer would sign: round, not trivially small, not a rate over 100 %, not the whole goal on one action.
import type { Goal } from '../../agents/brief.js';
import { defineHonestyCheck } from './define-check.js';
import { type DraftView, roadmapActions } from './draft-view.js';
import { verdict } from './honesty-check.js';
import { isMoneyUnit, numbersIn, significantFigures } from './money-amounts.js';
import { fold } from './normalise-text.js';
import { mentionsAny } from './word-match.js';

/** A person writes 1 200, not 1 137 467 nor 568 733,5. */
const MAX_SIGNIFICANT = 3;
/** Below this, a reach KPI over months is not worth tracking ("3 visits in 6 months"). */
const MIN_REACH = 10;
/** With no baseline, one of several actions claiming this share of the goal's target claims the whole goal. */
const WHOLE_GOAL_SHARE = 0.8;
/** Revenue a paid channel can claim per unit of its spend before it is a fantasy. */
const MAX_PAID_RETURN = 15;

const REACH = [
  'visit',
  'visitor',
  'session',
  'view',
  'vue',
  'impression',
  'click',
  'clic',
  'follower',
  'abonne',
  'subscriber',
  'inscrit',
  'reach',
  'portee',
  'reader',
  'lecteur',
  'download',
  'telechargement',
  'traffic',
  'trafic',
];
const RATE = [
  'rate',
  'taux',
  'share',
  'part',
  'occupancy',
  'occupation',
  'open',
  'ouverture',
  'conversion',
  'ctr',
  'churn',
  'retention',
  'pourcentage',
  'percentage',
];
const PAID = [
  'ads',
  'ad',
  'ppc',
  'sea',
  'paid',
  'retargeting',
  'sponsor',
  'publicite',
  'annonce',
  'adwords',
  'display',
];
const PIPELINE = ['pipeline', 'pipe', 'opportunit'];
/** Unit costs and prices (CAC, cost per lead, average basket) are ceilings or levels, not shares of a volume goal. */
const UNIT_COST = [
  'cost',
  'cout',
  'cac',
  'cpa',
  'cpc',
  'cpl',
  'price',
  'prix',
  'per',
  'average',
  'moyen',
  'panier',
  'basket',
];
/** A KPI worded as one action's contribution ("revenue from SEO", "part de l'objectif") must fit within the goal's increment. */
const CONTRIBUTION = [
  'from',
  'via',
  'through',
  'attributed',
  'generated',
  'sourced',
  'share of',
  'grace a',
  'issu',
  'genere',
  'apporte',
  'part de',
];

interface KpiAt {
  where: string;
  metric: string;
  target: number | null;
  unit: string | null;
  goalIds: string[];
  channel: string;
  cost: number | null;
  killCriterion: string | null;
}

function kpis(draft: DraftView): KpiAt[] {
  const out: KpiAt[] = [];
  for (const a of draft.agents.prioritizer?.actions ?? []) {
    out.push({
      where: a.id,
      ...a.kpi,
      goalIds: a.goalIds,
      channel: `${a.channel} ${a.title}`,
      cost: a.cost,
      killCriterion: a.killCriterion,
    });
  }
  const known = new Set(out.map((k) => `${k.where}|${k.metric}|${k.target}`));
  for (const a of roadmapActions(draft.roadmapJson)) {
    const kpi = a.kpi ?? {};
    const item: KpiAt = {
      where: a.id,
      metric: typeof kpi.metric === 'string' ? kpi.metric : '',
      target: typeof kpi.target === 'number' ? kpi.target : null,
      unit: typeof kpi.unit === 'string' ? kpi.unit : null,
      goalIds: a.goalIds,
      channel: `${a.channel} ${a.title}`,
      cost: a.cost,
      killCriterion: a.killCriterion,
    };
    if (!known.has(`${item.where}|${item.metric}|${item.target}`)) out.push(item);
  }
  return out;
}

const unitKey = (unit: string | null) =>
  isMoneyUnit(unit) ? 'money' : fold(unit ?? '').replace(/s\b/gu, '');

/** The goal's baseline: the draft's reading, or what the brief states (harness meta) when the draft missed it. */
function baselineOf(draft: DraftView, goal: Goal): number | null {
  if (goal.baseline !== null) return goal.baseline;
  const stated = draft.stated.goals.find(
    (g) =>
      g.ids?.includes(goal.id) ||
      (g.ids === null && mentionsAny(`${goal.statement} ${goal.metric ?? ''}`, g.match)),
  );
  return stated?.baseline ?? null;
}

function goalProblem(draft: DraftView, k: KpiAt, servingCount: (id: string) => number): string | null {
  if (k.target === null || mentionsAny(k.metric, UNIT_COST)) return null;
  for (const goal of draft.brief?.goals ?? []) {
    if (!k.goalIds.includes(goal.id) || goal.target === null || goal.target <= 0) continue;
    if (goal.unit === null || goal.unit.includes('%') || unitKey(goal.unit) !== unitKey(k.unit)) continue;
    if (goal.baseline !== null && goal.baseline > goal.target) continue; // a goal to bring a figure down
    // Restating the goal's own level ("300 subscribers") is not claiming it; a contribution or a split figure is.
    const restated =
      Math.abs(k.target - goal.target) <= goal.target * 0.05 && !mentionsAny(k.metric, CONTRIBUTION);
    if (restated) continue;
    const baseline = baselineOf(draft, goal);
    if (baseline !== null && baseline > 0 && goal.target > baseline) {
      const increment = goal.target - baseline;
      if (k.target > increment * 1.05) {
        return `${k.where} "${k.metric}" targets ${k.target} ${k.unit ?? ''}: more than the whole increment of ${goal.id} (${baseline} → ${goal.target})`;
      }
    } else if (servingCount(goal.id) >= 2 && k.target >= goal.target * WHOLE_GOAL_SHARE) {
      return `${k.where} "${k.metric}" targets ${k.target} ${k.unit ?? ''}: nearly all of ${goal.id}'s target (${goal.target}) on one of several actions`;
    }
  }
  return null;
}

const isYear = (n: number) => Number.isInteger(n) && n >= 1900 && n <= 2100;

export const kpiPlausible = defineHonestyCheck({
  name: 'kpi_plausible',
  column: 'kpi',
  catches:
    'a KPI nobody would sign: not round (over 3 significant figures), trivially small, a rate over 100 %, the whole goal on one action, a paid channel returning 15× its spend',
  plantedFault: 'implausible_kpi',
  run: (draft) => {
    const list = kpis(draft);
    const serving = (id: string) =>
      (draft.agents.prioritizer?.actions ?? []).filter((a) => a.goalIds.includes(id)).length;
    const problems: string[] = [];
    for (const k of list) {
      const label = `${k.where} "${k.metric}"`;
      const words = `${k.metric} ${k.unit ?? ''}`;
      if (k.target !== null) {
        if (significantFigures(k.target) > MAX_SIGNIFICANT)
          problems.push(`${label} targets ${k.target}: not a round figure`);
        else if (mentionsAny(words, REACH) && k.target < MIN_REACH && !(k.unit ?? '').includes('%'))
          problems.push(`${label} targets ${k.target} ${k.unit ?? ''}: too small to be worth tracking`);
        else if ((k.unit ?? '').includes('%') && mentionsAny(words, RATE) && k.target > 100)
          problems.push(`${label} targets ${k.target} %: a rate cannot pass 100 %`);
        else if (
          isMoneyUnit(k.unit) &&
          k.cost !== null &&
          k.cost > 0 &&
          mentionsAny(k.channel, PAID) &&
          !mentionsAny(k.metric, PIPELINE) &&
          k.target > k.cost * MAX_PAID_RETURN
        )
          problems.push(`${label} expects ${k.target} ${k.unit ?? ''} from ${k.cost} of paid spend`);
      }
      const odd = numbersIn(k.killCriterion ?? '').find(
        (n) => !isYear(n.value) && significantFigures(n.value) > MAX_SIGNIFICANT,
      );
      if (odd) problems.push(`${k.where} stop threshold "${odd.raw}" is not a round figure`);
      const whole = goalProblem(draft, k, serving);
      if (whole) problems.push(whole);
    }
    return verdict(list.length, problems, `${list.length} KPIs, round and plausible`);
  },
});
