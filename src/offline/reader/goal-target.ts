// The numbers of one goal: its target ("500 clients", "+30 %", "$5M ARR", "doubler" ×2) and, when the same words
// give it, today's figure ("de 18 % à 30 %", "(aujourd'hui 1)", "from 300 today"), each with its unit.
import { READER_TERMS } from '../../knowledge/reader/reader-terms.js';
import { findDurations } from './durations.js';
import { findMoney } from './money.js';
import { findNumbers } from './numbers.js';
import { fold } from './text.js';

export interface Figure {
  readonly value: number;
  /** "EUR", "%", "x", or the counted noun as written ("clients", "abonnés"); null when none follows. */
  readonly unit: string | null;
  readonly start: number;
  readonly end: number;
  /** The count is written as more than today ("8 nouveaux clients", "50 more"): an increment, not a level. */
  readonly increment: boolean;
}

interface Candidate extends Figure {
  readonly kind: 'money' | 'percent' | 'count';
}

export interface GoalFigures {
  readonly target: Figure | null;
  readonly baseline: Figure | null;
}

const { countFillers, incrementWords, notUnits } = READER_TERMS.goals;
const FILLERS = new Set(countFillers);
const INCREMENT = new Set(incrementWords);
const NOT_UNITS = new Set(notUnits);

/** Month words of the calendar data ("may", "mai", "dec"): "12 May 2027" is a date, not a target. Folded. */
const MONTH_WORDS = Object.values(READER_TERMS.calendar.months)
  .flat()
  .sort((a, b) => b.length - a.length)
  .join('|');
const DAY_OF_MONTH = new RegExp(`^\\s*(?:er\\s+)?(?:${MONTH_WORDS})\\.?(?![a-z])`, 'u');

