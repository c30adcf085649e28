// Lookups from a brief's free text to the knowledge base: channel id, metric kind, differentiator cues, constraints.
import type { Brief } from '../../../agents/brief.js';
import { METRIC_RULES, type MetricKind } from './channel-metrics.js';
import { CHANNELS } from './channels.js';
import {
  CONSTRAINT_CUES,
  type ConstraintCue,
  REFUSABLE_KINDS,
  REFUSAL_FILLERS,
  REFUSAL_JOINERS,
  REFUSAL_MARKERS,
  REFUSAL_QUALIFIERS,
} from './constraints.js';
import { DIFFERENTIATOR_CUES, type DifferentiatorCue } from './differentiators.js';
import { keywordsIn, normaliseText } from './text-match.js';
import type { ChannelId } from './types.js';

/**
 * The catalogue channel a free-text channel name refers to: a catalogue label (either language) first, so the
 * drafters' own labels read back exactly; otherwise the longest alias found wins, ties by catalogue order.
 */
export function matchChannel(name: string): ChannelId | null {
  const normalised = normaliseText(name);
  const labelled = CHANNELS.find(
    (channel) =>
      normaliseText(channel.label.fr) === normalised || normaliseText(channel.label.en) === normalised,
  );
  if (labelled) return labelled.id;
  let best: { id: ChannelId; length: number } | null = null;
  for (const channel of CHANNELS) {
    for (const alias of keywordsIn(normalised, channel.aliases)) {
      if (best === null || alias.length > best.length) best = { id: channel.id, length: alias.length };
    }
  }
  return best?.id ?? null;
}

export function classifyMetric(metric: string | null): MetricKind | null {
  if (!metric) return null;
  const normalised = normaliseText(metric);
  return METRIC_RULES.find((rule) => keywordsIn(normalised, rule.keywords).length > 0)?.kind ?? null;
}

/** Differentiator cues found in the brief's description and offer, each with the first word that matched. */
export function matchCues(brief: Brief): { cue: DifferentiatorCue; word: string }[] {
  const normalised = normaliseText([brief.company.offer ?? '', brief.company.description ?? ''].join(' '));
  const found: { cue: DifferentiatorCue; word: string }[] = [];
  for (const cue of DIFFERENTIATOR_CUES) {
    const [word] = keywordsIn(normalised, cue.keywords);
    if (word !== undefined) found.push({ cue, word });
  }
  return found;
}

/** Constraint cues found in each of the brief's constraints, with the constraint's own text. */
export function matchConstraints(brief: Brief): { cue: ConstraintCue; text: string }[] {
  const found: { cue: ConstraintCue; text: string }[] = [];
  for (const text of brief.constraints) {
    const normalised = normaliseText(text);
    for (const cue of CONSTRAINT_CUES) {
      if (keywordsIn(normalised, cue.keywords).length > 0) found.push({ cue, text });
    }
  }
  return found;
}

/** Social platforms: refusing one ("no TikTok") rules out that platform, not organic social as a whole. */
const PLATFORMS: ReadonlySet<string> = new Set([
  'instagram',
  'facebook',
  'linkedin',
  'tiktok',
  'pinterest',
  'youtube',
  'twitter',
  'snapchat',
  'x',
]);

interface RefusableTerm {
  readonly words: readonly string[];
  readonly excludes: readonly ChannelId[];
  /** The platform a term names, when it is one of PLATFORMS. */
  readonly platform: string | null;
}

/** Every name a channel can be refused by, as word lists: catalogue labels, aliases, generic kinds, platforms. */
const REFUSABLE_TERMS: readonly RefusableTerm[] = [
  ...CHANNELS.flatMap((channel) =>
    [channel.label.fr, channel.label.en, ...channel.aliases].map((name): RefusableTerm => {
      const words = normaliseText(name).trim().split(' ');
      const platform = words.length === 1 && PLATFORMS.has(words[0] ?? '') ? (words[0] ?? null) : null;
      return { words, excludes: platform === null ? [channel.id] : [], platform };
    }),
  ),
  ...[...PLATFORMS].map((name): RefusableTerm => ({ words: [name], excludes: [], platform: name })),
  ...REFUSABLE_KINDS.flatMap((kind) =>
    kind.words.map(
      (word): RefusableTerm => ({
        words: normaliseText(word).trim().split(' '),
        excludes: kind.excludes,
        platform: null,
      }),
    ),
  ),
].filter((term) => term.words.length > 0 && term.words[0] !== '');

interface TermMatch {
  end: number;
  excludes: ChannelId[];
  platforms: string[];
}

/** The longest refusable terms starting at word `at` (all of that length), or null. */
function termAt(words: readonly string[], at: number): TermMatch | null {
  let best: TermMatch | null = null;
  for (const term of REFUSABLE_TERMS) {
    if (!term.words.every((word, offset) => words[at + offset] === word)) continue;
    const end = at + term.words.length;
    if (best === null || end > best.end) best = { end, excludes: [], platforms: [] };
    if (end === best.end) {
      best.excludes.push(...term.excludes);
      if (term.platform !== null) best.platforms.push(term.platform);
    }
  }
  return best;
}

/** What a constraint refuses: catalogue channels, and social platforms by name. */
export interface Refusal {
  channels: ChannelId[];
  platforms: string[];
}

/**
 * What a constraint refuses: "je ne veux PAS passer par Uber Eats / Deliveroo" rules out marketplace
 * listings, "no paid ads" the paid channels, "pas de TikTok" the TikTok platform. A channel named right after
 * a refusal (fillers like "passer par" aside) is refused, and so are those joined to it ("X ou Y"); a word that
 * narrows it ("pas de publicité sur les vertus santé") means the channel is restricted, not refused.
 */
export function findRefusal(text: string): Refusal {
  const words = normaliseText(text).trim().split(' ');
  const markers = REFUSAL_MARKERS.map((marker) => marker.split(' '));
  const channels = new Set<ChannelId>();
  const platforms = new Set<string>();
  for (let i = 0; i < words.length; i += 1) {
    const marker = markers.find((m) => m.every((word, offset) => words[i + offset] === word));
    if (!marker) continue;
    let at = i + marker.length;
    for (let skipped = 0; skipped < 3 && at < words.length && termAt(words, at) === null; skipped += 1) {
      if (!REFUSAL_FILLERS.has(words[at] ?? '')) break;
      at += 1;
    }
    const found: TermMatch[] = [];
    let term = termAt(words, at);
    while (term !== null) {
      found.push(term);
      at = term.end;
      term = REFUSAL_JOINERS.has(words[at] ?? '') ? termAt(words, at + 1) : termAt(words, at);
    }
    if (found.length === 0 || REFUSAL_QUALIFIERS.has(words[at] ?? '')) continue;
    for (const match of found) {
      for (const id of match.excludes) channels.add(id);
      for (const name of match.platforms) platforms.add(name);
    }
  }
  return { channels: [...channels].sort(), platforms: [...platforms].sort() };
}

/** The catalogue channels a constraint refuses (see findRefusal). */
export function refusedChannels(text: string): ChannelId[] {
  return findRefusal(text).channels;
}
