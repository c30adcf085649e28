// Which channels become candidate actions: first what the brief says exists, then what each stated goal needs,
// then what suits the sector or model — never a paid channel the budget cannot feed.
import type { Goal } from '../../../agents/brief.js';
import {
  type Channel,
  channelAllowed,
  channelById,
  channelNamed,
  countWords,
  fold,
  KNOWLEDGE,
  wordMatcher,
} from '../../knowledge/index.js';
import { AMPLE_CAPACITY_DAYS, type Facts } from './facts.js';

export type Mode = 'new' | 'build' | 'revive';

/** What the brief says already exists for this channel. */
export interface Existing {
  readonly name: string;
  /** Every name the brief gives to what this channel builds on ("Instagram", "TikTok"), so each is visibly used. */
  readonly names: readonly string[];
  readonly size: number | null;
  readonly metric: string | null;
  readonly committed: string | null;
}

export interface Candidate {
  readonly channel: Channel;
  readonly mode: Mode;
  readonly existing: Existing | null;
  /** The goals this channel genuinely serves (its intents include the goal's). */
  readonly goals: readonly Goal[];
}

/**
 * Candidates beyond what exists and what goals need: enough for the arbiter to choose, few enough to read; a team with
 * ample time and several goals gets two more per extra goal (at most 12), each a distinct channel that serves a goal.
 */
function targetCount(facts: Facts): number {
  if ((facts.capacityDays ?? 0) < AMPLE_CAPACITY_DAYS) return 8;
  return Math.min(12, 8 + 2 * Math.max(0, facts.brief.goals.length - 1));
}

/**
 * Figures that size no audience: a clip's views, a rating, a rate, a price or a spend. "TikTok 41k followers (one clip
 * hit 2.1M views)" builds on the 41,000 followers; the 2.1M views must not become the action's reach.
 */
const NOT_AUDIENCE = new Set(['views', 'rating', 'open_rate', 'cpc', 'monthly_spend']);

/** Which reading of one channel says more about its audience: any audience figure beats any other, then the larger. */
function audienceRank(existing: Omit<Existing, 'names'>): number {
  const size = existing.size ?? 0;
  if (size <= 0) return 0;
  return existing.metric !== null && NOT_AUDIENCE.has(existing.metric) ? 1 : 2 + size;
}

