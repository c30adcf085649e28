// Current channels and their figures: which channels the brief says it uses today, the numbers it gives, and
// whether it says a channel is fed (active) or left aside (dormant), each with the clause it came from.
import type { ChannelStatus, CurrentChannel, Language } from '../../../agents/brief.js';
import { type ChannelTerm, type NamedTerm, READER_TERMS } from '../../knowledge/reader/reader-terms.js';
import { type ChannelFigure as Figure, figureLabel, findFigures } from './channel-figures.js';
import type { BriefDocument, Sentence } from './document.js';
import { outsideGoal } from './goals.js';
import { hasAnyKeyword, indexWords, keywordHits } from './keyword-match.js';
import { fold } from './text.js';

const CHANNELS = READER_TERMS.channels;

interface Mention {
  readonly entry: ChannelTerm;
  readonly start: number;
  readonly end: number;
  /** A name found by shape that wins over a known channel it holds whole ("Ideal Home Show" over "home show"). */
  readonly overrides?: boolean;
}

/** "pas de TikTok", "pas de publicité sur TikTok", "nous n'utilisons pas LinkedIn": the channel is not in use. */
const NEGATION =
  /(?:pas(?! mal)|pas encore|jamais|aucune?|no|not|never|sans|without|ni|n't)\s+(?:[A-Za-zÀ-ÖØ-öø-ɏ']+\s+){0,3}$/u;

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

/** "pas de newsletter", "no agency", "je ne veux pas passer par Uber Eats": what follows is not in use. Folded. */
export function negated(folded: string, at: number): boolean {
  return NEGATION.test(folded.slice(Math.max(0, at - 40), at)) || refused(folded, at);
}

/** Future or wished-for channels are plans, not current channels. */
const FUTURE =
  /(?:allons|vont|va lancer|envisag|pourrions|aimerions|voudrions|voudrais|souhait|plan to|planning to|will launch|will start|going to|would like|want to|veut|voulons|compte lancer|prochainement|bientot|soon)/u;

/** Competitor sentences describe the competitors' channels, not the company's. */
const COMPETITOR = /(?:concurren|competit|rival)/u;

const NOT_NAMES = new Set(READER_TERMS.notNames);
const CLASS_WORDS = new Set(READER_TERMS.classWords);

/** The brief's own name for a named channel, without a leading article or a sentence-start word; null if none is left. */
function cleanName(raw: string): string | null {
  const words = raw.trim().split(/\s+/u);
  while (words.length > 1 && NOT_NAMES.has(fold(words[0] ?? ''))) words.shift();
  const name = words.join(' ');
  return name === '' || NOT_NAMES.has(fold(name)) || CLASS_WORDS.has(fold(name)) ? null : name;
}

/** A synthetic term per named channel: its id says the class and the name, so two shows stay two channels. */
function namedTerm(named: NamedTerm, name: string): ChannelTerm {
  return {
    id: `${named.id}:${fold(name)}`,
    fr: named.fr.replace('{name}', name),
    en: named.en.replace('{name}', name),
    keywords: [],
    paid: false,
    notBefore: [],
    ...(named.asset ? { asset: named.asset } : {}),
  };
}

/** Channels the brief names by a proper noun ("Coworker.com listing", "le Festival du Pilat"), found by shape. */
function namedMentions(text: string): Mention[] {
  // Positions are shared with the folded text: a text whose folding changes its length is not searched.
  if (fold(text).length !== text.length) return [];
  const out: Mention[] = [];
  for (const named of READER_TERMS.named) {
    for (const pattern of named.patterns) {
      for (const match of text.matchAll(pattern)) {
        const raw = match[1] ?? match[0];
        const name = cleanName(raw);
        if (name === null) continue;
        const start = (match.index ?? 0) + match[0].lastIndexOf(raw) + raw.lastIndexOf(name);
        out.push({
          entry: namedTerm(named, name),
          start,
          end: start + name.length,
          overrides: named.overridesKnown,
        });
      }
    }
  }
  return out;
}

/** The first channel the text names by a proper noun ("Franchise Expo Paris"), as the brief writes it. */
export function namedIn(text: string): string | null {
  const first = namedMentions(text).sort((a, b) => a.start - b.start || b.end - a.end)[0];
  return first ? text.slice(first.start, first.end) : null;
}

function mentions(text: string): Mention[] {
  const folded = fold(text);
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
  // A name found by shape keeps the brief's own words over a class it holds ("Ideal Home Show" over "home show") but
  // never cuts into a channel the word list knows ("Google listing" stays the Google profile: notNames); the longest
  // of two overlapping names wins ("Franchise Expo Paris" over "Franchise Expo").
  const named = namedMentions(text).sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  for (const m of named) {
    const overlaps = kept.filter((k) => m.start < k.end && k.start < m.end);
    const holds = (k: Mention) => m.start <= k.start && k.end <= m.end && m.end - m.start > k.end - k.start;
    if (overlaps.length > 0 && !(m.overrides && overlaps.every(holds))) continue;
    for (const k of overlaps) kept.splice(kept.indexOf(k), 1);
    kept.push(m);
  }
  return kept.filter((m) => !negated(folded, m.start)).sort((a, b) => a.start - b.start);
}

