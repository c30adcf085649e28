// The SWOT drafter: only what the brief states — its channels, assets, constraints, competitors, calendar and goals.
import type { Brief } from '../../../agents/brief.js';
import type { Swot, SwotImplication, SwotItem } from '../../../agents/swot.js';
import { channelNamed, fold, KNOWLEDGE, type TextKey, wordMatcher } from '../../knowledge/index.js';
import type { Candidate } from './candidates.js';
import { deriveFacts, type Facts, monthNames, number } from './facts.js';

/** `key` dedupes (one item per named thing); `label` is the short name implications cite. */
type Draft = Omit<SwotItem, 'id'> & { readonly key: string; readonly label: string };

const INTENT_TEXT = {
  b2b_deals: 'intentB2b',
  geo: 'intentGeo',
  international: 'intentInternational',
  reviews: 'intentReviews',
  retention: 'intentRetention',
} as const;

/** Words by which a brief runs down one of its own channels: a weakness to fix, not a strength. */
const WEAK = wordMatcher([
  'vieillissant*',
  'obsolete*',
  'datee',
  'peu actif*',
  'peu utilise*',
  'inactif*',
  'abandonne*',
  'outdated',
  'ageing',
  'aging',
  'old',
  'hardly used',
  'rarely used',
  'barely used',
  'inactive',
  'not updated',
  'neglected',
]);

/**
 * Whether a figure's unit belongs to the thing it is attached to: a unit that is another channel's own measure
 * ("followers" on trade fairs, "avis" on a website) was bound to the wrong item and is left out.
 */
function figureFits(facts: Facts, name: string, unit: string | null): boolean {
  if (!unit) return true;
  const own = channelNamed(name, facts.place);
  const folded = fold(unit).trim();
  // "abonnés" measures Facebook, Instagram and LinkedIn alike: the figure fits when any channel it measures is this one.
  const byUnit = KNOWLEDGE.channels.filter(
    (c) => fold(c.kpi.unit.fr).trim() === folded || fold(c.kpi.unit.en).trim() === folded,
  );
  const named = byUnit.length > 0 ? null : channelNamed(unit, facts.place);
  const measured = named ? [named] : byUnit;
  if (measured.length === 0 || measured.some((m) => m.kpi.base === 'fixed' || m.id === 'existing_review'))
    return true;
  return own !== null && measured.some((m) => m.id === own.id);
}