export function selectCandidates(facts: Facts): Candidate[] {
  const { brief } = facts;
  const found = new Map<string, { mode: Mode; existing: Existing }>();
  const note = (channel: Channel | null, mode: Mode, existing: Omit<Existing, 'names'>) => {
    // A channel the catalogue does not describe (a trade directory, a paper catalogue) is still reviewed, not dropped.
    const target = channel ?? channelById('existing_review');
    const before = found.get(target.id);
    const names = [...new Set([...(before?.existing.names ?? []), existing.name])];
    // The same thing named twice keeps its strongest reading (dormant beats active: restart it); two different
    // things on one channel build on the active one, where the audience is ("Instagram" over a dormant "TikTok").
    const same = before?.existing.name === existing.name;
    const better =
      !before ||
      (same ? rank(mode) > rank(before.mode) : before.mode === 'revive' && mode !== 'revive') ||
      (mode === before.mode && audienceRank(existing) > audienceRank(before.existing));
    const kept = better ? { mode, existing } : { mode: before.mode, existing: before.existing };
    found.set(target.id, {
      mode: kept.mode,
      existing: {
        ...kept.existing,
        names,
        committed: kept.existing.committed ?? before?.existing.committed ?? null,
      },
    });
  };
  for (const channel of brief.channels) {
    if (channel.name.trim() === '') continue;
    // "Google" with a metric of "reviews" is the reviews channel: the metric says which side of a platform is meant.
    note(
      channelNamed(`${channel.name} ${channel.metric ?? ''}`, facts.place),
      channel.status === 'dormant' ? 'revive' : 'build',
      { name: channel.name, size: channel.value, metric: channel.metric, committed: null },
    );
  }
  for (const asset of brief.assets) {
    if (asset.name.trim() === '') continue;
    // The asset's own name says most ("Webinaires" filed as events are webinars); its kind decides otherwise.
    const channel =
      channelNamed(asset.name, facts.place) ??
      KNOWLEDGE.channels.find((c) => c.assetKinds.includes(asset.kind) && channelAllowed(c, facts.place)) ??
      null;
    note(channel, asset.dormant ? 'revive' : 'build', {
      name: asset.name,
      size: asset.size,
      metric: asset.unit,
      committed: null,
    });
  }
  for (const spend of brief.committedSpend) {
    const channel = channelNamed(spend.what, facts.place);
    if (!channel) continue;
    const before = found.get(channel.id);
    found.set(channel.id, {
      mode: before?.mode ?? 'build',
      existing: {
        ...(before?.existing ?? { name: spend.what, names: [spend.what], size: null, metric: null }),
        committed: spend.what,
      },
    });
  }

  const servedGoals = (channel: Channel) =>
    brief.goals.filter((goal) => {
      const intents = facts.intentsOf(goal);
      // An aftermarket goal is served only by channels made for it: ads that sell new equipment sell no service contract.
      if (EXCLUSIVE.includes(intents[0]!)) return channel.intents.includes(intents[0]!);
      return intents.some((intent) => serves(channel, intent));
    });
  const picked: Candidate[] = [...found.entries()].map(([id, { mode, existing }]) => {
    const channel = channelById(id);
    const goals = servedGoals(channel);
    // What the brief already has is never left serving nothing: it goes to the goal it serves best.
    return { channel, mode, existing, goals: goals.length > 0 ? goals : bestGoal(facts, channel) };
  });
  const has = (id: string) => picked.some((c) => c.channel.id === id);
  const add = (channel: Channel) =>
    picked.push({ channel, mode: 'new', existing: null, goals: servedGoals(channel) });

  // Every stated goal gets channels made for what it asks: two for its main intent (so the arbiter has a choice),
  // one for each other intent it names (the countries of "sell in Germany", the prompts of "be cited by ChatGPT").
  for (const goal of brief.goals) {
    facts.intentsOf(goal).forEach((intent, index) => {
      const made = () =>
        picked.filter((c) => c.goals.includes(goal) && c.channel.intents.includes(intent)).length;
      // Business deals may need channels outside the model's usual fit (a workshop signing fleet contracts needs
      // outreach); other aims take channels that fit the model well.
      const fitting = ranked(facts, intent === 'b2b_deals')
        .filter(
          (c) =>
            c.intents.includes(intent) &&
            (intent === 'b2b_deals' || c.fit[facts.model.id] >= 2 || madeFor(c, intent)),
        )
        .sort((a, b) => (SALES.includes(intent) ? 0 : a.intents.indexOf(intent) - b.intents.indexOf(intent)));
      for (const channel of fitting) {
        if (made() >= (index === 0 ? 2 : 1)) break;
        if (!has(channel.id)) add(channel);
      }
    });
  }
  // No stated budget: no new paid channel is proposed (the open question asks for the budget first); what the brief
  // already pays for stays, its cost shown uncapped.
  const paidLimit = facts.tier === null ? 0 : { none: 0, small: 1, medium: 2, large: 4 }[facts.tier];
  for (const channel of ranked(facts)) {
    if (picked.length >= targetCount(facts)) break;
    if (has(channel.id) || channel.id === 'tracking') continue;
    if (channel.paid && picked.filter((c) => c.channel.paid && c.mode === 'new').length >= paidLimit)
      continue;
    if (brief.goals.length > 0 && servedGoals(channel).length === 0) continue;
    add(channel);
  }
  // Paid actions are judged on results: measurement first.
  if (picked.some((c) => c.channel.requires.includes('tracking')) && !has('tracking'))
    add(channelById('tracking'));
  // Measurement serves the goals of the actions it measures: no action is left pointing at no goal.
  return picked.map((c) => {
    if (c.goals.length > 0 || brief.goals.length === 0) return c;
    const measured = picked.filter((o) => o.channel.requires.includes(c.channel.id)).flatMap((o) => o.goals);
    return { ...c, goals: brief.goals.filter((goal) => measured.includes(goal)) };
  });
}

/**
 * A channel made for a specific aim (its first intent: "be cited by ChatGPT" → GEO) serves a goal that asks for it
 * whatever the model's usual fit: the brief asked. Broad aims (sales, awareness) still take channels that fit.
 */
function madeFor(channel: Channel, intent: string): boolean {
  return channel.intents[0] === intent && !SALES.includes(intent);
}

/** Aims only channels made for them serve (channels.yaml lists them in their intents). */
const EXCLUSIVE = ['aftermarket'];
/** Broad aims an existing audience can always feed, most direct first. */
const BROAD = ['revenue', 'customers', 'leads', 'awareness', 'list_growth', 'community'];

/**
 * The goal an existing asset serves best when no goal names its aims: a broad business goal (revenue, then customers,
 * then awareness), the home market before a new country (an audience built at home speaks to home buyers).
 */
function bestGoal(facts: Facts, channel: Channel): Goal[] {
  const goals = facts.brief.goals;
  if (goals.length === 0) return [];
  const score = (goal: Goal) => {
    const intents = facts.intentsOf(goal);
    const own = channel.intents.findIndex((intent) => intents.includes(intent));
    const broad = Math.min(...intents.map((intent) => BROAD.indexOf(intent)).filter((at) => at >= 0), 99);
    return (own >= 0 ? own : 10 + broad) + (intents.includes('international') ? 50 : 0);
  };
  return [[...goals].sort((a, b) => score(a) - score(b))[0]!];
}

