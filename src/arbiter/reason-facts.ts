// The business facts a "why now" sentence names: the lever, what the brief says exists under it, its cost, its dependencies.
import type { AssetKind, Brief } from '../../agents/brief.js';
import type { Candidate } from './candidate.js';
import type { ActionFacts, BuiltOn } from './phrase-types.js';
import type { ExistingItem } from './roadmap.js';
import { compareText, foldText } from './text.js';

/** Words too common in channel names to tie an action to what the brief lists ("marketing", "page"…). */
const GENERIC = new Set([
  'marketing',
  'campagne',
  'campaign',
  'contenu',
  'content',
  'page',
  'pages',
  'local',
  'online',
  'ligne',
  'client',
  'clients',
  'customer',
  'customers',
  'les',
  'des',
  'and',
  'the',
  'pour',
  'for',
  'via',
  'avec',
  'with',
]);

/** Channel words that point at a kind of asset even when the brief names it differently ("avis" for "Google reviews"). */
const KIND_WORDS: Partial<Record<AssetKind, readonly string[]>> = {
  contact_list: ['newsletter', 'email', 'emailing', 'mailing', 'mail', 'sequence', 'crm'],
  reviews: ['avis', 'review', 'reviews', 'temoignage', 'temoignages', 'testimonial', 'testimonials'],
  community: ['communaute', 'community', 'groupe', 'group', 'forum'],
  events: [
    'salon',
    'salons',
    'event',
    'events',
    'evenement',
    'evenements',
    'webinar',
    'webinaire',
    'trade',
    'show',
  ],
  partners: ['partenaire', 'partenaires', 'partner', 'partners', 'partenariat', 'partnership'],
  distributors: [
    'distributeur',
    'distributeurs',
    'distributor',
    'distributors',
    'revendeur',
    'revendeurs',
    'reseller',
  ],
  customer_base: ['parrainage', 'referral', 'fidelite', 'loyalty', 'upsell', 'retention'],
};

/** More than half of a listed name's own words: "Fiche Google" is not what "Google Ads" builds on. */
const MIN_MATCH = 0.6;

/** Review platforms a brief names as channels. */
const REVIEW_SITES = new Set(['capterra', 'trustpilot', 'tripadvisor', 'yelp', 'avis', 'reviews', 'getapp']);
const reviewWords = KIND_WORDS.reviews ?? [];

function words(text: string): string[] {
  return foldText(text)
    .split(' ')
    .filter((w) => w.length >= 3 && !GENERIC.has(w));
}

/** Share of the listed item's own words found in the action's channel (or, less surely, its title). */
function overlap(itemName: string, channelWords: ReadonlySet<string>): number {
  const own = [...new Set(words(itemName))];
  if (own.length === 0) return 0;
  return own.filter((w) => channelWords.has(w)).length / own.length;
}

interface Match {
  builtOn: BuiltOn;
  kind: 'channel' | 'asset';
  score: number;
}

/** What the brief lists (assets first, then channels) that this action builds on, or null when nothing clearly matches. */
export function builtOnFor(c: Candidate, brief: Brief): BuiltOn | null {
  return bestMatch(c, brief)?.builtOn ?? null;
}

function bestMatch(c: Candidate, brief: Brief): Match | null {
  return allMatches(c, brief)[0] ?? null;
}

/** Every item of the brief this action clearly builds on, best first. */
function allMatches(c: Candidate, brief: Brief): Match[] {
  const channelWords = new Set(words(String(c.source.channel ?? '')));
  const titleWords = new Set(words(String(c.source.title ?? '')));
  const matches: Match[] = [];
  for (const asset of brief.assets ?? []) {
    const byName = Math.max(overlap(asset.name, channelWords), overlap(asset.name, titleWords) * 0.9);
    const byKind = (KIND_WORDS[asset.kind] ?? []).some((w) => channelWords.has(w)) ? 0.6 : 0;
    const score = Math.max(byName, byKind);
    if (score >= MIN_MATCH) {
      matches.push({
        builtOn: { name: asset.name, size: asset.size, unit: asset.unit, dormant: asset.dormant },
        kind: 'asset',
        score: score + 0.01, // an asset is more specific than a channel of the same name
      });
    }
  }
  for (const channel of brief.channels ?? []) {
    // "avis: 310" under "Fiche Google" is what a review-collection action builds on, whatever the channel's name.
    const byMetric =
      channel.metric && channel.value !== null && overlap(channel.metric, channelWords) >= 1 ? 0.6 : 0;
    // "G2 / Capterra" or "Trustpilot" is where a review action's reviews live, though no word is shared.
    const reviewSite =
      words(channel.name).some((w) => REVIEW_SITES.has(w)) && reviewWords.some((w) => channelWords.has(w))
        ? 0.6
        : 0;
    const score = Math.max(
      overlap(channel.name, channelWords),
      overlap(channel.name, titleWords) * 0.9,
      byMetric,
      reviewSite,
    );
    if (score < MIN_MATCH) continue;
    // Of two rows for one channel ("avis 310", "note 4.6"), the one whose metric the action names wins.
    const metricBonus =
      channel.metric && overlap(channel.metric, new Set([...channelWords, ...titleWords])) > 0 ? 0.005 : 0;
    matches.push({
      builtOn: {
        name: channel.name,
        size: channel.value,
        unit: channel.value === null ? null : channel.metric,
        dormant: channel.status === 'dormant',
      },
      kind: 'channel',
      // A count (310 reviews) says more than a rating (4.6) about what there is to build on.
      score:
        score + metricBonus + (channel.value === null ? 0 : Number.isInteger(channel.value) ? 0.002 : 0.001),
    });
  }
  // Stable: best score, then name, size and unit, so the same brief in any order always names the same thing.
  matches.sort(
    (a, b) =>
      b.score - a.score ||
      compareText(a.builtOn.name, b.builtOn.name) ||
      (b.builtOn.size ?? -1) - (a.builtOn.size ?? -1) ||
      compareText(a.builtOn.unit ?? '', b.builtOn.unit ?? ''),
  );
  return matches;
}

