// The brief and the prioritizer's candidate actions as document sections: what draft.md adds around the analyses.
import type { Brief, Language } from '../../agents/brief.js';
import type { Prioritizer } from '../../agents/prioritizer.js';
import { howOf } from './action-how.js';
import { joinList } from './analyses-sections.js';
import { deliverableLabelsFor } from './deliverable-labels.js';
import type { Block, Field, Section } from './document.js';
import { section } from './document.js';
import { formatMoney, formatNumber, formatQuantity } from './format.js';
import type { Labels } from './labels.js';

function field(label: string, value: string | null): Field[] {
  return value === null || value.trim() === '' ? [] : [{ label, value }];
}

export function briefSection(brief: Brief, labels: Labels, language: Language): Section {
  const { company } = brief;
  const currency = brief.budget?.currency ?? '';
  const goals: Block =
    brief.goals.length === 0
      ? { kind: 'paragraph', text: labels.none }
      : {
          kind: 'list',
          items: brief.goals.map((g) => {
            const target = g.target === null ? null : formatQuantity(g.target, g.unit, currency, language);
            const timeframe =
              g.horizonMonths === null ? null : labels.inMonths(formatNumber(g.horizonMonths, language));
            const kpi = g.metric === null ? '' : ` — ${labels.kpiTarget(g.metric, target, timeframe)}`;
            return `${g.id} · ${g.statement} (${labels.goalKind[g.kind]})${kpi}`;
          }),
        };
  const facts: Field[] = [
    ...field(labels.company, company.name),
    ...field(labels.description, company.description),
    ...field(labels.sector, company.sector),
    ...field(labels.businessModel, company.businessModel),
    ...field(labels.offer, company.offer),
    ...field(labels.markets, company.markets.length === 0 ? null : joinList(company.markets)),
    ...field(labels.audience, brief.audience),
    ...field(
      labels.budget,
      brief.budget === null
        ? null
        : labels.budgetValue(
            formatMoney(brief.budget.amount, brief.budget.currency, language),
            formatNumber(brief.budget.periodMonths, language),
          ),
    ),
    ...field(labels.profile, brief.profile === null ? null : labels.profileName[brief.profile]),
    ...field(labels.horizon, labels.horizonValue(formatNumber(brief.horizonMonths, language))),
    ...field(labels.competitors, brief.competitors.length === 0 ? null : joinList(brief.competitors)),
    ...field(
      labels.currentChannels,
      brief.channels.length === 0
        ? null
        : joinList(
            brief.channels.map((c) =>
              c.metric !== null && c.value !== null
                ? `${c.name} (${c.metric}${labels.colon}${formatNumber(c.value, language)})`
                : c.name,
            ),
          ),
    ),
    ...field(labels.constraints, brief.constraints.length === 0 ? null : joinList(brief.constraints)),
  ];
  return section(
    'brief',
    labels.brief,
    [{ kind: 'fields', items: facts }],
    [section('brief-goals', labels.goals, [goals])],
  );
}

/** The prioritizer's candidates as it proposed them, before the arbiter decides anything. */
export function candidatesSection(prioritizer: Prioritizer, labels: Labels, language: Language): Section {
  // The prioritizer's own order is kept: this section shows what it proposed, the roadmap shows what was decided.
  const sorted = prioritizer.actions;
  const block: Block =
    sorted.length === 0
      ? { kind: 'paragraph', text: labels.none }
      : {
          kind: 'table',
          columns: [
            { title: labels.colAction, numeric: false },
            { title: deliverableLabelsFor(language).colHow, numeric: false },
            { title: labels.colChannel, numeric: false },
            { title: labels.colGoal, numeric: false },
            { title: labels.colReach, numeric: true },
            { title: labels.colImpact, numeric: true },
            { title: labels.colConfidence, numeric: true },
            { title: labels.colEffort, numeric: true },
            { title: labels.colCost, numeric: true },
            { title: labels.colDependsOn, numeric: false },
          ],
          rows: sorted.map((a) => [
            `${a.id} · ${a.title}`,
            howOf(a.description) || '—',
            a.channel,
            joinList(a.goalIds),
            formatNumber(a.reach, language),
            formatNumber(a.impact, language),
            formatNumber(a.confidence, language),
            formatNumber(a.effortDays, language),
            // A zero cost is "no spend", never "0 €": read next to a budget, a zero looks like a figure.
            a.cost > 0 ? formatMoney(a.cost, a.currency, language) : deliverableLabelsFor(language).noSpend,
            joinList(a.dependsOn),
          ]),
        };
  return section('candidates', labels.candidateActions, [block]);
}