/** Broad aims many channels serve: the sector's and model's order decides among them, not the catalogue's. */
const SALES = ['revenue', 'customers', 'leads', 'awareness'];

const rank = (mode: Mode) => ({ new: 0, build: 1, revive: 2 })[mode];

/**
 * A channel serves a goal's intent; bringing leads or customers also serves revenue, and the reverse. Business
 * deals are served only by channels made for them: the arbiter gives each goal its best-scoring action, and a
 * site or a review drive must not be a fleet-contract goal's first action.
 */
function serves(channel: Channel, intent: string): boolean {
  if (channel.intents.includes(intent)) return true;
  const sales = ['revenue', 'customers', 'leads'];
  return sales.includes(intent) && channel.intents.some((own) => sales.includes(own));
}

/** Words that open a refusal; the refused thing follows within a few words ("pas de pub payante", "no cold calls"). */
const NEGATIONS = new Set([
  'pas',
  'aucun',
  'aucune',
  'sans',
  'jamais',
  'no',
  'not',
  'never',
  'avoid',
  'eviter',
  'refuse',
  'refusons',
  'stop',
  'arreter',
]);
/** A condition turns a refusal into a rule to follow ("no marketing emails without consent"), not a refused channel. */
const CONDITION = wordMatcher([
  'without',
  'sans',
  'unless',
  'sauf',
  'only',
  'uniquement',
  'except',
  'excepte',
  'que si',
  'if not',
]);
/** Words between the negation and the refused thing that do not change what is refused. */
const FILLER = new Set([
  'de',
  'd',
  'of',
  'any',
  'more',
  'plus',
  'la',
  'le',
  'les',
  'l',
  'the',
  'a',
  'do',
  'use',
  'faire',
  'du',
]);
const PAID = wordMatcher([
  'pub',
  'pubs',
  'publicite*',
  'payant*',
  'paid',
  'ads',
  'advertising',
  'sponsoris*',
  'sponsored',
]);

/**
 * Channels a constraint rules out ("pas de pub payante", "no cold calling"): never proposed as new actions. The
 * refused thing must follow the negation closely — "no incentives for reviews" refuses incentives, not reviews — and
 * a condition ("without consent") makes it a rule to follow rather than a refusal.
 */
function refused(facts: Facts): { ids: Set<string>; paid: boolean } {
  const ids = new Set<string>();
  let paid = false;
  for (const clause of facts.brief.constraints.flatMap((text) => text.split(/[,;:.!?()]/))) {
    const folded = fold(clause);
    if (CONDITION(folded)) continue;
    const tokens = folded.trim().split(' ');
    for (let i = 0; i < tokens.length; i++) {
      if (!NEGATIONS.has(tokens[i]!)) continue;
      let j = i + 1;
      while (j < tokens.length && FILLER.has(tokens[j]!)) j++;
      // What is refused: the next two words after the negation and its fillers.
      const object = ` ${tokens.slice(j, j + 2).join(' ')} `;
      if (PAID(object)) paid = true;
      for (const channel of KNOWLEDGE.channels)
        if (countWords(object, channel.aliases) > 0) ids.add(channel.id);
    }
  }
  return { ids, paid };
}

/**
 * Catalogue channels the brief can afford and that fit it, sector preferences first, then the model's. A paid
 * channel needs a stated budget that can feed it.
 */
function ranked(facts: Facts, anyFit = false): Channel[] {
  const order = [...(facts.sector?.channels ?? []), ...facts.model.channels];
  const no = refused(facts);
  const avoid = new Set([...(facts.sector?.avoid ?? []), ...no.ids]);
  // A business that sells only online has no storefront for a local profile to send people to.
  if (facts.online) avoid.add('local_seo');
  const monthlyEur =
    facts.tier === null ? null : facts.brief.budget!.amount / facts.brief.budget!.periodMonths / facts.perEur;
  return KNOWLEDGE.channels
    .filter((channel) => channelAllowed(channel, facts.place))
    .filter((channel) => !avoid.has(channel.id) && (anyFit || channel.fit[facts.model.id] > 0))
    .filter(
      (channel) => !channel.paid || (!no.paid && monthlyEur !== null && channel.minMonthly <= monthlyEur),
    )
    .map((channel) => ({ channel, at: order.indexOf(channel.id) }))
    .sort((a, b) => pos(a.at) - pos(b.at) || b.channel.fit[facts.model.id] - a.channel.fit[facts.model.id])
    .map(({ channel }) => channel);
}

const pos = (at: number) => (at < 0 ? 1000 : at);