/** "à 14,90 €/mois", "at £59/month", "for $12 a seat": a price the goal mentions, never its target. Folded. */
const PRICE_BEFORE =
  /(?:^|[\s(])(?:a|at|for|pour|au prix de|priced at|costs?|coute|paying|payant|only|abonnement|subscription|tarif|prix|price|fee|frais|cotisation)\s*$/u;
const PRICE_AFTER =
  /^\s*(?:ht\s*|ttc\s*)?(?:\/|par |per |a |an? )(?:mois|month|mo|an|year|yr|seat|user|utilisateur|personne|person|session|seance|cours|class|nuit|night|unite|unit)(?![a-z])/u;
const PRICE_WORDS = /(?:abonnement|subscription|tarif|prix|price|\/mois|\/month)/u;
function isPrice(text: string, c: Candidate): boolean {
  if (c.kind !== 'money') return false;
  // "(abonnement 14,90 €/mois chien, 11,90 € chat)": every amount of a bracket of prices is a price.
  const before = fold(text.slice(0, c.start));
  const open = before.lastIndexOf('(');
  if (open >= 0 && !before.slice(open).includes(')') && PRICE_WORDS.test(before.slice(open))) return true;
  return (
    PRICE_BEFORE.test(fold(text.slice(Math.max(0, c.start - 16), c.start))) &&
    PRICE_AFTER.test(fold(text.slice(c.end, c.end + 20)))
  );
}

const MULTIPLY: ReadonlyArray<readonly [RegExp, number]> = [
  [/(?<![a-z])(?:doubler|doublons|double|doubling|x2|×2|2x|2 fois plus)(?![a-z0-9])/u, 2],
  [/(?<![a-z])(?:tripler|triplons|triple|tripling|x3|×3|3x|3 fois plus)(?![a-z0-9])/u, 3],
  [/(?<![a-z])(?:quadrupler|quadruple|x4|×4|4x)(?![a-z0-9])/u, 4],
];

/** What the number counts: the first word after it that is not a filler, with whether a filler said "more". */
function countUnit(text: string, end: number): { unit: string | null; increment: boolean } {
  let increment = false;
  for (const raw of text.slice(end).trim().split(/\s+/).slice(0, 4)) {
    const word = raw.replace(/^[(]|[.,;:!?)]+$/g, '');
    const folded = fold(word);
    if (word === '' || /\d/.test(word) || NOT_UNITS.has(folded) || /^d'ici/.test(folded)) break;
    if (FILLERS.has(folded) || /^d'/.test(folded)) {
      increment ||= INCREMENT.has(folded);
      continue;
    }
    return { unit: /^[A-Za-zÀ-ÖØ-öø-ɏ]/u.test(word) ? word : null, increment };
  }
  return { unit: null, increment };
}

function candidates(text: string): Candidate[] {
  const out: Candidate[] = [];
  const taken = (start: number, end: number) => out.some((c) => start < c.end && c.start < end);
  const plus = (start: number) =>
    /(?:^|\s)\+\s?$|(?:de plus|more|en plus|additional|extra)\s*$/u.test(
      fold(text.slice(Math.max(0, start - 12), start)),
    );
  for (const m of findMoney(text)) {
    // "£140,000 in 2026 to £200,000": the year before a range's "to" is no low end of an amount.
    if (/^(?:19|20)\d\d\s+(?:to|a|-)\s*$/u.test(fold(text.slice(m.start, m.end)))) continue;
    const more =
      plus(m.start) || /^\s*(?:de plus|more|additional|supplementaires?)/u.test(fold(text.slice(m.end)));
    out.push({
      value: m.amount,
      unit: m.currency,
      start: m.start,
      end: m.end,
      kind: 'money',
      increment: more,
    });
  }
  const percent =
    /(?<![A-Za-zÀ-ÖØ-öø-ɏ0-9.,])([+-]?\d+(?:[.,]\d+)?)\s?(?:%|pour ?cent|percent|per cent|points?|pts)(?![A-Za-zÀ-ÖØ-öø-ɏ])/gu;
  for (const m of text.matchAll(percent)) {
    if (taken(m.index, m.index + m[0].length)) continue;
    const value = Math.abs(Number((m[1] ?? '').replace(',', '.')));
    out.push({
      value,
      unit: '%',
      start: m.index,
      end: m.index + m[0].length,
      kind: 'percent',
      increment: false,
    });
  }
  for (const n of findNumbers(text)) {
    if (taken(n.start, n.end)) continue;
    const { unit, increment } = countUnit(text, n.end);
    out.push({
      value: n.value,
      unit,
      start: n.start,
      end: n.end,
      kind: 'count',
      increment: increment || plus(n.start),
    });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** A year, a quarter or a horizon ("2026", "18 mois", "Q3"): never a target nor a baseline. */
function isTimeNumber(text: string, c: Candidate): boolean {
  if (c.kind === 'count' && /^(?:19|20)\d\d$/.test(text.slice(c.start, c.end))) return true;
  // "12 May 2027", "le 15 juin": a day of a month.
  if (
    c.kind === 'count' &&
    c.value >= 1 &&
    c.value <= 31 &&
    DAY_OF_MONTH.test(fold(text.slice(c.end, c.end + 12)))
  )
    return true;
  const unit = fold(c.unit ?? '');
  if (
    c.kind === 'count' &&
    /^(?:h|heures?|hours?|jours?|days?|semaines?|weeks?|mois|months?|ans|years?|trimestres?|quarters?)$/u.test(
      unit,
    )
  )
    return true;
  return findDurations(text).some((d) => c.start < d.end && d.start < c.end);
}

/**
 * "de 18 % à 30 %", "from $1.2M to $2M", "passer d'environ 60 réparations par mois aujourd'hui à 90": the first
 * number is today's.
 */
function isStartingPoint(text: string, c: Candidate, next: Candidate | undefined): boolean {
  if (!next) return false;
  const before = fold(text.slice(Math.max(0, c.start - 40), c.start));
  // "from EUR 7.5M (2026) to EUR 10M": an aside in brackets between the two figures does not part them.
  // "from £140,000 in 2026 to £200,000": the year the first figure is dated to does not part them either.
  const between = fold(text.slice(c.end, next.start))
    .replace(/\([^()]*\)/gu, ' ')
    .replace(/(?:in|en)\s+(?:19|20)\d\d(?!\d)/gu, ' ');
  return (
    /(?:^|[\s(])(?:de|from|d'un|d'une|d'environ|de pres de|d'a peu pres|from about|from around|from roughly)\s*$/u.test(
      before,
    ) &&
    // "from 18,000 to 30,000 EUR": the money read may span the range, its "to" included.
    (/^\s*[^\d]{0,40}?\s(?:a|to|->|→)\s/u.test(` ${between}`) ||
      /\s(?:a|to|->|→)\s*$/u.test(fold(text.slice(c.start, c.end))))
  );
}

/**
 * "attirer les 60-70 ans", "between 25 and 40": a number inside a range is an age, a size or a bracket the
 * goal talks about, never the figure it aims at (a range to reach reads "from … to …", a starting point).
 */
function inRange(text: string, c: Candidate): boolean {
  const before = fold(text.slice(Math.max(0, c.start - 12), c.start));
  const after = fold(text.slice(c.end, c.end + 12));
  return (
    /\d\s?-\s?$/u.test(before) ||
    /^\s?-\s?\d/u.test(after) ||
    (/(?:^|\s)(?:entre|between)\s$/u.test(before) && /^\s(?:et|and)\s\d/u.test(after))
  );
}

const NOW =
  /(?:aujourd'hui|actuellement|currently|today|now|right now|at the moment|en ce moment|contre|vs\.?)/u;

/** Where the company stands, read inside a bracket only ("(nous sommes autour de 15)"). Folded. */
const STANDING = /(?:nous sommes|on est|nous en sommes|on en est|we are|we're|we stand)(?![a-z])/u;

/** Words of what was done so far, read inside a bracket only. Folded. */
const DONE =
  /(?:we did|we signed|we had|we sold|we made|we won|we have|we've|on a fait|nous avons fait|on a signe|nous avons signe|on en a signe|on a vendu|nous avons vendu|this year|cette annee|last year|l'an dernier|l'annee derniere|so far|jusqu'ici)/u;

/** "(aujourd'hui 240 000 €)", "today at 1,200 customers", "we have 300 now": the number says where the company stands. */
function isCurrent(text: string, c: Candidate): boolean {
  const before = fold(text.slice(Math.max(0, c.start - 40), c.start));
  const open = before.lastIndexOf('(');
  if (open >= 0 && before.indexOf(')', open) < 0 && NOW.test(before.slice(open))) return true;
  // "(nous sommes autour de 15)", "(we're at about 40)": inside a bracket, where the company stands.
  if (open >= 0 && before.indexOf(')', open) < 0 && STANDING.test(before.slice(open))) return true;
  // "(we did 300 this year)", "(we signed 7)", "(on en a signé 12 l'an dernier)": a bracket saying what was done.
  if (open >= 0 && before.indexOf(')', open) < 0 && DONE.test(before.slice(open))) return true;
  if (
    new RegExp(`${NOW.source}\\s*(?:a|at|de|of|:|we have|on a|nous avons|we're at|on est a)?\\s*$`, 'u').test(
      before,
    )
  )
    return true;
  return /^\s*(?:[a-zà-ÿ'-]+\s){0,2}(?:today|aujourd'hui|actuellement|currently|now|en ce moment)(?![a-z])/u.test(
    fold(text.slice(c.end, c.end + 30)),
  );
}

/** Every number of a text that is not a date or a horizon, with its unit, in order: for finding today's figure. */
export function textFigures(text: string): Figure[] {
  return candidates(text)
    .filter((c) => !isTimeNumber(text, c) && !inRange(text, c))
    .map(({ value, unit, start, end, increment }) => ({ value, unit, start, end, increment }));
}

/** "augmenter nos ventes de 25 %", "+10 % aftermarket revenue", "grow UK sales by 20 %": a rise over today, not a level. */
export function isRelativeRise(clause: string, target: Figure | null): boolean {
  if (target === null || target.unit !== '%') return false;
  const before = fold(clause.slice(Math.max(0, target.start - 60), target.start));
  if (/\+\s?$/u.test(before) || clause.slice(target.start, target.end).startsWith('+')) return true;
  return (
    /(?:^|\s)(?:de|by|of)\s*$/u.test(before) &&
    /(?:augment|hausse|croitre|croissance|progress|developp|grow|increase|boost|rais|lift|improv|ameliorer)/u.test(
      before,
    )
  );
}

/**
 * The target and today's figure of one goal clause. The target is the first number that is neither a date, a
 * horizon, a starting point nor today's figure; when there is none, a multiplier verb ("doubler" → 2, unit "x").
 */
export function goalFigures(clause: string): GoalFigures {
  const all = candidates(clause).filter(
    (c) => !isTimeNumber(clause, c) && !inRange(clause, c) && !isPrice(clause, c),
  );
  let baseline: Candidate | null = null;
  let target: Candidate | null = null;
  all.forEach((c, i) => {
    // What follows a starting point is where it goes, even after "aujourd'hui" ("de 60 … aujourd'hui à 90").
    const afterStart = i > 0 && isStartingPoint(clause, all[i - 1] as Candidate, c);
    if (!afterStart && (isStartingPoint(clause, c, all[i + 1]) || isCurrent(clause, c))) baseline ??= c;
    else if (afterStart && (target as Candidate | null)?.kind === 'percent' && c.kind !== 'percent') {
      // "Reduce CAC by 20 % (from CAD 95 to about CAD 76)": the level written beside the rate is the target.
      target = c;
      baseline = all[i - 1] as Candidate;
    } else target ??= c;
  });
  // "d'environ 60 réparations … à 90": the figure a starting point goes to counts what it counts.
  const from = baseline as Candidate | null;
  const to = target as Candidate | null;
  if (
    to !== null &&
    from !== null &&
    to.kind === 'count' &&
    from.kind === 'count' &&
    to.unit === null &&
    isStartingPoint(clause, from, to)
  )
    target = { ...to, unit: from.unit };
  if (target === null) {
    const folded = fold(clause);
    for (const [re, factor] of MULTIPLY) {
      const m = re.exec(folded);
      if (m)
        return {
          target: { value: factor, unit: 'x', start: m.index, end: m.index + m[0].length, increment: false },
          baseline,
        };
    }
  }
  return { target, baseline };
}
