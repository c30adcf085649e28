// The agents' analyses (SWOT, personas, positioning & pricing, journeys) as document sections.
import type { Language } from '../../agents/brief.js';
import type { Journey } from '../../agents/journey.js';
import type { AgentOutputs } from '../../agents/outputs.js';
import type { Personas } from '../../agents/personas.js';
import type { Positioning } from '../../agents/positioning.js';
import type { Swot, SwotItem } from '../../agents/swot.js';
import { type Block, type Field, type Section, section } from './document.js';
import { formatMoney, formatNumber } from './format.js';
import type { Labels } from './labels.js';

/** Joins a list for one table cell or one line; an empty list reads as a dash, not as nothing. */
export function joinList(items: readonly string[]): string {
  return items.length === 0 ? '—' : items.join('; ');
}

function nonEmptyFields(fields: Array<[string, string | null]>): Field[] {
  return fields
    .filter((f): f is [string, string] => f[1] !== null && f[1].trim() !== '')
    .map(([label, value]) => ({ label, value }));
}

/** "P1 · Claire, office manager" when the persona exists, the bare id otherwise. */
export function personaName(personas: Personas | undefined, id: string): string {
  const found = personas?.personas.find((p) => p.id === id);
  return found ? `${id} · ${found.name}` : id;
}

function swotItemsList(items: readonly SwotItem[], labels: Labels, language: Language): Block {
  if (items.length === 0) return { kind: 'paragraph', text: labels.none };
  return {
    kind: 'list',
    items: items.map((item) => {
      const impact = `${labels.impact} ${formatNumber(item.impact, language)}/5`;
      const evidence = item.evidence ? ` — ${labels.evidence}${labels.colon}${item.evidence}` : '';
      return `${item.id} · ${item.statement} (${impact})${evidence}`;
    }),
  };
}

function swotSection(swot: Swot, labels: Labels, language: Language, depthId: string): Section {
  const quadrant = (id: string, title: string, items: readonly SwotItem[]) =>
    section(`${depthId}-${id}`, title, [swotItemsList(items, labels, language)]);
  const implications: Block =
    swot.implications.length === 0
      ? { kind: 'paragraph', text: labels.none }
      : {
          kind: 'list',
          items: swot.implications.map(
            (imp) => `${labels.implicationKind[imp.kind]} — ${imp.statement} (${joinList(imp.itemIds)})`,
          ),
        };
  return section(
    depthId,
    labels.swot,
    [],
    [
      quadrant('strengths', labels.strengths, swot.strengths),
      quadrant('weaknesses', labels.weaknesses, swot.weaknesses),
      quadrant('opportunities', labels.opportunities, swot.opportunities),
      quadrant('threats', labels.threats, swot.threats),
      section(`${depthId}-implications`, labels.implications, [implications]),
    ],
  );
}

function personasSection(personas: Personas, labels: Labels, depthId: string): Section {
  const children = personas.personas.map((p, index) =>
    section(`${depthId}-${index + 1}`, `${p.id} · ${p.name} (${labels.priority[p.priority]})`, [
      {
        kind: 'fields',
        items: nonEmptyFields([
          [labels.segment, p.segment],
          [labels.role, p.role],
          [labels.personaGoals, joinList(p.goals)],
          [labels.pains, joinList(p.pains)],
          [labels.triggers, joinList(p.triggers)],
          [labels.objections, joinList(p.objections)],
          [labels.channels, joinList(p.channels)],
          [labels.decisionCriteria, joinList(p.decisionCriteria)],
        ]),
      },
    ]),
  );
  return section(
    depthId,
    labels.personas,
    children.length === 0 ? [{ kind: 'paragraph', text: labels.none }] : [],
    children,
  );
}

