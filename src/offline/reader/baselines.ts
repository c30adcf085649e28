// Today's figure for a goal whose own words do not give it, from a sentence that states the same metric in the same
// unit: "Chiffre d'affaires 2025 : 185 000 €" is the baseline of "passer à 240 000 € de CA d'ici fin 2027", "€1.2M
// ARR" of "Reach €2M ARR", and "85 000 bouteilles par an, vendues pour moitié en direct" (42 500) of "+25 % de
// ventes directes". A figure said of another country than the goal's is not its baseline.
import type { Goal } from '../../../agents/brief.js';
import { type MetricTerm, READER_TERMS } from '../../knowledge/reader/reader-terms.js';
import type { BriefDocument } from './document.js';
import type { Found } from './found.js';
import { type Figure, textFigures } from './goal-target.js';
import { compatible, goalSpan, kindOfUnit, outsideGoal, statesToday } from './goals.js';
import { indexWords, keywordHits } from './keyword-match.js';
import { fold } from './text.js';

/** A sentence that looks ahead is a wish, not today's figure. */
const AHEAD =
  /(?:objectif|goal|target|viser|vise|want|voulons|veux|voudrais|aimerais|d'ici|by the end|within|next year|l'an prochain|will|allons)/iu;

/** Words that date a figure to now: "aujourd'hui", "we're at", "l'an dernier", "CA 2025 :". Folded. */
const PRESENT =
  /(?:aujourd'hui|actuel|current|today|right now|en ce moment|we're at|we are at|on est a|nous sommes a|nous avons|we have|where we are|nous produisons|nous vendons|nous fabriquons|on vend|on produit|we sell|we make|we produce|we ship|par an|per year|a year|par mois|per month|a month|\/month|\/mois|ou nous en sommes|ou on en est|l'an dernier|l'annee derniere|last year|this year|cette annee|(?:19|20)\d\d\s*:|chiffres|figures)/u;

/** A share of the figure said next to it: "vendues pour moitié en direct", "half of which online". Folded. */
const SHARES: ReadonlyArray<readonly [RegExp, number]> = [
  [/(?:moitie|half)(?![a-z])/u, 1 / 2],
  [/(?:un tiers|a third|one third)(?![a-z])/u, 1 / 3],
  [/(?:un quart|a quarter|one quarter)(?![a-z])/u, 1 / 4],
  [/(?:trois quarts|three quarters)(?![a-z])/u, 3 / 4],
];

const PLACES = READER_TERMS.places.regions.map(
  (p) => new RegExp(`(?<![A-Za-zÀ-ÖØ-öø-ɏ0-9])(?:${p.patterns.join('|')})(?![A-Za-zÀ-ÖØ-öø-ɏ0-9])`, 'u'),
);
const placesIn = (text: string) => new Set(PLACES.flatMap((re, i) => (re.test(text) ? [i] : [])));

/** Today's figure, in its unit (a rise in percent takes the unit of the figure it rises from). */
export interface BaselineFigure {
  readonly value: number;
  readonly unit: string | null;
}