/** Every channel and asset the brief names, in the brief's order: rows of one channel ("avis 310", "note 4.6") are one item. */
function namedItems(brief: Brief): ExistingItem[] {
  const items: ExistingItem[] = [];
  const byKey = new Map<string, ExistingItem>();
  const add = (
    kind: ExistingItem['kind'],
    name: string,
    size: number | null,
    unit: string | null,
    dormant: boolean,
  ) => {
    const key = foldText(name);
    const known = byKey.get(key);
    const item = known ?? { kind, name, figures: [], dormant, actionIds: [] };
    if (!known) {
      byKey.set(key, item);
      items.push(item);
    }
    item.dormant ||= dormant;
    // "310 avis" as an asset and "310 nombre d'avis" under the channel of the same name are one figure.
    if (size !== null && Number.isFinite(size) && !item.figures.some((f) => f.size === size)) {
      item.figures.push({ size, unit });
    }
  };
  for (const a of brief.assets ?? []) add('asset', a.name, a.size, a.unit, a.dormant);
  for (const ch of brief.channels ?? []) {
    add('channel', ch.name, ch.value, ch.value === null ? null : ch.metric, ch.status === 'dormant');
  }
  return items;
}

/**
 * Every channel and asset the brief names, each with the candidates (scheduled or not) that build on it: the same
 * matching as the "why now" sentence's builtOn, but every clear match counts ("Facebook and Instagram ads" builds on
 * both pages), not only the best one.
 */
export function existingItems(brief: Brief, candidates: readonly Candidate[]): ExistingItem[] {
  const items = namedItems(brief);
  const byKey = new Map(items.map((i) => [foldText(i.name), i]));
  for (const c of [...candidates].sort((a, b) => compareText(a.id, b.id))) {
    const seen = new Set<ExistingItem>();
    for (const m of allMatches(c, brief)) {
      const item = byKey.get(foldText(m.builtOn.name));
      if (item && !seen.has(item)) {
        seen.add(item);
        item.actionIds.push(c.id);
      }
    }
  }
  return items;
}

/**
 * " (1900 contacts)" for a count, " (note moyenne 4.6)" for a rating or an average, "" when the brief gives no figure:
 * a count reads number-first, anything with decimals reads name-first.
 */
export function figureOf(b: BuiltOn, format: (value: number) => string): string {
  if (b.size === null || !Number.isFinite(b.size)) return '';
  const unit = b.unit?.trim() ?? '';
  if (unit === '') return ` (${format(b.size)})`;
  return Number.isInteger(b.size) ? ` (${format(b.size)} ${unit})` : ` (${unit} ${format(b.size)})`;
}

/** 1900 → "1 900" (fr) / "1,900" (en); decimals as the language writes them. Plain code, no Intl, so output never varies. */
export function formatGrouped(value: number, language: 'fr' | 'en'): string {
  const rounded = Math.round(value * 100) / 100;
  const [whole = '0', fraction] = String(Math.abs(rounded)).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, language === 'fr' ? '\u202f' : ',');
  const sign = rounded < 0 ? '-' : '';
  return `${sign}${grouped}${fraction ? (language === 'fr' ? ',' : '.') + fraction : ''}`;
}

export interface FactsContext {
  brief: Brief;
  byId: ReadonlyMap<string, Candidate>;
  /** Candidates still in play (not excluded), to count the actions serving each goal. */
  kept: readonly Candidate[];
  currency: string;
  budgetKnown: boolean;
}

export function reasonFacts(
  c: Candidate,
  neededBy: string | null,
  goalId: string | null,
  ctx: FactsContext,
): ActionFacts {
  const title = (id: string) => String(ctx.byId.get(id)?.source.title ?? '');
  const goals = (ctx.brief.goals ?? [])
    .filter((g) => c.goalIds.includes(g.id))
    .map((g) => ({ id: g.id, statement: g.statement }))
    .sort((a, b) => compareText(a.id, b.id));
  const focus = goalId ?? c.goalIds[0] ?? null;
  return {
    channel: String(c.source.channel ?? ''),
    cost: c.cost,
    currency: ctx.currency,
    budgetKnown: ctx.budgetKnown,
    effortDays: c.effortDays,
    builtOn: builtOnFor(c, ctx.brief),
    dependencies: c.dependsOn.map((id) => ({ id, title: title(id) })),
    neededByTitle: neededBy === null ? null : title(neededBy) || null,
    goals,
    goalCandidates: focus === null ? 0 : ctx.kept.filter((k) => k.goalIds.includes(focus)).length,
  };
}
