// no_invented_money: every money figure in an action, a KPI, an analysis or a price is the brief's, derived from it, or labelled.
import type { Brief } from '../../agents/brief.js';
import { defineHonestyCheck } from './define-check.js';
import { type DraftView, roadmapActions } from './draft-view.js';
import { verdict } from './honesty-check.js';
import { isLabelled, sentenceAround } from './label-words.js';
import { isMoneyUnit, moneyIn, numbersIn } from './money-amounts.js';
import { textValues } from './stop-words.js';
import { mentionsAny } from './word-match.js';

const ANALYSES = new Set(['swot', 'positioning', 'personas', 'journey']);
const BUDGET_WORDS = ['budget', 'enveloppe'];

/** Rounding a stated figure ("£18,000" → "£18k", "1 150" → "1 200") is restating it, not inventing. */
const TOLERANCE = 0.05;

/** Figures the draft may state as facts: the brief's own numbers and simple derivations of its budget and goals. */
function allowedFigures(draft: DraftView): number[] {
  const stated = numbersIn(draft.sourceText).map((n) => n.value);
  const allowed = [...stated];
  const brief: Brief | null = draft.brief;
  const committed = draft.stated.committedSpend.reduce((sum, amount) => sum + amount, 0);
  if (brief?.budget && stated.some((v) => near(v, brief.budget?.amount ?? Number.NaN))) {
    const monthly = brief.budget.amount / Math.max(1, brief.budget.periodMonths);
    for (const months of [1, 3, 6, 12, brief.horizonMonths]) allowed.push(monthly * months);
    if (committed > 0) allowed.push(brief.budget.amount - committed, committed);
  }
  for (const goal of [...draft.stated.goals, ...(brief?.goals ?? [])]) {
    if (goal.target !== null && goal.baseline !== null) allowed.push(Math.abs(goal.target - goal.baseline));
  }
  return allowed;
}

function near(value: number, allowed: number): boolean {
  return Math.abs(value - allowed) <= TOLERANCE * Math.max(Math.abs(allowed), 1);
}

interface Place {
  where: string;
  text: string;
  /** Figures also allowed here: the action's own cost. */
  own: number[];
  /** A stop threshold under the action's own money KPI is derived from it, not a new fact. */
  ceiling?: number;
}

/** An action's money KPI target, when the KPI itself is labelled (an estimate) or stated in the brief. */
function kpiCeiling(
  kpiText: string,
  target: unknown,
  unit: string | null,
  allowed: number[],
): number | undefined {
  if (typeof target !== 'number' || !isMoneyUnit(unit)) return undefined;
  return isLabelled(kpiText) || allowed.some((a) => near(target, a)) ? target : undefined;
}

function places(draft: DraftView, allowed: number[]): Place[] {
  const out: Place[] = [];
  for (const a of draft.agents.prioritizer?.actions ?? []) {
    const kpi = `${a.kpi.metric}${a.kpi.target !== null && isMoneyUnit(a.kpi.unit) ? ` ${a.kpi.target} ${a.kpi.unit}` : ''}`;
    out.push({ where: `${a.id}`, text: [a.title, a.description, kpi].join('\n'), own: [a.cost] });
    const ceiling = kpiCeiling(a.kpi.metric, a.kpi.target, a.kpi.unit, allowed);
    out.push({ where: `${a.id} stop threshold`, text: a.killCriterion ?? '', own: [a.cost], ceiling });
  }
  for (const a of roadmapActions(draft.roadmapJson)) {
    const kpi = a.kpi ?? {};
    const unit = typeof kpi.unit === 'string' ? kpi.unit : null;
    const target = typeof kpi.target === 'number' && isMoneyUnit(unit) ? ` ${kpi.target} ${unit}` : '';
    const kpiText = `${textValues(kpi).join(' ')}${target}`;
    const own = a.cost === null ? [] : [a.cost];
    out.push({ where: `roadmap ${a.id}`, text: [a.title, a.description, kpiText].join('\n'), own });
    const ceiling = kpiCeiling(textValues(kpi).join(' '), kpi.target, unit, allowed);
    out.push({ where: `roadmap ${a.id} stop threshold`, text: a.killCriterion ?? '', own, ceiling });
  }
  for (const id of ['swot', 'personas', 'journey'] as const) {
    const output = draft.agents[id];
    if (output) out.push({ where: id, text: textValues(output).join('\n'), own: [] });
  }
  const positioning = draft.agents.positioning;
  if (positioning) {
    const { tiers, ...rest } = positioning.pricing;
    out.push({
      where: 'positioning',
      text: textValues({ ...positioning, pricing: rest }).join('\n'),
      own: [],
    });
    for (const tier of tiers) {
      if (tier.price === null) continue;
      const label = [tier.name, ...tier.includes, positioning.pricing.rationale].join(' ');
      out.push({
        where: `price tier "${tier.name}"`,
        text: `${tier.price} ${tier.currency}\n${label}`,
        own: [],
      });
    }
  }
  return out;
}

export const noInventedMoney = defineHonestyCheck({
  name: 'no_invented_money',
  column: 'money',
  catches:
    'a money figure (price, cost, revenue, KPI) that is neither in the brief, derived from it, nor labelled as a benchmark or estimate',
  plantedFault: 'invented_figure',
  run: (draft) => {
    const allowed = allowedFigures(draft);
    const problems: string[] = [];
    let total = 0;
    const seen = new Set<string>();
    for (const place of places(draft, allowed)) {
      for (const figure of moneyIn(place.text)) {
        total += 1;
        if ([...allowed, ...place.own].some((a) => near(figure.value, a))) continue;
        if (place.ceiling !== undefined && figure.value <= place.ceiling) continue;
        const sentence = sentenceAround(place.text, figure.index);
        // A budget restated in the analyses is facts_consistent's to judge (against the brief's budget), not this check's.
        if (ANALYSES.has(place.where) && mentionsAny(sentence, BUDGET_WORDS)) continue;
        if (isLabelled(place.where.startsWith('price tier') ? place.text : sentence)) continue;
        const problem = `${place.where}: ${figure.raw} is not in the brief and not labelled ("${sentence.trim().slice(0, 90)}")`;
        if (!seen.has(problem)) problems.push(problem);
        seen.add(problem);
      }
    }
    return verdict(total, problems, `${total} money figures, each from the brief or labelled`);
  },
});
