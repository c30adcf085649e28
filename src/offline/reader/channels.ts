// Current channels and their figures: which channels the brief says it uses today, and the numbers it gives.
import type { CurrentChannel, Language } from '../../../agents/brief.js';
import { type Figure, findFigures, METRIC_LABELS } from './channel-figures.js';
import { CHANNELS, type ChannelEntry } from './channel-table.js';
import type { BriefDocument, Sentence } from './document.js';
import { outsideGoal } from './goals.js';
import { indexWords, keywordHits } from './keyword-match.js';
import { fold } from './text.js';

interface Mention {
  readonly entry: ChannelEntry;
  readonly start: number;
  readonly end: number;
}

/** "pas de TikTok", "no newsletter yet", "nous n'utilisons pas LinkedIn": the channel is not in use. */
const NEGATION =
  /(?:pas(?! mal)|pas encore|jamais|aucune?|no|not|never|sans|without|ni|n't)\s+(?:[A-Za-zÀ-ÖØ-öø-ɏ']+\s+){0,2}$/u;

/** A refusal: the channels named after it in the same clause are ones the company will not use. Folded. */
const REFUSAL =
  /(?:ne (?:veux|veut|voulons|souhaite|souhaitons) (?:pas|plus)|refuse|pas question|hors de question|plus jamais|don't want|do not want|won't|will not|rather not|refuse to|no more)(?![a-z])/u;

/** Whether the clause holding `at` ("je ne veux pas passer par Uber Eats / Deliveroo") refuses what it names. */
function refused(folded: string, at: number): boolean {
  const before = folded.slice(0, at);
  const clauseStart = Math.max(
    ...[',', ';', '.', ':', ' mais ', ' but '].map((mark) => before.lastIndexOf(mark)),
  );
  return REFUSAL.test(before.slice(clauseStart + 1));
}

/** Future or wished-for channels are plans, not current channels. */
const FUTURE =
  /(?:allons|vont|va lancer|envisag|pourrions|aimerions|voudrions|voudrais|souhait|plan to|planning to|will launch|will start|going to|would like|want to|veut|voulons|compte lancer|prochainement|bientot|soon)/u;

/** Competitor sentences describe the competitors' channels, not the company's. */
const COMPETITOR = /(?:concurren|competit|rival)/u;

function mentions(folded: string): Mention[] {
  const index = indexWords(folded);
  const all: Mention[] = [];
  for (const entry of CHANNELS) {
    for (const keyword of entry.keywords) {
      for (const hit of keywordHits(index, keyword)) {
        const next = /^\s*([a-z]+)/u.exec(folded.slice(hit.end))?.[1] ?? '';
        if (entry.notBefore?.includes(next)) continue;
        all.push({ entry, start: hit.start, end: hit.end });
      }
    }
  }
  // Longest mention wins where two overlap ("facebook ads" over "facebook", "avis google" over "google").
  all.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Mention[] = [];
  for (const m of all) if (!kept.some((k) => m.start < k.end && k.start < m.end)) kept.push(m);
  return kept
    .filter(
      (m) => !NEGATION.test(folded.slice(Math.max(0, m.start - 40), m.start)) && !refused(folded, m.start),
    )
    .sort((a, b) => a.start - b.start);
}

/** What a sentence says about the present: not a heading, a competitor's or a goal's words, nor a plan. */
function presentText(s: Sentence): string | null {
  if (s.heading || s.section === 'competitors' || s.section === 'goals') return null;
  const text = outsideGoal(s);
  const folded = fold(text);
  return text === '' || FUTURE.test(folded) || COMPETITOR.test(folded) ? null : text;
}

/**
 * Segment number of each position: segments are separated by ", " or ";" outside parentheses, so in
 * "Google Ads (CPC $7.40), LinkedIn (3.2k followers)" each figure stays with the channel it follows.
 */
function segments(text: string): number[] {
  const out: number[] = [];
  let depth = 0;
  let segment = 0;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (ch === '(') depth += 1;
    if (ch === ')') depth = Math.max(0, depth - 1);
    if (depth === 0 && (ch === ';' || (ch === ',' && text[i + 1] === ' '))) segment += 1;
    out.push(segment);
  }
  return out;
}

