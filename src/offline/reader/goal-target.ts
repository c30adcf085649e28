// The number a goal aims at: "500 clients", "+30 %", "$5M ARR", "doubler" (×2), "de 18 % à 30 %" (30).
import { findDurations } from './durations.js';
import { findMoney } from './money.js';
import { findNumbers } from './numbers.js';
import { fold } from './text.js';

export interface Target {
  readonly value: number;
  /** "EUR", "%", "x", or the counted noun as written ("clients", "abonnés"); null when none follows. */
  readonly unit: string | null;
  readonly start: number;
  readonly end: number;
}

interface Candidate extends Target {
  readonly kind: 'money' | 'percent' | 'count';
}

/** Words between a number and the thing it counts that are not the thing: "500 nouveaux clients". */
const COUNT_FILLERS = new Set([
  'nouveaux',
  'nouvelles',
  'new',
  'additional',
  'supplementaires',
  'supplémentaires',
  'de',
  'd',
  'more',
  'more than',
  'plus',
  'autres',
  'other',
  'premiers',
  'premières',
  'first',
  'extra',
  'paying',
  'payants',
  'actifs',
  'active',
  'monthly',
  'mensuels',
  'réguliers',
  'regular',
  'qualified',
  'qualifiés',
  'b2b',
  'b2c',
]);

const MULTIPLY: ReadonlyArray<readonly [RegExp, number]> = [
  [
    /(?<![A-Za-zÀ-ÖØ-öø-ɏ])(?:doubler|doublons|double|doubling|doubled|x2|×2|2x|2 fois plus)(?![A-Za-zÀ-ÖØ-öø-ɏ0-9])/u,
    2,
  ],
  [
    /(?<![A-Za-zÀ-ÖØ-öø-ɏ])(?:tripler|triplons|triple|tripling|x3|×3|3x|3 fois plus)(?![A-Za-zÀ-ÖØ-öø-ɏ0-9])/u,
    3,
  ],
  [/(?<![A-Za-zÀ-ÖØ-öø-ɏ])(?:quadrupler|quadruple|x4|×4|4x)(?![A-Za-zÀ-ÖØ-öø-ɏ0-9])/u, 4],
  [/(?<![A-Za-zÀ-ÖØ-öø-ɏ])(?:x10|×10|10x|dix fois plus|ten times)(?![A-Za-zÀ-ÖØ-öø-ɏ0-9])/u, 10],
];

/** Words that end a count without naming what is counted: "2,000 within 12 months", "500 d'ici juin". */
const NOT_UNITS = new Set([
  'within',
  'in',
  'by',
  'before',
  'over',
  'from',
  'to',
  'and',
  'or',
  'per',
  'a',
  'an',
  'the',
  'for',
  'at',
  'on',
  'en',
  'dans',
  'par',
  'avant',
  'sur',
  'à',
  'a',
  'et',
  'ou',
  'pour',
  'au',
  'aux',
  'le',
  'la',
  'les',
  'un',
  'une',
  'fois',
  'times',
  'vs',
  'contre',
]);