export function draftSwot(brief: Brief): Swot {
  const facts = deriveFacts(brief);
  const { t } = facts;
  const quote = (text: string) => t('evidenceBrief', { text });
  const figure = (size: number | null, unit: string | null) =>
    size === null ? t('unknown') : `${number(facts, size)}${unit ? ` ${unit}` : ''}`;

  // One strength per named thing, with every figure the brief gives for it ("420 avis, 4,8 note moyenne") — only a
  // figure that belongs to that thing (followers belong to a social account, not to trade fairs); a thing the brief
  // itself runs down ("site vieillissant", "LinkedIn peu actif") is a weakness, never a strength.
  const figures = new Map<string, string[]>();
  const all = [
    ...brief.channels
      .filter((c) => c.status !== 'dormant')
      .map((c) => ({
        name: c.name,
        size: c.value,
        unit: c.metric,
        asset: false,
        active: c.status === 'active',
      })),
    ...brief.assets
      .filter((a) => !a.dormant)
      .map((a) => ({ name: a.name, size: a.size, unit: a.unit, asset: true, active: true })),
  ];
  const weak = all.filter((item) => WEAK(fold(item.name)));
  const active = all.filter((item) => !WEAK(fold(item.name)));
  for (const item of active) {
    const list = figures.get(item.name) ?? [];
    if (item.size !== null && figureFits(facts, item.name, item.unit))
      list.push(figure(item.size, item.unit));
    figures.set(item.name, [...new Set(list)]);
  }
  const strengths: Draft[] = [...figures.entries()].map(([name, found]) => {
    const item = active.find((a) => a.name === name)!;
    // "Page Facebook 5 200 abonnés", "plaquette imprimée à 25 000 exemplaires": the name states its own figure (a count
    // in thousands; "The 200 OK" or "B2B2C" do not), so a
    // figure bound to it besides (Instagram's 2 400 on the same line) belongs to something else and is not repeated.
    const figureInName = /\d{1,3}(?:[\s\u202f.,]\d{3})+|\d{4,}/u.test(name);
    const list = figureInName ? [] : found;
    // "Already in place" only for what the brief says runs; a channel merely named is something to build on.
    const asset = item.asset || !item.active;
    // No figure read is not "not stated in the brief": the brief may give one the reader missed, so nothing is claimed.
    const key: TextKey =
      list.length > 0
        ? asset
          ? 'strengthAsset'
          : 'strengthChannel'
        : asset
          ? 'strengthAssetBare'
          : 'strengthChannelBare';
    return {
      key: `name:${name}`,
      label: name,
      statement: t(key, { name, figure: list.join(', ') }),
      evidence: quote(name),
      impact: list.length > 0 || figureInName ? 4 : 2,
    };
  });
  if (strengths.length === 0 && facts.offer) {
    strengths.push({
      key: 'offer',
      label: facts.offer,
      statement: t('strengthCompany', { offer: facts.offer }),
      evidence: quote(facts.offer),
      impact: 2,
    });
  }
  const dormant = [
    ...brief.channels
      .filter((c) => c.status === 'dormant')
      .map((c) => ({ name: c.name, size: c.value, unit: c.metric })),
    ...brief.assets.filter((a) => a.dormant).map((a) => ({ name: a.name, size: a.size, unit: a.unit })),
  ];
  const weaknesses: Draft[] = [
    ...weak.map((w) => ({
      key: `weak:${w.name}`,
      label: w.name,
      statement: t('weaknessConstraint', { text: w.name }),
      evidence: quote(w.name),
      impact: 2,
    })),
    ...dormant.map((d) => ({
      key: `dormant:${d.name}`,
      label: t('weaknessDormant', { name: d.name }),
      statement: t('weaknessDormant', { name: d.name }),
      evidence: quote(`${d.name}${d.size !== null ? ` (${figure(d.size, d.unit)})` : ''}`),
      impact: 3,
    })),
    ...(brief.capacity && brief.capacity.hoursPerWeek <= 8
      ? [
          {
            key: 'hours',
            label: t('weaknessHours', { hours: number(facts, brief.capacity.hoursPerWeek) }),
            statement: t('weaknessHours', { hours: number(facts, brief.capacity.hoursPerWeek) }),
            evidence: null,
            impact: 3,
          },
        ]
      : []),
    ...brief.constraints.slice(0, 3).map((text, i) => ({
      key: `constraint:${i}`,
      label: text,
      statement: t('weaknessConstraint', { text }),
      evidence: quote(text),
      impact: 2,
    })),
  ];
  const opportunities: Draft[] = [
    ...dormant.map((d) => ({
      key: `revive:${d.name}`,
      label: t('opportunityDormant', { name: d.name }),
      statement: t('opportunityDormant', { name: d.name }),
      evidence: quote(d.name),
      impact: 4,
    })),
    ...brief.goals
      .map((goal) => ({ goal, intent: facts.intentOf(goal) }))
      .filter(
        (g): g is { goal: Brief['goals'][number]; intent: keyof typeof INTENT_TEXT } =>
          g.intent in INTENT_TEXT,
      )
      .map(({ goal, intent }) => ({
        key: `intent:${intent}`,
        label: t(INTENT_TEXT[intent]),
        statement: t('opportunityIntent', { intent: t(INTENT_TEXT[intent]), goal: goal.id }),
        evidence: quote(goal.statement),
        impact: 3,
      })),
  ];
  const threats: Draft[] = [
    ...brief.competitors.slice(0, 4).map((name) => ({
      key: `competitor:${name}`,
      label: name,
      statement: t('threatCompetitor', { name }),
      evidence: quote(name),
      impact: 3,
    })),
    ...(brief.calendar.busyMonths.length > 0
      ? [
          {
            key: 'busy',
            label: monthNames(facts, brief.calendar.busyMonths),
            statement: t('threatBusy', { months: monthNames(facts, brief.calendar.busyMonths) }),
            evidence: null,
            impact: 2,
          },
        ]
      : []),
  ];
  const lists = [strengths, weaknesses, opportunities, threats].map(dedupe);
  const [S, W, O, T] = [
    numbered('S', lists[0]!),
    numbered('W', lists[1]!),
    numbered('O', lists[2]!),
    numbered('T', lists[3]!),
  ];
  return {
    strengths: S,
    weaknesses: W,
    opportunities: O,
    threats: T,
    implications: implications(facts, lists, [S, W, O, T]),
  };
}

