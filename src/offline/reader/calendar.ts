// Busy months and deadlines as the brief states them: "avril à juin, on est débordés" → 4, 5, 6; "fill the retreats
// two months ahead" → a deadline. Months and seasons are named in calendar.yaml; a quiet period is never busy.
// Busy means the team has no time; a demand peak ("spring is our peak") is when customers buy, so it is read as a
// date to be ready for (a deadline in its first month), never as busy months; dated events ("subscriptions open on
// 15 June 2027", "launch on 12 May 2027") are deadlines with the brief's words and their year when written.
import type { Calendar, Deadline } from '../../../agents/brief.js';
import { READER_TERMS } from '../../knowledge/reader/reader-terms.js';
import type { BriefDocument } from './document.js';
import type { Found } from './found.js';
import { hasAnyKeyword, indexWords, keywordHits, type WordIndex } from './keyword-match.js';
import { clip, fold, trimPhrase } from './text.js';

const { months, periods, busy, helpers, peak, quiet, deadline, events } = READER_TERMS.calendar;
const MONTH_WORDS = Object.entries(months).flatMap(([n, words]) =>
  words.map((w) => ({ word: w, month: Number(n) })),
);
const MONTH_SET = new Set(MONTH_WORDS.map((m) => m.word));
/** English words that are months only when capitalised ("in May", not "we may"). */
const CAPITALISED_ONLY = new Set([
  'may',
  'march',
  'jan',
  'feb',
  'apr',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
]);

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
    const own = indexWords(fold(part));
    if (hasAnyKeyword(index, busy) && !hasAnyKeyword(own, quiet) && !hasAnyKeyword(own, helpers))
      out.push(...named);
  });
  return out;
}

/** A clause's demand peak: the first month of the period named with a peak word ("spring is our peak" → 3). */
function peakOf(clause: string): { what: string; month: number } | null {
  const parts = clause.split(/,\s+|\s+=\s+|\s+-\s+/u);
  for (const [i, part] of parts.entries()) {
    const index = indexWords(fold(part));
    if (!hasAnyKeyword(index, peak) || hasAnyKeyword(index, quiet)) continue;
    // "La bûche en décembre = notre gros pic": the months may stand in the part just before the peak word.
    const before = parts[i - 1];
    const own = mentions(part, index)[0]?.months[0];
    const beforeIndex = before === undefined ? null : indexWords(fold(before));
    const prior =
      before === undefined || beforeIndex === null || hasAnyKeyword(beforeIndex, quiet)
        ? undefined
        : mentions(before, beforeIndex)[0]?.months[0];
    // "…août-septembre (stages, rentrée)": a bracket the split left open is dropped with its first word.
    if (own !== undefined) return { what: trimPhrase(part).replace(/\s*\([^)]*$/u, ''), month: own };
    if (prior !== undefined && before !== undefined)
      return { what: trimPhrase(`${before} ${clause.includes(' = ') ? '=' : ','} ${part}`), month: prior };
  }
  return null;
}

/** "H1 2027" → June, "Q3 2027" → September: a window named by its half or quarter ends in that month. */
const WINDOW = /\b(?:H([12])|Q([1-4])|S([12]))\s*(?:20\d\d)\b/u;

/**
 * The dated events in the clause: each event word ("launch", "ouverture", "opening") with a month or a half-year window
 * near it. Its words run from the first to the last of them ("ouverture des abonnements le 15 juin 2027"), with the
 * year when written so the plan can tell February 2028 from February 2027.
 */
