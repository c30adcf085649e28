// Calendar months as people read them: "janv. 2027", "mars – mai 2027"; plain text, no Intl (output never depends on ICU).
import type { Language } from '../../agents/brief.js';
import { MONTH_ABBREVIATIONS, MONTH_NAMES } from '../language/month-names.js';

/** Index since year 0 of `YYYY-MM` plus an offset; null when the text is not a month. */
function index(start: string, offset: number): number | null {
  const match = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(start);
  if (!match || !Number.isFinite(offset)) return null;
  return Number(match[1]) * 12 + Number(match[2]) - 1 + Math.floor(offset);
}

/** `YYYY-MM` of the month `offset` months after `start`. */
export function calendarMonth(start: string, offset: number): string | null {
  const i = index(start, offset);
  if (i === null) return null;
  return `${String(Math.floor(i / 12)).padStart(4, '0')}-${String((i % 12) + 1).padStart(2, '0')}`;
}

/** "janv. 27" / "Jan 27": a tick on a time axis. */
export function monthTickLabel(start: string, offset: number, language: Language): string {
  const i = index(start, offset);
  if (i === null) return `M${offset + 1}`;
  return `${MONTH_ABBREVIATIONS[language][i % 12]} ${String(Math.floor(i / 12) % 100).padStart(2, '0')}`;
}

/** "janvier 2027" / "January 2027". */
export function monthName(month: string, language: Language): string {
  const i = index(month, 0);
  return i === null ? month : `${MONTH_NAMES[language][i % 12]} ${Math.floor(i / 12)}`;
}

/** The months from `startOffset` (included) to `endOffset` (excluded): "janvier – mars 2027", "nov. 2027 – févr. 2028". */
export function monthSpan(start: string, startOffset: number, endOffset: number, language: Language): string {
  const a = index(start, startOffset);
  const b = index(start, Math.max(startOffset, endOffset - 1));
  if (a === null || b === null) return '';
  const year = (i: number) => Math.floor(i / 12);
  if (a === b) return `${MONTH_NAMES[language][a % 12]} ${year(a)}`;
  if (year(a) === year(b))
    return `${MONTH_NAMES[language][a % 12]} – ${MONTH_NAMES[language][b % 12]} ${year(b)}`;
  return `${MONTH_ABBREVIATIONS[language][a % 12]} ${year(a)} – ${MONTH_ABBREVIATIONS[language][b % 12]} ${year(b)}`;
}

/** Months of the year (1–12) in words, in calendar order: "septembre et octobre" / "September and October". */
export function monthsOfYear(months: readonly number[], language: Language): string {
  const names = [...new Set(months.filter((m) => Number.isInteger(m) && m >= 1 && m <= 12))]
    .sort((a, b) => a - b)
    .map((m) => MONTH_NAMES[language][m - 1] as string);
  if (names.length <= 1) return names.join('');
  const and = language === 'fr' ? ' et ' : ' and ';
  return `${names.slice(0, -1).join(', ')}${and}${names[names.length - 1]}`;
}