function positioningSection(
  positioning: Positioning,
  personas: Personas | undefined,
  labels: Labels,
  language: Language,
  depthId: string,
): Section {
  const { pricing } = positioning;
  const listOrNone = (items: string[]): Block =>
    items.length === 0 ? { kind: 'paragraph', text: labels.none } : { kind: 'list', items };
  const tierPrice = (price: number | null, currency: string, period: keyof Labels['period'] | null) =>
    price === null
      ? '—'
      : `${formatMoney(price, currency, language)}${period ? ` ${labels.period[period]}` : ''}`;
  const pricingBlocks: Block[] = [
    {
      kind: 'fields',
      items: [{ label: labels.pricingModel, value: labels.pricingModelName[pricing.model] }],
    },
  ];
  if (pricing.tiers.length > 0) {
    pricingBlocks.push({
      kind: 'table',
      columns: [
        { title: labels.colTier, numeric: false },
        { title: labels.colPrice, numeric: true },
        { title: labels.colIncludes, numeric: false },
      ],
      rows: pricing.tiers.map((t) => [
        t.name,
        tierPrice(t.price, t.currency, t.period),
        joinList(t.includes),
      ]),
    });
  }
  pricingBlocks.push({ kind: 'fields', items: nonEmptyFields([[labels.rationale, pricing.rationale]]) });
  if (pricing.competitorReferences.length > 0) {
    pricingBlocks.push({ kind: 'paragraph', text: labels.competitorReferences });
    pricingBlocks.push({
      kind: 'table',
      columns: [
        { title: labels.colCompetitor, numeric: false },
        { title: labels.colPrice, numeric: true },
        { title: labels.colNote, numeric: false },
      ],
      rows: pricing.competitorReferences.map((c) => [
        c.competitor,
        c.price === null ? '—' : formatMoney(c.price, pricing.currency, language),
        c.note ?? '—',
      ]),
    });
  }
  const pillars: Block =
    positioning.messagingPillars.length === 0
      ? { kind: 'paragraph', text: labels.none }
      : {
          kind: 'table',
          columns: [
            { title: labels.colPersona, numeric: false },
            { title: labels.colPillar, numeric: false },
            { title: labels.colMessage, numeric: false },
          ],
          rows: positioning.messagingPillars.map((m) => [
            personaName(personas, m.personaId),
            m.pillar,
            m.message,
          ]),
        };
  return section(
    depthId,
    labels.positioning,
    [
      {
        kind: 'fields',
        items: nonEmptyFields([
          [labels.positioningStatement, positioning.positioningStatement],
          [labels.valueProposition, positioning.valueProposition],
        ]),
      },
    ],
    [
      section(`${depthId}-differentiators`, labels.differentiators, [
        listOrNone(positioning.differentiators.map((d) => `${d.statement} (${joinList(d.swotIds)})`)),
      ]),
      section(`${depthId}-proof`, labels.proofPoints, [listOrNone(positioning.proofPoints)]),
      section(`${depthId}-pillars`, labels.messagingPillars, [pillars]),
      section(`${depthId}-pricing`, labels.pricing, pricingBlocks),
    ],
  );
}

function journeySection(
  journey: Journey,
  personas: Personas | undefined,
  labels: Labels,
  depthId: string,
): Section {
  const children = journey.journeys.map((j, index) =>
    section(`${depthId}-${index + 1}`, personaName(personas, j.personaId), [
      {
        kind: 'table',
        columns: [
          { title: labels.colStage, numeric: false },
          { title: labels.colTouchpoints, numeric: false },
          { title: labels.colCustomerGoal, numeric: false },
          { title: labels.colFrictions, numeric: false },
          { title: labels.colOpportunities, numeric: false },
          { title: labels.colKpi, numeric: false },
        ],
        rows: j.stages.map((s) => [
          labels.stage[s.stage],
          joinList(s.touchpoints),
          s.customerGoal,
          joinList(s.frictions),
          joinList(s.opportunities),
          s.kpi ?? '—',
        ]),
      },
    ]),
  );
  return section(
    depthId,
    labels.journeys,
    children.length === 0 ? [{ kind: 'paragraph', text: labels.none }] : [],
    children,
  );
}

/** SWOT, personas, positioning & pricing and journeys; an analysis not produced yet says so instead of vanishing. */
export function analysesSections(
  analyses: Partial<AgentOutputs>,
  labels: Labels,
  language: Language,
): Section[] {
  const missing = (id: string, title: string) =>
    section(id, title, [{ kind: 'paragraph', text: labels.notProduced }]);
  const { swot, personas, positioning, journey } = analyses;
  return [
    swot ? swotSection(swot, labels, language, 'swot') : missing('swot', labels.swot),
    personas ? personasSection(personas, labels, 'personas') : missing('personas', labels.personas),
    positioning
      ? positioningSection(positioning, personas, labels, language, 'positioning')
      : missing('positioning', labels.positioning),
    journey ? journeySection(journey, personas, labels, 'journeys') : missing('journeys', labels.journeys),
  ];
}
