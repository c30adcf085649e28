// The words that mark a figure as a labelled suggestion (a benchmark, an estimate, an assumption), not a stated fact.
import { mentionsAny } from './word-match.js';

const LABELS = [
  'benchmark',
  'estimate',
  'assumption',
  'assumed',
  'hypothesis',
  'typical',
  'typically',
  'suggest',
  'indicative',
  'to confirm',
  'to be confirmed',
  'to validate',
  'market rate',
  'source',
  'repere',
  'estimation',
  'estime',
  'hypothese',
  'indicatif',
  'suggere',
  'a valider',
  'a confirmer',
  'ordre de grandeur',
];

export function isLabelled(text: string): boolean {
  return mentionsAny(text, LABELS);
}

/** The sentence around a position: where a figure's label, if any, must be. */
export function sentenceAround(text: string, index: number): string {
  const before = text.slice(0, index);
  const start = Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n'), before.lastIndexOf('; ')) + 1;
  const rest = text.slice(index);
  const ends = [rest.indexOf('. '), rest.indexOf('\n'), rest.indexOf('; ')].filter((i) => i >= 0);
  const end = ends.length === 0 ? text.length : index + Math.min(...ends);
  return text.slice(start, end);
}