function countUnit(text: string, end: number): string | null {
  const words = text.slice(end).trim().split(/\s+/).slice(0, 3);
  for (const raw of words) {
    const word = raw.replace(/^[(]|[.,;:!?)]+$/g, '');
    if (word === '' || /\d/.test(word)) return null;
    if (NOT_UNITS.has(word.toLowerCase()) || /^d'ici/i.test(word)) return null;
    if (COUNT_FILLERS.has(word.toLowerCase()) || /^d'/.test(word)) continue;
    return /^[A-Za-zÀ-ÖØ-öø-ɏ]/u.test(word) ? word : null;
  }
  return null;
}

function candidates(text: string): Candidate[] {
  const out: Candidate[] = [];
  const taken = (start: number, end: number) => out.some((c) => start < c.end && c.start < end);
  for (const m of findMoney(text)) {
    out.push({ value: m.amount, unit: m.currency, start: m.start, end: m.end, kind: 'money' });
  }
  const percent =
    /(?<![A-Za-zÀ-ÖØ-öø-ɏ0-9.,])([+-]?\d+(?:[.,]\d+)?)\s?(?:%|pour ?cent|percent|per cent|points?|pts)(?![A-Za-zÀ-ÖØ-öø-ɏ])/gu;
  for (const m of text.matchAll(percent)) {
    if (taken(m.index, m.index + m[0].length)) continue;
    const value = Math.abs(Number((m[1] ?? '').replace(',', '.')));
    out.push({ value, unit: '%', start: m.index, end: m.index + m[0].length, kind: 'percent' });
  }
  for (const n of findNumbers(text)) {
    if (taken(n.start, n.end)) continue;
    out.push({ value: n.value, unit: countUnit(text, n.end), start: n.start, end: n.end, kind: 'count' });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Positions that hold a horizon, a year or a quarter ("18 mois", "2026", "Q3"): never the target. */
function isTimeNumber(text: string, c: Candidate): boolean {
  // "2026" is a year; "2,000" or "2 000" is a count.
  if (c.kind === 'count' && /^(?:19|20)\d\d$/.test(text.slice(c.start, c.end)) && c.unit === null)
    return true;
  if (
    c.kind === 'count' &&
    /^(?:h|heures?|hours?|hrs?|jours?|days?|semaines?|weeks?|mois|months?|ans|years?|trimestres?|quarters?)$/iu.test(
      c.unit ?? '',
    )
  ) {
    return true;
  }
  return findDurations(text).some((d) => c.start < d.end && d.start < c.end);
}

/** "de 18 % à 30 %", "from $1.2M to $2M": the first number is the starting point. */
function isStartingPoint(text: string, c: Candidate, all: readonly Candidate[]): boolean {
  const before = fold(text.slice(Math.max(0, c.start - 40), c.start));
  const next = all.find((o) => o.start > c.start);
  if (!next) return false;
  const between = fold(text.slice(c.end, next.start));
  return (
    /(?:^|\s)(?:de|from|d'un|d'une)\s*$/u.test(before) &&
    /^\s*[^\d]{0,25}?\s(?:a|to|->|→)\s/u.test(` ${between}`)
  );
}

function isCurrent(text: string, c: Candidate): boolean {
  const before = text.slice(Math.max(0, c.start - 40), c.start);
  const open = before.lastIndexOf('(');
  const inParens = open >= 0 && before.indexOf(')', open) < 0;
  // "(aujourd'hui 240 000 €)" or "today at 1,200 customers": the number says where the company stands.
  if (
    inParens &&
    /(?:aujourd'hui|actuellement|currently|today|now|contre|vs|en 20\d\d|in 20\d\d|cette année|this year|last year)/iu.test(
      before.slice(open),
    )
  ) {
    return true;
  }
  return /(?:aujourd'hui|actuellement|currently|today|now|vs\.?|contre)\s*(?:à|at|de|of|:)?\s*$/iu.test(
    before,
  );
}

/**
 * The target of one goal clause, or null. The first number that is neither a date, a horizon, a
 * starting point nor today's figure; when there is none, a multiplier verb ("doubler" → 2, unit "x").
 */
export function findTarget(clause: string): Target | null {
  const all = candidates(clause);
  const usable = all.filter(
    (c) => !isTimeNumber(clause, c) && !isStartingPoint(clause, c, all) && !isCurrent(clause, c),
  );
  const first = usable[0];
  if (first) return { value: first.value, unit: first.unit, start: first.start, end: first.end };
  const folded = fold(clause);
  for (const [re, factor] of MULTIPLY) {
    const m = re.exec(folded);
    if (m) return { value: factor, unit: 'x', start: m.index, end: m.index + m[0].length };
  }
  return null;
}
