// Today's figure for a goal whose own words do not give it, from a sentence that states the same metric in the same
// unit: "Chiffre d'affaires 2025 : 185 000 €" is the baseline of "passer à 240 000 € de CA d'ici fin 2027".
import type { Goal } from '../../../agents/brief.js';
import type { MetricTerm } from '../../knowledge/reader/reader-terms.js';
import type { BriefDocument } from './document.js';
import type { Found } from './found.js';
import { goalFigures } from './goal-target.js';
import { compatible, goalSpan, kindOfUnit } from './goals.js';
import { indexWords, keywordHits } from './keyword-match.js';
import { fold } from './text.js';

/** A sentence that looks ahead is a wish, not today's figure. Folded. */
const AHEAD =
  /(?:objectif|goal|target|viser|vise|want|voulons|veux|voudrais|aimerais|d'ici|by the end|within|next year|l'an prochain|will|allons)/iu;

/** Words that date a figure to now: "aujourd'hui", "we're at", "l'an dernier", "CA 2025 :". Folded. */
const PRESENT =
  /(?:aujourd'hui|actuel|current|today|right now|en ce moment|we're at|we are at|on est a|nous sommes a|nous avons|we have|l'an dernier|l'annee derniere|last year|this year|cette annee|(?:19|20)\d\d\s*:|chiffres|figures)/u;

export function findBaseline(doc: BriefDocument, goal: Goal, entry: MetricTerm | null): Found<number> | null {
  if (goal.baseline !== null || entry === null || goal.target === null) return null;
  const target = { value: goal.target, unit: goal.unit, start: 0, end: 0, increment: false };
  const exact = entry.exact ? new RegExp(entry.exact, 'u') : null;
  const found: Array<Found<number>> = [];
  for (const s of doc.sentences) {
    if (s.heading || goalSpan(s) !== null || s.section === 'competitors' || AHEAD.test(s.text)) continue;
    const index = indexWords(s.text);
    const at = entry.keywords.flatMap((k) => keywordHits(index, k).map((h) => h.start));
    const exactAt = exact?.exec(s.text)?.index;
    if (exactAt !== undefined) at.push(exactAt);
    if (at.length === 0) continue;
    // Every number of the sentence counts as a figure here: the nearest one in the goal's unit, near the metric's words.
    const { target: first, baseline } = goalFigures(s.text);
    const near = [first, baseline].filter(
      (f) => f !== null && compatible(f, target) && at.some((a) => Math.abs(a - f.start) <= 40),
    );
    const figure = near.length === 1 ? near[0] : null;
    // The same counted noun ("180 adhérents" for "300 adhérents"), or a figure dated to now.
    const sameNoun =
      figure?.unit != null &&
      goal.unit !== null &&
      fold(figure.unit) === fold(goal.unit) &&
      kindOfUnit(goal.unit) === 'count';
    if (figure && (sameNoun || PRESENT.test(fold(s.text)))) found.push({ value: figure.value, from: s.text });
  }
  // Two sentences with different figures: which one is today's is not certain.
  return found.length > 0 && found.every((f) => f.value === found[0]?.value) ? (found[0] ?? null) : null;
}