function eventsOf(clause: string): Array<{ what: string; month: number }> {
  const folded = fold(clause);
  const index = indexWords(folded);
  const hits = events.flatMap((w) => keywordHits(index, w)).sort((a, b) => a.start - b.start);
  const out: Array<{ what: string; month: number }> = [];
  if (hits.length === 0) return out;
  const window = WINDOW.exec(clause);
  const dated = mentions(clause, index).filter((m) => m.months.length === 1);
  // "Salon de Montreuil (fin novembre) chaque année, Foire de Bologne (avril)": each event with its own date; a date
  // already taken (or a second event word inside the first's words) is the same event.
  const used = new Set<number>();
  let covered = -1;
  for (const hit of hits) {
    if (hit.start < covered) continue;
    // "lancement prévu mars 2027": the date after the event word first, else one just before it ("12 May launch").
    const near =
      dated.find((m) => m.start > hit.start && m.start - hit.end < 60) ??
      dated.filter((m) => m.end <= hit.start && hit.start - m.end < 25).pop();
    if (near !== undefined && used.has(near.start)) continue;
    const month = near?.months[0] ?? (out.length === 0 ? windowMonth(window) : null);
    if (month === null || month === undefined) continue;
    if (near !== undefined) used.add(near.start);
    const dateStart = near?.start ?? window?.index ?? hit.start;
    const dateEnd = near ? yearEnd(clause, near.end) : (window?.index ?? 0) + (window?.[0].length ?? 0);
    // "it-sa Nuremberg trade fair", "the German NIS2 implementation deadlines": the words that name the event before
    // its word, back to the clause's last punctuation, at most 40 characters.
    const lead = /[^,;:.()]{0,40}$/u.exec(clause.slice(0, hit.start))?.[0] ?? '';
    const named =
      hit.start - lead.length + (/^\S*\s/u.test(lead) && lead.length === 40 ? lead.indexOf(' ') + 1 : 0);
    const from = Math.min(named, dayStart(clause, dateStart));
    const to = Math.max(hit.end, dateEnd);
    out.push({ what: clip(trimPhrase(unbracketed(clause.slice(from, to))), 140), month });
    covered = to;
  }
  return out;
}

/** "trade fair (October" → "trade fair October": a bracket the slice opened or closed alone is dropped. */
function unbracketed(text: string): string {
  const open = (text.match(/\(/gu) ?? []).length;
  const close = (text.match(/\)/gu) ?? []).length;
  return open === close ? text : text.replace(/\s*[()]\s*/gu, ' ').replace(/\s+/gu, ' ');
}

function windowMonth(window: RegExpExecArray | null): number | null {
  if (window === null) return null;
  if (window[1] !== undefined || window[3] !== undefined) return Number(window[1] ?? window[3]) * 6;
  return Number(window[2]) * 3;
}

/** "12 May 2027": the day before the month belongs to the date. */
function dayStart(clause: string, at: number): number {
  const m = /(\d{1,2}(?:er)?\s+)$/u.exec(clause.slice(Math.max(0, at - 6), at));
  return m ? at - m[1]!.length : at;
}

/** "May 2027": the year after the month belongs to the date. */
function yearEnd(clause: string, at: number): number {
  const m = /^\s+(20\d\d)\b/u.exec(clause.slice(at));
  return m ? at + m[0].length : at;
}

/**
 * What season one line states by the reader's words: busy (the team has no time), peak (customers buy, rooms turn
 * over: a time to be ready), quiet, or null when it says none. Shared with the structured-brief path (read-calendar.ts)
 * so both readers agree on "gros turnover en juin" (peak) and "summer is insane, can't take calls" (busy).
 */
export function seasonOfLine(line: string): 'busy' | 'peak' | 'quiet' | null {
  if (busyMonthsOf(line).length > 0) return 'busy';
  const index = indexWords(fold(line));
  if (hasAnyKeyword(index, peak)) return 'peak';
  if (hasAnyKeyword(index, quiet)) return 'quiet';
  return hasAnyKeyword(index, busy) ? 'busy' : null;
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
      const dated = ahead ? [] : eventsOf(clause);
      const peakFound = dated.length > 0 || ahead ? null : peakOf(clause);
      const found = peakFound === null ? dated : [peakFound];
      for (const f of found) {
        const what = clip(f.what, 140);
        if (!deadlines.some((d) => d.value.what === what))
          deadlines.push({ value: { what, month: f.month }, from: clause });
      }
      if (found.length > 0) continue;
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
