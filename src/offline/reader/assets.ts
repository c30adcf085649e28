// What the company already has to build on: a mailing list, reviews, distributors, an installed base, a tool never
// switched on. From the channels' own figures (a newsletter's subscribers are a contact list) and from the words of
// signals.yaml, each with its size when a number stands right before it, and dormant when the brief says it is unused.
import type { Asset, AssetKind } from '../../../agents/brief.js';
import { READER_TERMS } from '../../knowledge/reader/reader-terms.js';
import { clauseAt, negated, presentText, type ReadChannel, segments, statusOf } from './channels.js';
import type { BriefDocument, Sentence } from './document.js';
import type { Found } from './found.js';
import { indexWords, keywordHits } from './keyword-match.js';
import { findNumbers } from './numbers.js';
import { fold } from './text.js';

/** Channel figures that count an audience the company owns. */
const COUNTED = new Set(['subscribers', 'inscrits', 'reviews', 'avis', 'followers', 'abonnés']);

/** Kinds read only with a size: "nos clients" alone is no asset, "1 200 clients actifs" is one. */
const NEEDS_SIZE: ReadonlySet<AssetKind> = new Set(['customer_base', 'content', 'community']);

function fromChannels(channels: readonly ReadChannel[]): Array<Found<Asset>> {
  return channels.flatMap(({ channel, entry, from }) => {
    if (entry.asset === undefined) return [];
    const counted = channel.metric !== null && COUNTED.has(channel.metric);
    if (!counted && channel.status !== 'dormant') return [];
    const asset: Asset = {
      name: channel.name,
      kind: entry.asset,
      size: counted ? channel.value : null,
      unit: counted ? channel.metric : null,
      dormant: channel.status === 'dormant',
    };
    return [{ value: asset, from }];
  });
}

/** "120 distributeurs", "1 200 presses installées", "an installed base of 1,200": a number right by the noun. */
function sizeAround(text: string, start: number, end: number): number | null {
  const after = /^\s*(?::|of|de|d'environ)\s*(?:environ|about|around|roughly|~)?\s*/u.exec(text.slice(end));
  const next = after ? findNumbers(text.slice(end, end + 40))[0] : undefined;
  if (after && next && next.start === after[0].length) return next.value;
  const before = text.slice(Math.max(0, start - 40), start);
  const last = findNumbers(before).at(-1);
  if (!last || /\d/.test(before.slice(last.end))) return null;
  return before
    .slice(last.end)
    .trim()
    .split(/\s+/)
    .filter((w) => w !== '').length <= 2
    ? last.value
    : null;
}

/** Words in an aside short enough to speak of the noun before it ("1,300 former members, not emailed since 2023"). */
const ASIDE_WORDS = 6;

/** Dormant when its own clause says so, or, when that clause says nothing, a short aside right after it does. */
function dormantAt(text: string, segmentOf: readonly number[], at: number, clause: string): boolean {
  const own = statusOf(clause);
  if (own !== null) return own === 'dormant';
  const next = segmentOf.indexOf((segmentOf[at] ?? -2) + 1);
  if (next < 0) return false;
  const aside = clauseAt(text, segmentOf, next);
  return aside.split(/\s+/).length <= ASIDE_WORDS && statusOf(aside) === 'dormant';
}

/** Every asset the brief names, channels' first, each (kind, name) once. */
export function findAssets(doc: BriefDocument, channels: readonly ReadChannel[]): Array<Found<Asset>> {
  const out = fromChannels(channels);
  const channelKinds = new Set(channels.flatMap((c) => (c.entry.asset ? [c.entry.asset] : [])));
  for (const s of doc.sentences) {
    for (const text of presentParts(s)) readAssets(text, out, channelKinds);
  }
  return out;
}

/**
 * The sentence's present-tense text; when the goal reader takes the whole sentence, each ";" part after the first
 * is tried alone, since "Want 150 members by June; our 2,400 past customers never hear from us" states a fact after the aim.
 */
function presentParts(s: Sentence): string[] {
  const text = presentText(s);
  if (text !== null) return [text];
  if (s.heading || s.section === 'competitors' || s.section === 'goals') return [];
  return s.text
    .split(/;\s*/u)
    .slice(1)
    .flatMap((part) => presentText({ ...s, text: part }) ?? []);
}

/** The assets one present-tense text names, added to out unless already there. */
function readAssets(text: string, out: Array<Found<Asset>>, channelKinds: ReadonlySet<AssetKind>): void {
  const index = indexWords(fold(text));
  const segmentOf = segments(text);
  for (const [kind, words] of Object.entries(READER_TERMS.signals.assets) as Array<[AssetKind, string[]]>) {
    if (channelKinds.has(kind)) continue;
    const folded = fold(text);
    const terms = kind === 'content' ? [...words, ...READER_TERMS.signals.contentAssets] : words;
    const hit = terms
      .flatMap((w) => keywordHits(index, w))
      .filter((h) => !negated(folded, h.start))
      .sort((a, b) => a.start - b.start)[0];
    if (hit === undefined) continue;
    const size = sizeAround(text, hit.start, hit.end);
    // "a yearly research report" is an asset by itself; "articles" or "videos" count only with their number.
    const alone = READER_TERMS.signals.contentAssets.some(
      (w) => keywordHits(indexWords(fold(text.slice(hit.start, hit.end))), w).length > 0,
    );
    if (size === null && NEEDS_SIZE.has(kind) && !alone) continue;
    const name = text.slice(hit.start, hit.end);
    if (out.some((a) => a.value.kind === kind && fold(a.value.name) === fold(name))) continue;
    const clause = clauseAt(text, segmentOf, hit.start);
    const asset = {
      name,
      kind,
      size,
      unit: size === null ? null : name,
      dormant: dormantAt(text, segmentOf, hit.start, clause),
    };
    out.push({ value: asset, from: clause });
  }
}