function dedupe(items: Draft[]): Draft[] {
  return items.filter((item, i) => items.findIndex((other) => other.key === item.key) === i);
}

function numbered(prefix: string, items: readonly Draft[]): SwotItem[] {
  return items.map(({ statement, evidence, impact }, i) => ({
    id: `${prefix}${i + 1}`,
    statement: statement.charAt(0).toUpperCase() + statement.slice(1),
    evidence,
    impact,
  }));
}

/** The first item of each quadrant crossed with its neighbours, cited by short label. */
function implications(
  facts: Facts,
  drafts: readonly Draft[][],
  items: readonly SwotItem[][],
): SwotImplication[] {
  // The first item of a quadrant whose label differs from `other` (no "fix the newsletter to seize the newsletter").
  const first = (i: number, other?: string | null, keyPrefix?: string) => {
    const at = (drafts[i] ?? []).findIndex(
      (d) => d.label !== other && (!keyPrefix || d.key.startsWith(keyPrefix)),
    );
    return at >= 0 ? { label: drafts[i]![at]!.label, id: items[i]![at]!.id } : null;
  };
  const w = first(1);
  const s = first(0);
  const o = first(2);
  const oForW = first(2);
  // Competitors are the threats a strength or a weakness meets; busy months are a planning matter, not a crossing.
  const th = first(3, null, 'competitor:');
  const out: SwotImplication[] = [];
  const add = (
    kind: SwotImplication['kind'],
    key: TextKey,
    a: { label: string; id: string } | null,
    b: { label: string; id: string } | null,
    slots: [string, string],
  ) => {
    if (a && b)
      out.push({
        kind,
        statement: facts.t(key, { [slots[0]]: a.label, [slots[1]]: b.label }),
        itemIds: [a.id, b.id],
      });
  };
  add('SO', 'implicationSO', s, o, ['strength', 'opportunity']);
  add('WO', 'implicationWO', w, oForW, ['weakness', 'opportunity']);
  add('ST', 'implicationST', s, th, ['strength', 'threat']);
  add('WT', 'implicationWT', w, th, ['weakness', 'threat']);
  return out;
}

/** The SWOT items an action builds on or answers: its own asset's strength or weakness, its goal's opportunity. */
export function swotIdsFor(swot: Swot, facts: Facts, candidate: Candidate): string[] {
  const name = candidate.existing?.name;
  const mentions = (items: readonly SwotItem[]) =>
    name ? items.filter((item) => item.evidence?.includes(name)).map((item) => item.id) : [];
  const intents = new Set(candidate.goals.map(facts.intentOf));
  const byIntent = swot.opportunities
    .filter((item) =>
      [...intents].some(
        (intent) =>
          intent in INTENT_TEXT &&
          item.statement.startsWith(facts.t(INTENT_TEXT[intent as keyof typeof INTENT_TEXT])),
      ),
    )
    .map((item) => item.id);
  const named = facts.brief.competitors;
  const competitors = candidate.channel.stages.includes('consideration')
    ? swot.threats
        .filter((item) => named.some((c) => item.evidence?.includes(c)))
        .slice(0, 1)
        .map((item) => item.id)
    : [];
  return [
    ...new Set([
      ...mentions(swot.strengths),
      ...mentions(swot.weaknesses),
      ...mentions(swot.opportunities),
      ...byIntent,
      ...competitors,
    ]),
  ];
}