/** What a sentence says about the present: not a heading, a competitor's or a goal's words, nor a plan. */
export function presentText(s: Sentence): string | null {
  if (s.heading || s.section === 'competitors' || s.section === 'goals') return null;
  const text = outsideGoal(s);
  const folded = fold(text);
  return text === '' || FUTURE.test(folded) || COMPETITOR.test(folded) ? null : text;
}

/**
 * Segment number of each position: segments are separated by ", " or ";" outside parentheses, so in
 * "Google Ads (CPC $7.40), LinkedIn (3.2k followers)" each figure stays with the channel it follows.
 */
export function segments(text: string): number[] {
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

/**
 * The channel a figure belongs to: the nearest mention in its own segment. Else a mention in the segment just before
 * or after, when that one holds no figure of its own, the one before first ("Google Ads on …, EUR 35k/month; Monthly webinars": the spend
 * is the ads', not the webinars'). A segment whose channel already has its figure ("email list of 22,000
 * subscribers, 1,900 product reviews") gives it no other: the reviews are not the newsletter's.
 */
function nearest(
  figure: Figure,
  list: readonly Mention[],
  segmentOf: readonly number[],
  figured: ReadonlySet<number>,
  figureText: (f: Figure, m: Mention) => string,
): Mention | null {
  let best: Mention | null = null;
  let bestScore = Number.POSITIVE_INFINITY;
  const own = segmentOf[figure.start];
  for (const m of list) {
    const segment = segmentOf[m.start];
    const inOwn = segment === own;
    // Only the next segment over: three items down a list is another thing ("Meta ads, …, 1,900 reviews").
    if (
      !inOwn &&
      (segment === undefined || own === undefined || Math.abs(segment - own) > 1 || figured.has(segment))
    )
      continue;
    const after = m.start >= figure.end;
    const distance = m.end <= figure.start ? figure.start - m.end : after ? m.start - figure.end : 0;
    // "Google Ads (CPC around $18) and LinkedIn Ads": a figure in brackets is the mention's before them.
    const closed = after && figureText(figure, m).includes(')');
    const score = (inOwn ? 0 : 10_000 + (after ? 5000 : 0)) + (closed ? 1000 : 0) + distance;
    if (score < bestScore) {
      best = m;
      bestScore = score;
    }
  }
  return best;
}

/** Segments where a channel is named beside a figure: that channel's figure is said, it takes no other. */
function figuredSegments(figures: readonly Figure[], list: readonly Mention[], segmentOf: readonly number[]) {
  const withMention = new Set(list.map((m) => segmentOf[m.start]));
  return new Set(
    figures.flatMap((f) => {
      const segment = segmentOf[f.start];
      return segment !== undefined && withMention.has(segment) ? [segment] : [];
    }),
  );
}

/** Bare "Google" is the business profile for reviews and ratings, Google Ads for a CPC or a spend. */
function resolve(entry: ChannelTerm, figure: Figure | null): ChannelTerm | null {
  if (entry.id !== 'google') return entry;
  if (figure === null) return null;
  const id =
    figure.metric === 'reviews' || figure.metric === 'rating'
      ? 'google_business'
      : figure.metric === 'cpc' || figure.metric === 'monthly_spend'
        ? 'google_ads'
        : null;
  return CHANNELS.find((c) => c.id === id) ?? null;
}

/** A CPC or spend with no channel named beside it goes to the brief's only paid channel, if it has one. */
function orphanChannel(figure: Figure, paid: readonly ChannelTerm[]): ChannelTerm | null {
  if (figure.metric === 'cpc' || figure.metric === 'monthly_spend')
    return paid.length === 1 ? (paid[0] ?? null) : null;
  if (figure.metric === 'subscribers' || figure.metric === 'open_rate')
    return CHANNELS.find((c) => c.id === 'newsletter') ?? null;
  if (figure.metric === 'monthly_visits' || figure.metric === 'visits')
    return CHANNELS.find((c) => c.id === 'website') ?? null;
  return null;
}

interface Mentioned {
  readonly entry: ChannelTerm;
  readonly figure: Figure | null;
  /** The clause around the mention: what the brief says of this channel. */
  readonly clause: string;
  /** From the mention to the next channel's or the end of the sentence part (";"): where its state is said. */
  readonly tail: string;
}

/** "une newsletter de 2 400 contacts, …, mais nous n'avons rien envoyé depuis 2022": the state may follow the clause. */
function tailOf(text: string, list: readonly Mention[], m: Mention): string {
  const next = list.find((o) => o.start >= m.end && o.entry.id !== m.entry.id)?.start ?? text.length;
  const stop = text.slice(m.start, next).search(/;|\.\s|\n/u);
  return text.slice(m.start, stop < 0 ? next : m.start + stop);
}

/** The clause holding a position: cut at ", " / ";" outside brackets, and at sentence ends. */
export function clauseAt(text: string, segmentOf: readonly number[], at: number): string {
  const own = segmentOf[at];
  let start = at;
  let end = at;
  while (start > 0 && segmentOf[start - 1] === own) start -= 1;
  while (end < text.length && segmentOf[end] === own) end += 1;
  return text.slice(start, end).replace(/^[\s,;]+|[\s,;]+$/g, '');
}

/** What one sentence says: its channels in order of mention, each with the figures placed next to it. */
function readSentence(text: string, paidInBrief: readonly ChannelTerm[]): Mentioned[] {
  const folded = fold(text);
  const list = mentions(text);
  const byMention = new Map<Mention, Figure[]>(list.map((m) => [m, []]));
  const orphans: Mentioned[] = [];
  const segmentOf = segments(text);
  const figures = findFigures(text, folded);
  const figured = figuredSegments(figures, list, segmentOf);
  for (const figure of figures) {
    const mention = nearest(figure, list, segmentOf, figured, (f, m) => text.slice(f.end, m.start));
    if (mention) byMention.get(mention)?.push(figure);
    else {
      const entry = orphanChannel(figure, paidInBrief);
      if (entry) {
        const clause = clauseAt(text, segmentOf, figure.start);
        orphans.push({ entry, figure, clause, tail: clause });
      }
    }
  }
  const found: Mentioned[] = [];
  for (const m of list) {
    const clause = clauseAt(text, segmentOf, m.start);
    const tail = tailOf(text, list, m);
    const own = byMention.get(m) ?? [];
    if (own.length === 0) {
      const entry = resolve(m.entry, null);
      if (entry) found.push({ entry, figure: null, clause, tail });
    }
    for (const figure of own) {
      const entry = resolve(m.entry, figure);
      // A figure from the next segment is quoted with its own words: "Google Ads on … … EUR 35k/month".
      const quoted =
        segmentOf[figure.start] === segmentOf[m.start]
          ? clause
          : `${clause} … ${clauseAt(text, segmentOf, figure.start)}`;
      if (entry) found.push({ entry, figure, clause: quoted, tail });
    }
  }
  return [...found, ...orphans];
}

/** "une newsletter qu'on n'a pas envoyée depuis un an" → dormant; "je poste chaque semaine" → active; else unsaid. */
export function statusOf(clause: string): ChannelStatus | null {
  const index = indexWords(clause);
  if (hasAnyKeyword(index, READER_TERMS.signals.dormant)) return 'dormant';
  return hasAnyKeyword(index, READER_TERMS.signals.active) ? 'active' : null;
}

/** A channel the brief uses today, with what it says of it. */
export interface ReadChannel {
  readonly channel: CurrentChannel;
  readonly entry: ChannelTerm;
  readonly from: string;
}

/** Current channels in order of first mention; a channel with several figures gives one entry per figure. */
export function findChannels(doc: BriefDocument, language: Language): ReadChannel[] {
  const texts = doc.sentences.flatMap((s) => presentText(s) ?? []);
  const mentioned = new Set(texts.flatMap((t) => mentions(t).map((m) => m.entry.id)));
  const paidInBrief = CHANNELS.filter((c) => c.paid && mentioned.has(c.id));
  const order: ChannelTerm[] = [];
  const read = new Map<
    string,
    { figures: Array<{ metric: string; value: number; from: string }>; clauses: string[]; tails: string[] }
  >();
  for (const text of texts) {
    for (const { entry, figure, clause, tail } of readSentence(text, paidInBrief)) {
      if (!read.has(entry.id)) {
        order.push(entry);
        read.set(entry.id, { figures: [], clauses: [], tails: [] });
      }
      const seen = read.get(entry.id);
      if (seen === undefined) continue;
      seen.clauses.push(clause);
      seen.tails.push(tail);
      if (figure === null) continue;
      // A newsletter's "abonnés" are subscribers, not followers.
      const metric =
        figure.metric === 'followers' && entry.id === 'newsletter' ? 'subscribers' : figure.metric;
      if (!seen.figures.some((f) => f.metric === metric))
        seen.figures.push({ metric, value: figure.value, from: clause });
    }
  }
  return order.flatMap((entry): ReadChannel[] => {
    const seen = read.get(entry.id) ?? { figures: [], clauses: [], tails: [] };
    // A channel with measured visits brings people now: an unkept part of it (a stale blog) does not make it dormant.
    const used = seen.figures.some((f) => /visit/u.test(f.metric));
    const statuses = [...seen.clauses, ...seen.tails]
      .map(statusOf)
      .filter((st) => !(used && st === 'dormant'));
    const status = statuses.includes('dormant') ? 'dormant' : statuses.includes('active') ? 'active' : null;
    const name = entry[language];
    if (seen.figures.length === 0)
      return [
        {
          channel: { name, metric: null, value: null, status },
          entry,
          from: [...new Set(seen.clauses)].join(' … '),
        },
      ];
    return seen.figures.map((f) => ({
      channel: { name, metric: figureLabel(f.metric, language), value: f.value, status },
      entry,
      from: f.from,
    }));
  });
}