function share(text: string, figure: Figure): number {
  const after = fold(text.slice(figure.end, figure.end + 45)).split(/[;(]/u)[0] ?? '';
  return SHARES.find(([re]) => re.test(after))?.[1] ?? 1;
}

/** The count's qualifying words around the goal's noun ("active tutors", "artisans actifs"), folded. */
function qualifiersOf(goal: Goal): string[] {
  if (goal.unit === null) return [];
  const words = fold(goal.statement).split(/[^a-z0-9'-]+/u);
  const at = words.indexOf(fold(goal.unit));
  if (at < 0) return [];
  const fillers = new Set(READER_TERMS.goals.countFillers);
  return [words[at - 1], words[at + 1]].filter(
    (w): w is string => w !== undefined && fillers.has(w) && w.length > 2 && /^[a-z]+$/u.test(w),
  );
}

export function findBaseline(
  doc: BriefDocument,
  goal: Goal,
  entry: MetricTerm | null,
  rise = false,
): Found<BaselineFigure> | null {
  if (goal.baseline !== null || goal.target === null) return null;
  // "Grow to 900 active walkers" names no metric of the table, but its counted noun is one: "400 active walkers".
  const noun =
    goal.unit !== null && kindOfUnit(goal.unit) === 'count' && /^[a-zà-ÿ-]{3,}$/u.test(fold(goal.unit));
  const keywords = entry?.keywords ?? (noun && goal.unit !== null ? [fold(goal.unit)] : null);
  if (keywords === null) return null;
  // "300 artisans actifs" is not "180 artisans inscrits": by its noun alone, a figure must share the goal's qualifiers.
  const qualifiers = entry === null ? qualifiersOf(goal) : [];
  const target = { value: goal.target, unit: goal.unit, start: 0, end: 0, increment: false };
  const fits = (f: Figure) =>
    rise ? kindOfUnit(f.unit) === 'money' || (f.unit !== null && f.unit !== '%') : compatible(f, target);
  const exact = entry?.exact ? new RegExp(entry.exact, 'u') : null;
  const goalPlaces = placesIn(goal.statement);
  const found: Array<Found<BaselineFigure>> = [];
  for (const s of doc.sentences) {
    if (s.heading || s.section === 'competitors') continue;
    // A sentence that also states the goal keeps only what it says about today.
    const text = goalSpan(s) === null ? s.text : outsideGoal(s);
    if (AHEAD.test(text)) continue;
    const index = indexWords(text);
    const hits = keywords.flatMap((k) => keywordHits(index, k).map((h) => h.start));
    const exactAt = exact?.exec(text)?.index;
    if (exactAt !== undefined) hits.push(exactAt);
    if (hits.length === 0) continue;
    if (qualifiers.some((q) => !new RegExp(`(?<![a-z])${q}(?![a-z])`, 'u').test(fold(text)))) continue;
    const near = textFigures(text).filter(
      (f) => fits(f) && hits.some((a) => Math.abs(a - f.start) <= 40 || Math.abs(a - f.end) <= 40),
    );
    // "€1.2M ARR", "CA : 185 000 €": the metric's word right beside the figure says it is the figure of that metric.
    const besideOf = (f: Figure) =>
      hits.some(
        (a) =>
          (a >= f.end && a - f.end <= 3 && !/[;,.:]/u.test(text.slice(f.end, a))) ||
          (a < f.start && f.start - a <= 25 && /:\s*$/u.test(text.slice(a, f.start))),
      );
    const besides = near.filter(besideOf);
    // "400 active walkers, 6,000 walks booked a month": the figure counting the goal's own noun.
    const counted = near.filter(
      (f) => f.unit !== null && goal.unit !== null && fold(f.unit) === fold(goal.unit),
    );
    const figure =
      besides.length === 1
        ? besides[0]
        : counted.length === 1
          ? counted[0]
          : near.length === 1
            ? near[0]
            : null;
    if (!figure) continue;
    const beside = besideOf(figure);
    const sameNoun =
      figure.unit != null &&
      goal.unit !== null &&
      fold(figure.unit) === fold(goal.unit) &&
      kindOfUnit(goal.unit) === 'count';
    if (!(sameNoun || beside || PRESENT.test(fold(text)) || statesToday(fold(text)))) continue;
    // A figure said of another country (the UK's transactions for a German launch) is not this goal's.
    const own = placesIn(text);
    if (own.size > 0 && goalPlaces.size > 0 && ![...own].some((p) => goalPlaces.has(p))) continue;
    const value = Math.round(figure.value * share(text, figure));
    found.push({ value: { value, unit: figure.unit }, from: s.text });
  }
  // Two sentences with different figures: which one is today's is not certain.
  return found.length > 0 && found.every((f) => f.value.value === found[0]?.value.value)
    ? (found[0] ?? null)
    : null;
}
