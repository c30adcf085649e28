// Figures a brief gives for its channels: followers, subscribers, reviews, ratings, CPC, visits, open rate, spend.
import { READER_TERMS } from '../../knowledge/reader/reader-terms.js';
import { findMoney, isPrice } from './money.js';
import { clean, MULTIPLIER_SOURCE, multiplierValue, NUMBER_SOURCE, parseNumberText } from './numbers.js';

export interface ChannelFigure {
  /** An id of the figures table (channels.yaml). */
  readonly metric: string;
  readonly value: number;
  readonly start: number;
  readonly end: number;
}

/** Folded text: "3.5M" reads "3.5m", so a lone lower-case m is a million here. */
const N = `(${NUMBER_SOURCE})(?:\\s?(${MULTIPLIER_SOURCE}|m(?![a-z])))?`;
const nouns = (words: readonly string[]) =>
  words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');

/** Count-then-noun figures: "4 200 abonnés", "2,100 Instagram followers", "230 avis"; one word may sit between. */
const COUNTED: ReadonlyArray<readonly [string, RegExp]> = [
  [
    'monthly_visits',
    new RegExp(
      `${N}\\s+(?:visites|visits|visiteurs|visitors|sessions|pages vues|page views)(?:\\s+uniques?)?\\s*(?:\\/|par|per|a|chaque|each)\\s*(?:mois|month|mo)(?![a-z])`,
      'gu',
    ),
  ],
  [
    'monthly_visits',
    new RegExp(`${N}\\s+(?:monthly|mensuel[a-z]*)\\s+(?:visites|visits|visitors|sessions)`, 'gu'),
  ],
  ...READER_TERMS.figures
    .filter((f) => f.nouns.length > 0)
    .map((f) => [f.id, new RegExp(`${N}\\s+(?:[a-z]+\\s+)?(?:${nouns(f.nouns)})(?![a-z])`, 'gu')] as const),
];

/** "4,8/5", "4.7 étoiles", "note de 4,6", "rated 4.9". */
const RATING = [
  /(?<![0-9.,])([0-5](?:[.,]\d)?)\s*(?:\/\s*5|sur 5|out of 5|etoiles|stars|★)/gu,
  /(?:note(?: moyenne)?|rating|rated|noted?|score)\s*(?:de|of|:|a|is)?\s*(10|[0-9](?:[.,]\d)?)(?:\s*\/\s*10)?(?![0-9])/gu,
];
const OPEN_RATE = [
  /(?:taux d'ouverture|open rate)\s*(?:moyen|average)?\s*(?:de|of|:|a|autour de|around|~)?\s*(\d{1,2}(?:[.,]\d+)?)\s?%/gu,
  /(\d{1,2}(?:[.,]\d+)?)\s?%\s*(?:d'ouverture|open rate|d'open)/gu,
];

/** Every channel figure in one sentence. `folded` is the folded sentence, `text` the original (same length). */
export function findFigures(text: string, folded: string): ChannelFigure[] {
  const out: ChannelFigure[] = [];
  const add = (metric: string, value: number, start: number, end: number) => {
    if (!Number.isNaN(value) && !out.some((f) => start < f.end && f.start < end))
      out.push({ metric, value, start, end });
  };
  for (const m of findMoney(text)) {
    const around = folded.slice(Math.max(0, m.start - 30), m.end + 30);
    if (/cpc|par clic|per click|le clic|cost per click|cout par clic/u.test(around))
      add('cpc', m.amount, m.start, m.end);
    else if (
      /^\s*(?:\/|par|per|a)\s*(?:mois|month|mo)(?![a-z])/u.test(folded.slice(m.end, m.end + 25)) &&
      !isPrice(folded, m)
    )
      add('monthly_spend', m.amount, m.start, m.end);
  }
  const decimal = (m: RegExpMatchArray) =>
    Number((m.slice(1).find((g) => g !== undefined) ?? '').replace(',', '.'));
  for (const re of RATING)
    for (const m of folded.matchAll(re)) add('rating', decimal(m), m.index, m.index + m[0].length);
  for (const re of OPEN_RATE)
    for (const m of folded.matchAll(re)) add('open_rate', decimal(m), m.index, m.index + m[0].length);
  for (const [metric, re] of COUNTED) {
    for (const m of folded.matchAll(re))
      add(metric, clean(parseNumberText(m[1] ?? '') * multiplierValue(m[2])), m.index, m.index + m[0].length);
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The figure's label in the brief's language. */
export function figureLabel(metric: string, language: 'fr' | 'en'): string {
  return READER_TERMS.figures.find((f) => f.id === metric)?.[language] ?? metric;
}
