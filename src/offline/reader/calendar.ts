// Busy months and deadlines as the brief states them: "avril à juin, on est débordés" → 4, 5, 6; "fill the retreats
// two months ahead" → a deadline. Months and seasons are named in calendar.yaml; a quiet period is never busy.
import type { Calendar, Deadline } from '../../../agents/brief.js';
import { READER_TERMS } from '../../knowledge/reader/reader-terms.js';
import type { BriefDocument } from './document.js';
import type { Found } from './found.js';
import { hasAnyKeyword, indexWords, keywordHits, type WordIndex } from './keyword-match.js';
import { clip, fold, trimPhrase } from './text.js';

const { months, periods, busy, quiet, deadline } = READER_TERMS.calendar;
const MONTH_WORDS = Object.entries(months).flatMap(([n, words]) =>
  words.map((w) => ({ word: w, month: Number(n) })),
);
const MONTH_SET = new Set(MONTH_WORDS.map((m) => m.word));
/** English words that are months only when capitalised ("in May", not "we may"). */
const CAPITALISED_ONLY = new Set(['may', 'march', 'jan', 'feb', 'apr', 'aug', 'sept', 'oct', 'nov', 'dec']);

interface Mention {
  readonly months: readonly number[];
  readonly start: number;
  readonly end: number;
}

function mentions(clause: string, index: WordIndex): Mention[] {
  const out: Mention[] = [];
  for (const { word, month } of MONTH_WORDS) {
    for (const h of keywordHits(index, word)) {
      if (CAPITALISED_ONLY.has(word) && !/^[A-Z]/.test(clause.slice(h.start))) continue;
      out.push({ months: [month], start: h.start, end: h.end });
    }
  }
  for (const p of periods)
    for (const w of p.words)
      for (const h of keywordHits(index, w)) out.push({ months: p.months, start: h.start, end: h.end });
  return out.sort((a, b) => a.start - b.start);
}

/** Months named in the clause; "avril à juin", "from April to June", "Sept–Oct", "entre octobre et décembre" run through. */
function monthsOf(clause: string): number[] {
  const list = mentions(clause, indexWords(fold(clause)));
  const out: number[] = [];
  list.forEach((m, i) => {
    const next = list[i + 1];
    const between = next ? fold(clause.slice(m.end, next.start)) : '';
    const range =
      next &&
      m.months.length === 1 &&
      next.months.length === 1 &&
      /^\s*(?:a|au|to|through|till|until|-|–|—|\/|et|and)\s*$/u.test(between);
    if (range && next) {
      const from = m.months[0] ?? 1;
      const to = next.months[0] ?? 1;
      for (let k = 0, month = from; k < 12; k += 1, month = (month % 12) + 1) {
        out.push(month);
        if (month === to) break;
      }
    } else out.push(...m.months);
  });
  return [...new Set(out)];
}

const clausesOf = (text: string) =>
  text
    .split(/\s*[;.]\s+|\s*,\s+(?=(?:mais|but|et|and)\s)/u)
    .map(trimPhrase)
    .filter((c) => c !== '');

/** "two months ahead", "3 semaines avant", "à l'avance": a deadline measured back from an event. */
const AHEAD =
  /(?:\d+|one|two|three|four|six|un|une|deux|trois|quatre|six)\s+(?:mois|months?|semaines?|weeks?)\s+(?:ahead|before|avant|a l'avance|en avance|in advance)/u;

export interface CalendarReading {
  readonly calendar: Calendar;
  /** The brief's words for each busy month. */
  readonly busyFrom: ReadonlyMap<number, string>;
  readonly deadlines: ReadonlyArray<Found<Deadline>>;
}

/** A clause's busy months: with a busy word in it, or in the next part when that part names no months of its own. */
function busyMonthsOf(written: string): number[] {
  // "Sept – Oct" (an en dash, spaced once the text is normalised) is one range, not two parts.
  const clause = written.replace(
    /([A-Za-zÀ-ÿ]+)\.?\s+-\s+(?=([A-Za-zÀ-ÿ]+))/gu,
    (all, a: string, b: string) => (MONTH_SET.has(fold(a)) && MONTH_SET.has(fold(b)) ? `${a}-` : all),
  );
  const parts = clause.split(/,\s+|\s+=\s+|\s+-\s+/u);
  const out: number[] = [];
  parts.forEach((part, i) => {
    const named = monthsOf(part);
    if (named.length === 0) return;
    const next = parts[i + 1];
    const words = [part, next !== undefined && monthsOf(next).length === 0 ? next : ''].join(' ');
    const index = indexWords(fold(words));
    if (hasAnyKeyword(index, busy) && !hasAnyKeyword(indexWords(fold(part)), quiet)) out.push(...named);
  });
  return out;
}

export function findCalendar(doc: BriefDocument): CalendarReading {
  const busyFrom = new Map<number, string>();
  const deadlines: Array<Found<Deadline>> = [];
  for (const s of doc.sentences) {
    if (s.heading || s.section === 'competitors') continue;
    for (const clause of clausesOf(s.text)) {
      const index = indexWords(fold(clause));
      for (const month of busyMonthsOf(clause)) if (!busyFrom.has(month)) busyFrom.set(month, clause);
      const named = monthsOf(clause);
      const ahead = AHEAD.exec(fold(clause));
      if ((named.length > 0 || ahead) && hasAnyKeyword(index, deadline)) {
        // "fill the retreats two months ahead and get my Sunday classes…": the deadline ends with its lead time.
        const what = clip(trimPhrase(ahead ? clause.slice(0, ahead.index + ahead[0].length) : clause), 140);
        if (!deadlines.some((d) => d.value.what === what))
          deadlines.push({
            value: { what, month: named.length === 1 ? (named[0] ?? null) : null },
            from: clause,
          });
      }
    }
  }
  const busyMonths = [...busyFrom.keys()].sort((a, b) => a - b);
  return { calendar: { busyMonths, deadlines: deadlines.map((d) => d.value) }, busyFrom, deadlines };
}