/** The channel a figure belongs to: the nearest mention in its segment, else the nearest in its sentence. */
function nearest(figure: Figure, list: readonly Mention[], segmentOf: readonly number[]): Mention | null {
  let best: Mention | null = null;
  let bestScore = Number.POSITIVE_INFINITY;
  const own = segmentOf[figure.start];
  for (const m of list) {
    const distance =
      m.end <= figure.start ? figure.start - m.end : m.start >= figure.end ? m.start - figure.end : 0;
    const score = (segmentOf[m.start] === own ? 0 : 10_000) + distance;
    if (score < bestScore) {
      best = m;
      bestScore = score;
    }
  }
  return best;
}

/** Bare "Google" is the business profile for reviews and ratings, Google Ads for a CPC or a spend. */
function resolve(entry: ChannelEntry, figure: Figure | null): ChannelEntry | null {
  if (entry.id !== 'google') return entry;
  if (figure === null) return null;
  const id =
    figure.metric === 'reviews' || figure.metric === 'rating'
      ? 'google_business'
      : figure.metric === 'CPC' || figure.metric === 'monthly spend'
        ? 'google_ads'
        : null;
  return CHANNELS.find((c) => c.id === id) ?? null;
}

/** A CPC or spend with no channel named beside it goes to the brief's only paid channel, if it has one. */
function orphanChannel(figure: Figure, paid: readonly ChannelEntry[]): ChannelEntry | null {
  if (figure.metric === 'CPC' || figure.metric === 'monthly spend')
    return paid.length === 1 ? (paid[0] ?? null) : null;
  if (figure.metric === 'subscribers' || figure.metric === 'open rate')
    return CHANNELS.find((c) => c.id === 'newsletter') ?? null;
  if (figure.metric === 'monthly visits' || figure.metric === 'visits')
    return CHANNELS.find((c) => c.id === 'website') ?? null;
  return null;
}

interface Found {
  readonly entry: ChannelEntry;
  readonly figure: Figure | null;
}

/** What one sentence says: its channels in order of mention, each with the figures placed next to it. */
function readSentence(text: string, paidInBrief: readonly ChannelEntry[]): Found[] {
  const folded = fold(text);
  const list = mentions(folded);
  const byMention = new Map<Mention, Figure[]>(list.map((m) => [m, []]));
  const orphans: Found[] = [];
  const segmentOf = segments(text);
  for (const figure of findFigures(text, folded)) {
    const mention = nearest(figure, list, segmentOf);
    if (mention) byMention.get(mention)?.push(figure);
    else {
      const entry = orphanChannel(figure, paidInBrief);
      if (entry) orphans.push({ entry, figure });
    }
  }
  const found: Found[] = [];
  for (const m of list) {
    const own = byMention.get(m) ?? [];
    if (own.length === 0) {
      const entry = resolve(m.entry, null);
      if (entry) found.push({ entry, figure: null });
    }
    for (const figure of own) {
      const entry = resolve(m.entry, figure);
      if (entry) found.push({ entry, figure });
    }
  }
  return [...found, ...orphans];
}

/** Current channels in order of first mention; a channel with several figures gives one entry per figure. */
export function findChannels(doc: BriefDocument, language: Language): CurrentChannel[] {
  const texts = doc.sentences.flatMap((s) => presentText(s) ?? []);
  const mentioned = new Set(texts.flatMap((t) => mentions(fold(t)).map((m) => m.entry.id)));
  const paidInBrief = CHANNELS.filter((c) => c.paid === true && mentioned.has(c.id));
  const order: ChannelEntry[] = [];
  const figures = new Map<string, CurrentChannel[]>();
  for (const text of texts) {
    for (const { entry, figure } of readSentence(text, paidInBrief)) {
      if (!figures.has(entry.id)) {
        order.push(entry);
        figures.set(entry.id, []);
      }
      if (figure === null) continue;
      // A newsletter's "abonnés" are subscribers, not followers.
      const metricId =
        figure.metric === 'followers' && entry.id === 'newsletter' ? 'subscribers' : figure.metric;
      const metric = METRIC_LABELS[metricId][language];
      const list = figures.get(entry.id) ?? [];
      if (!list.some((f) => f.metric === metric))
        list.push({ name: entry[language], metric, value: figure.value, status: null });
    }
  }
  return order.flatMap((entry) => {
    const list = figures.get(entry.id) ?? [];
    return list.length > 0 ? list : [{ name: entry[language], metric: null, value: null, status: null }];
  });
}
