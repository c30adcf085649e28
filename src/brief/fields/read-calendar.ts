// Reads busy seasons and deadlines: month names in French or English, ranges ("juillet-août"), seasons
// ("summer", "les fêtes"), numbers 1-12, and deadlines as strings, objects or a map {"Salon X": "mars"}.
import type { Deadline } from '../../../agents/brief.js';
// The offline reader's season words, so a structured brief and a text brief read a season the same way.
import { seasonOfLine } from '../../offline/reader/calendar.js';
import { normaliseKey } from './normalise-key.js';
import { type Fields, isRecord, listOf, pick, text } from './values.js';

const MONTHS: readonly (readonly string[])[] = [
  ['january', 'jan', 'janvier', 'janv'],
  ['february', 'feb', 'fevrier', 'fev', 'fevr'],
  ['march', 'mar', 'mars'],
  ['april', 'apr', 'avril', 'avr'],
  ['may', 'mai'],
  ['june', 'jun', 'juin'],
  ['july', 'jul', 'juillet', 'juil'],
  ['august', 'aug', 'aout'],
  ['september', 'sep', 'sept', 'septembre'],
  ['october', 'oct', 'octobre'],
  ['november', 'nov', 'novembre'],
  ['december', 'dec', 'decembre'],
];
const MONTH_OF = new Map(MONTHS.flatMap((names, index) => names.map((name) => [name, index + 1] as const)));

const SEASONS: readonly [RegExp, number[]][] = [
  [/\b(?:summer|été|ete|estival)/i, [6, 7, 8]],
  [/\b(?:winter|hiver)/i, [12, 1, 2]],
  [/\b(?:spring|printemps)/i, [3, 4, 5]],
  [/\b(?:autumn|fall|automne)\b/i, [9, 10, 11]],
  [
    /\b(?:christmas|xmas|no[ëe]l|f[êe]tes de fin d['’]ann[ée]e|holiday season|end[- ]of[- ]year holidays|les f[êe]tes)/i,
    [12],
  ],
  [/\brentr[ée]e\b|back[- ]to[- ]school/i, [9]],
  [/\bblack friday\b/i, [11]],
  [/\bsoldes\b|\bsales season\b/i, [1, 7]],
  [/\bsaint[- ]valentin|valentine/i, [2]],
  [/\bf[êe]te des m[èe]res|mother['’]s day/i, [5]],
];

/** Month numbers written in `line`, in calendar order; a range ("juin à août", "Jul-Sep") gives every month in it. */
export function monthsIn(line: string): number[] {
  const folded = line
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
  const found = new Set<number>();
  const words = [...folded.matchAll(/[a-z]+|\d{4}-\d{2}|\d{1,2}\/\d{4}|\d+/g)];
  let previous: { month: number; end: number } | null = null;
  for (const match of words) {
    const word = match[0];
    const iso = /^(\d{4})-(\d{2})$/.exec(word) ?? /^(\d{1,2})\/(\d{4})$/.exec(word);
    const month = iso
      ? Number(iso[1]?.length === 4 ? iso[2] : iso[1])
      : (MONTH_OF.get(word) ??
        (/^\d{1,2}$/.test(word) &&
        words.length <= 12 &&
        Number(word) >= 1 &&
        Number(word) <= 12 &&
        onlyNumbers(folded)
          ? Number(word)
          : undefined));
    if (month === undefined || month < 1 || month > 12) continue;
    const between = previous ? folded.slice(previous.end, match.index) : '';
    if (previous && /^\s*(?:-|–|to|a|au|through|thru|jusqu'?a|until)\s*$/.test(between)) {
      for (let m: number = previous.month; m !== month; m = (m % 12) + 1) found.add(m);
    }
    found.add(month);
    previous = { month, end: match.index + word.length };
  }
  for (const [pattern, months] of SEASONS) if (pattern.test(line)) for (const m of months) found.add(m);
  return [...found].sort((a, b) => a - b);
}

function onlyNumbers(line: string): boolean {
  return /^[\d\s,;/-]+$/.test(line);
}

function isDemandOrQuiet(line: string): boolean {
  const season = seasonOfLine(line);
  return season === 'peak' || season === 'quiet';
}

/** Busy months written as a list, a sentence or numbers. */
export function readBusyMonths(value: unknown): number[] {
  const months = new Set<number>();
  for (const item of listOf(value)) {
    if (typeof item === 'number' && Number.isInteger(item) && item >= 1 && item <= 12) months.add(item);
    else if (typeof item === 'string') {
      // A peak or turnover season is when customers come (a time to be ready), a quiet one no crunch: not busy.
      if (!onlyNumbers(item) && isDemandOrQuiet(item)) continue;
      for (const m of monthsIn(item)) months.add(m);
    } else if (isRecord(item))
      for (const m of monthsIn(Object.values(item).map(String).join(' '))) months.add(m);
  }
  return [...months].sort((a, b) => a - b);
}

const WHAT_KEYS = [
  'what',
  'quoi',
  'name',
  'nom',
  'event',
  'evenement',
  'label',
  'title',
  'titre',
  'description',
];
const WHEN_KEYS = ['month', 'mois', 'date', 'when', 'quand', 'deadline', 'echeance', 'by'];

/** Deadlines written as strings, objects or a map; the month is null when none is written. */
export function readDeadlines(value: unknown): Deadline[] {
  if (isRecord(value) && pick(value, WHAT_KEYS, normaliseKey) === undefined) {
    return Object.entries(value).map(([what, when]) => ({ what, month: monthOf(when) }));
  }
  return listOf(value).flatMap((item): Deadline[] => {
    if (isRecord(item)) {
      const what = text(pick(item, WHAT_KEYS, normaliseKey));
      return what === null ? [] : [{ what, month: monthOf(pick(item as Fields, WHEN_KEYS, normaliseKey)) }];
    }
    const line = text(item);
    return line === null ? [] : [{ what: line, month: monthsIn(line)[0] ?? null }];
  });
}

function monthOf(value: unknown): number | null {
  if (typeof value === 'number') return Number.isInteger(value) && value >= 1 && value <= 12 ? value : null;
  const line = text(value);
  return line === null ? null : (monthsIn(line)[0] ?? null);
}

/** A constraint saying a period is closed to marketing: nothing sells, no time, customers away, turned away. */
const OFF_PERIOD =
  /ne (?:signe|vend|commande|ach[eè]te)(?:nt)? (?:presque )?rien|rien ne se (?:signe|vend)|nothing (?:gets )?(?:signed|sold)|no one buys|nobody buys|personne n['’]ach[eè]te|aucune disponibilit|no time|pas le temps|d[ée]bord[ée]s?|pleine saison|peak season|busy season|is dead|est mort|everyone is away|tout le monde est en vacances/iu;

/** Months a constraint line closes ("le secteur ne signe presque rien en août ni à Noël" → 8, 12); none otherwise. */
export function busyMonthsInConstraint(line: string): number[] {
  // "peak season" / "pleine saison" said of demand is a time to be ready, not a closed one (calendar.yaml `peak`).
  return OFF_PERIOD.test(line) && seasonOfLine(line) !== 'peak' ? readBusyMonths(line) : [];
}
