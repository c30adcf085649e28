// A goal's date counted in months from the plan's first month: "d'ici fin 2027", "by June 2027", "for 2027", "Q3 2027".
// The reader is pure, so the first month is handed in ('YYYY-MM'); without it a date stays uncounted.
import { READER_TERMS } from '../../knowledge/reader/reader-terms.js';
import { fold } from './text.js';

const MONTHS = Object.entries(READER_TERMS.calendar.months).flatMap(([n, words]) =>
  words.map((w) => ({ word: w, month: Number(n) })),
);
const MONTH_WORD = MONTHS.map((m) => m.word)
  .sort((a, b) => b.length - a.length)
  .join('|');

/** The goal's last month as [year, month], from the first dated phrase of the statement, or null. Folded text. */
export function goalDeadline(statement: string, start?: string): readonly [number, number] | null {
  const text = fold(statement);
  const monthYear = new RegExp(
    `(?:d'ici|avant|by|before|until|in|en|for|pour|fin|end of|a fin|la fin de|the end of)\\s+(?:(?:la |le |l')?(?:fin |debut |mi-)?)?(?:(?:de |d')\\s*)?(${MONTH_WORD})\\.?\\s+((?:19|20)\\d\\d)(?![0-9])`,
    'u',
  ).exec(text);
  if (monthYear) {
    const month = MONTHS.find((m) => m.word === monthYear[1])?.month ?? 12;
    return [Number(monthYear[2]), month];
  }
  // "by next September", "d'ici septembre prochain", "avant juin": the month's next coming, counted from the start.
  const first = start === undefined ? null : /^(\d{4})-(\d{2})$/.exec(start);
  const bare = new RegExp(
    `(?:d'ici|avant|by|before|until|jusqu'en|jusqu'a)\\s+(?:(?:next|le mois de|la fin de|fin|the end of|end of)\\s+)?(${MONTH_WORD})(?![a-z])(?!\\.?\\s+(?:19|20)\\d\\d)`,
    'u',
  ).exec(text);
  if (bare && first) {
    const month = MONTHS.find((m) => m.word === bare[1])?.month ?? 12;
    const year = Number(first[1]) + (month > Number(first[2]) ? 0 : 1);
    return [year, month];
  }
  const quarter = /(?<![a-z])(?:q|t)([1-4])\s+((?:19|20)\d\d)(?![0-9])/u.exec(text);
  if (quarter) return [Number(quarter[2]), Number(quarter[1]) * 3];
  // "fin 2027", "by end of 2026", "by the end of 2026", "for 2027", "en 2027", "in 2027": the year's last month.
  const year =
    /(?<![a-z])(?:d'ici (?:a )?(?:la )?fin(?: de l'annee| d'annee)?|fin|end of|end|by|before|avant|d'ici|for|pour|in|en|during|courant|au cours de)\s+((?:19|20)\d\d)(?![0-9])/u.exec(
      text,
    );
  return year ? [Number(year[1]), 12] : null;
}

/** Months from `start` ('YYYY-MM', month 1) through the deadline's month, at least 1; null without a start or a date. */
export function monthsUntil(statement: string, start: string | undefined): number | null {
  if (start === undefined) return null;
  const m = /^(\d{4})-(\d{2})$/.exec(start);
  const deadline = goalDeadline(statement, start);
  if (!m || deadline === null) return null;
  const months = (deadline[0] - Number(m[1])) * 12 + (deadline[1] - Number(m[2])) + 1;
  return Math.max(1, months);
}
