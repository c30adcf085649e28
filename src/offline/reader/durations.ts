// Horizons and periods in months: "d'ici 18 mois", "within 6 months", "next 4 quarters", "sur 2 ans".
// Rule: a horizon is only read when it can be counted without today's date. "Q3 2026", "fin 2026",
// "by 2027", "this year" stay in the goal's text and give no number, so a reading never depends on the clock;
// "l'an prochain", "by the end of next year" are a year ahead whatever the day (reading-limits.yaml).
import { READING_LIMITS } from '../../knowledge/reader/reading-limits.js';
import { indexWords, keywordHits } from './keyword-match.js';
import { NUMBER_SOURCE, NUMBER_WORD_SOURCE, parseCount } from './numbers.js';
import { fold } from './text.js';

export interface Duration {
  readonly months: number;
  readonly start: number;
  readonly end: number;
  /** Written in words without a count ("next year"): a written count in the same text wins over it. */
  readonly named?: boolean;
}

const UNIT_SOURCE = `mois|months?|mo|ans|an|annees?|years?|yrs?|trimestres?|quarters?|semaines?|weeks?`;

/** Words before a count that make it a horizon ahead, not an age ("depuis 18 mois", "5 years of experience"). */
// "for", "pendant" and "les" are left out: "for 3 years", "pendant 10 ans", "les 12 derniers mois" look back.
const AHEAD_SOURCE = String.raw`d'ici(?: a)?|dans|en|sous|sur|a|within|in|over|under|next|the next|horizon\s*:?|au cours des|au bout de|after|apres`;

function unitMonths(unit: string): number {
  const u = unit.toLowerCase();
  if (u.startsWith('tri') || u.startsWith('quarter')) return 3;
  if (u.startsWith('sem') || u.startsWith('week')) return 0.25;
  if (u === 'mois' || u.startsWith('month') || u === 'mo') return 1;
  return 12;
}

/** Weeks count as a quarter of a month; a horizon is rounded to whole months and is at least one. */
function toMonths(count: number, unit: string): number {
  return Math.max(1, Math.round(count * unitMonths(unit)));
}

/**
 * Every forward-looking duration in `text`: a count and a unit preceded by "d'ici", "dans", "within",
 * "next"... or followed by "prochains" / "à venir" / "from now". Works on folded text, positions hold.
 */
export function findDurations(text: string): Duration[] {
  const folded = fold(text);
  const count = `(${NUMBER_SOURCE}|${NUMBER_WORD_SOURCE})`;
  const ahead = new RegExp(
    `(?<![A-Za-zÀ-ÖØ-öø-ɏ])(?:${AHEAD_SOURCE})\\s+(?:the\\s+|les\\s+|l'|un peu plus de\\s+|moins de\\s+|less than\\s+|about\\s+|environ\\s+)?${count}\\s*(?:prochain(?:e)?s\\s+|next\\s+)?(${UNIT_SOURCE})(?![A-Za-zÀ-ÖØ-öø-ɏ])`,
    'gu',
  );
  const after = new RegExp(
    `(?<![A-Za-zÀ-ÖØ-öø-ɏ])${count}\\s*(?:prochain(?:e)?s\\s+)?(${UNIT_SOURCE})(?:\\s+(?:a venir|from now|prochain(?:e)?s))`,
    'gu',
  );
  const next = new RegExp(
    `(?<![A-Za-zÀ-ÖØ-öø-ɏ])${count}\\s+prochain(?:e)?s\\s+(${UNIT_SOURCE})(?![A-Za-zÀ-ÖØ-öø-ɏ])`,
    'gu',
  );
  const out: Duration[] = [];
  for (const re of [ahead, after, next]) {
    for (const m of folded.matchAll(re)) {
      const n = parseCount(m[1] ?? '');
      if (n === null || n <= 0) continue;
      const item = { months: toMonths(n, m[2] ?? ''), start: m.index, end: m.index + m[0].length };
      if (!out.some((d) => item.start < d.end && d.start < item.end)) out.push(item);
    }
  }
  // "Nos objectifs pour l'an prochain", "by the end of next year": a year ahead, said in words.
  const index = indexWords(folded);
  for (const { months, words } of READING_LIMITS.namedHorizons)
    for (const word of words)
      for (const hit of keywordHits(index, word)) {
        const item = { months, start: hit.start, end: hit.end, named: true };
        if (!out.some((d) => item.start < d.end && d.start < item.end)) out.push(item);
      }
  return out.sort((a, b) => a.start - b.start);
}

/** The first forward-looking duration in `text`, in months (a written count before a named one), or null. */
export function firstDuration(text: string): number | null {
  const found = findDurations(text);
  return (found.find((d) => d.named !== true) ?? found[0])?.months ?? null;
}

/**
 * An explicit planning horizon for the whole brief: "horizon : 18 mois", "plan sur 12 mois",
 * "roadmap for the next 18 months", "over the next 4 quarters".
 */
export function planHorizon(text: string): number | null {
  const folded = fold(text);
  const re =
    /(?:horizon|plan(?:ning)?|feuille de route|roadmap|strategie|strategy|plan marketing|marketing plan)[^.\n]{0,40}/gu;
  for (const m of folded.matchAll(re)) {
    const months = firstDuration(m[0]);
    if (months !== null) return months;
  }
  return null;
}
