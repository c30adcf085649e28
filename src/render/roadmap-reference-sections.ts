// The roadmap's reference sections: goal coverage, KPI dashboard, assumptions and method, warnings.
import { GoalKind } from '../../agents/brief.js';
import type { Roadmap, ScheduledAction } from '../arbiter/roadmap.js';
import { joinList } from './analyses-sections.js';
import { agreeCount } from './count-words.js';
import { type Block, type Field, type Section, section } from './document.js';
import { formatMoney, formatNumber, formatPercent, formatQuantity } from './format.js';
import { planBudget } from './roadmap-figures.js';
import { actionName, type Context } from './roadmap-text.js';

function goalCoverageSection({ roadmap, labels }: Context): Section {
  const block: Block =
    roadmap.goals.length === 0
      ? { kind: 'paragraph', text: labels.none }
      : {
          kind: 'table',
          columns: [
            { title: labels.colGoal, numeric: false },
            { title: labels.colStatement, numeric: false },
            { title: labels.colKind, numeric: false },
            { title: labels.colActions, numeric: false },
            { title: labels.colCovered, numeric: false },
          ],
          rows: roadmap.goals.map((g) => [
            g.goalId,
            g.statement,
            labels.goalKind[g.kind] ?? g.kind,
            joinList(g.actionIds),
            g.covered ? labels.yes : labels.no,
          ]),
        };
  return section('goals', labels.goalCoverage, [block]);
}

function kpiSection(ctx: Context): Section {
  const { roadmap, labels, language } = ctx;
  const rows = roadmap.horizons.flatMap((h) =>
    h.actions.map((a: ScheduledAction) => [
      actionName(ctx, a),
      h.label,
      a.kpi.metric,
      a.kpi.target === null ? '—' : formatQuantity(a.kpi.target, a.kpi.unit, roadmap.currency, language),
      a.kpi.timeframeMonths === null ? '—' : labels.inMonths(formatNumber(a.kpi.timeframeMonths, language)),
      a.killCriterion === null ? '—' : agreeCount(a.killCriterion, a.kpi.unit, language),
    ]),
  );
  const block: Block =
    rows.length === 0
      ? { kind: 'paragraph', text: labels.none }
      : {
          kind: 'table',
          columns: [
            { title: labels.colAction, numeric: false },
            { title: labels.colHorizon, numeric: false },
            { title: labels.colKpi, numeric: false },
            { title: labels.colTarget, numeric: true },
            { title: labels.colTimeframe, numeric: false },
            { title: labels.colKillCriterion, numeric: false },
          ],
          rows,
        };
  return section('kpis', labels.kpiDashboard, [block]);
}

/** Weights by goal kind, in the declared order of goal kinds, then any other key alphabetically: never key order. */
function weightLines(weights: Record<string, number>, { labels, language }: Context): string[] {
  const kinds: readonly string[] = GoalKind.options;
  const others = Object.keys(weights)
    .filter((key) => !kinds.includes(key))
    .sort();
  return [...kinds, ...others]
    .filter((key) => weights[key] !== undefined)
    .map((key) => {
      const name = (labels.goalKind as Record<string, string>)[key] ?? key;
      return `${name}${labels.colon}× ${formatNumber(weights[key] ?? Number.NaN, language)}`;
    });
}

function assumptionsSection(ctx: Context): Section {
  const { roadmap, labels, language } = ctx;
  const { constraints, method } = roadmap;
  const money = (value: number) => formatMoney(value, constraints.currency || roadmap.currency, language);
  const plan = planBudget(roadmap);
  const facts: Field[] = [
    {
      label: labels.budget,
      value:
        constraints.budget === null
          ? labels.noBudgetStated
          : labels.budgetValue(
              money(constraints.budget),
              constraints.budgetPeriodMonths === null
                ? null
                : formatNumber(constraints.budgetPeriodMonths, language),
            ),
    },
    ...(plan === null ? [] : [{ label: labels.planBudget, value: money(plan) }]),
    {
      label: labels.capacity,
      value:
        constraints.capacityDaysPerMonth === null
          ? labels.noCapacityStated
          : labels.capacityValue(formatNumber(constraints.capacityDaysPerMonth, language, 1)),
    },
    { label: labels.horizon, value: labels.horizonValue(formatNumber(constraints.horizonMonths, language)) },
    { label: labels.profile, value: labels.profileName[constraints.profile] ?? constraints.profile },
    { label: labels.currency, value: roadmap.currency },
    { label: labels.formula, value: method.formula },
    {
      label: labels.scoreThreshold,
      value: labels.scoreThresholdValue(
        formatNumber(method.scoreThreshold, language),
        formatPercent(method.belowThresholdRatio, language),
      ),
    },
  ];
  const goalWeights = weightLines(method.goalWeights, ctx);
  const profileWeights = weightLines(method.profileWeights, ctx);
  const list = (items: string[]): Block[] =>
    items.length === 0 ? [{ kind: 'paragraph', text: labels.none }] : [{ kind: 'list', items }];
  const children = [
    section('method-goal-weights', labels.goalWeights, list(goalWeights)),
    section('method-profile-weights', labels.profileWeights, list(profileWeights)),
    section('method-rules', labels.rules, list(method.rules)),
  ];
  if (roadmap.assumptions.length > 0) {
    children.push(section('other-assumptions', labels.otherAssumptions, list(roadmap.assumptions)));
  }
  return section('assumptions', labels.assumptions, [{ kind: 'fields', items: facts }], children);
}

/**
 * Repairs of the agents' data (an id renamed, a reference fixed, a duplicate merged, a number clamped): true, but
 * plumbing to a founder, so they go to an appendix for whoever checks the draft instead of the warnings.
 */
const TECHNICAL: ReadonlySet<string> = new Set([
  'reference_repaired',
  'reference_dropped',
  'id_renamed',
  'duplicate_merged',
  'input_adjusted',
]);

const warningLine = (labels: Context['labels'], w: Roadmap['warnings'][number]) =>
  `${labels.warning[w.code] ?? w.code} — ${w.message}${w.refs.length > 0 ? ` (${w.refs.join(', ')})` : ''}`;

function warningsSection({ roadmap, labels }: Context): Section {
  const shown = roadmap.warnings.filter((w) => !TECHNICAL.has(w.code));
  const block: Block =
    shown.length === 0
      ? { kind: 'paragraph', text: labels.noWarnings }
      : { kind: 'list', items: shown.map((w) => warningLine(labels, w)) };
  return section('warnings', labels.warnings, [block]);
}

/** The technical notes appendix, or null when Boussole repaired nothing. */
export function technicalNotesSection({ roadmap, labels, words }: Context): Section | null {
  const notes = roadmap.warnings.filter((w) => TECHNICAL.has(w.code));
  const checks = roadmap.checks ?? [];
  if (notes.length === 0 && checks.length === 0) return null;
  const blocks: Block[] = [];
  if (notes.length > 0) {
    blocks.push({ kind: 'paragraph', text: words.technicalNotesIntro });
    blocks.push({ kind: 'list', items: notes.map((w) => warningLine(labels, w)) });
  }
  if (checks.length > 0) {
    blocks.push({ kind: 'paragraph', text: words.checkSources });
    blocks.push({ kind: 'list', items: checks.map((c) => `${c.message} — ${c.source}`) });
  }
  return section('technical-notes', words.technicalNotes, blocks);
}

export function referenceSections(ctx: Context): Section[] {
  return [goalCoverageSection(ctx), kpiSection(ctx), assumptionsSection(ctx), warningsSection(ctx)];
}
