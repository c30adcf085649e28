// Figures a brief gives for its channels: followers, subscribers, reviews, ratings, CPC, visits, open rate, spend.
import { findMoney } from './money.js';
import { clean, MULTIPLIER_SOURCE, multiplierValue, NUMBER_SOURCE, parseNumberText } from './numbers.js';

export interface Figure {
  /** Metric name in the brief's language ("abonnés", "followers", "CPC"...). */
  readonly metric: MetricId;
  readonly value: number;
  readonly start: number;
  readonly end: number;
}

export type MetricId =
  | 'followers'
  | 'subscribers'
  | 'reviews'
  | 'rating'
  | 'CPC'
  | 'monthly visits'
  | 'visits'
  | 'open rate'
  | 'monthly spend'
  | 'views'
  | 'ROAS';

export const METRIC_LABELS: Readonly<Record<MetricId, { fr: string; en: string }>> = {
  followers: { fr: 'abonnés', en: 'followers' },
  subscribers: { fr: 'inscrits', en: 'subscribers' },
  reviews: { fr: 'avis', en: 'reviews' },
  rating: { fr: 'note moyenne', en: 'rating' },
  CPC: { fr: 'CPC', en: 'CPC' },
  'monthly visits': { fr: 'visites par mois', en: 'monthly visits' },
  visits: { fr: 'visites', en: 'visits' },
  'open rate': { fr: "taux d'ouverture (%)", en: 'open rate (%)' },
  'monthly spend': { fr: 'dépense mensuelle', en: 'monthly spend' },
  views: { fr: 'vues', en: 'views' },
  ROAS: { fr: 'ROAS', en: 'ROAS' },
};

// Folded text: "3.5M" reads "3.5m", so a lone lower-case m is a million here.
const N = `(${NUMBER_SOURCE})(?:\\s?(${MULTIPLIER_SOURCE}|m(?![A-Za-zÀ-ÖØ-öø-ɏ])))?`;

/** Count-then-noun figures, matched on folded text: "4 200 abonnés", "2,100 Instagram followers", "230 avis". */
const COUNTED: ReadonlyArray<readonly [MetricId, RegExp]> = [
  [
    'monthly visits',
    new RegExp(
      `${N}\\s+(?:visites|visits|visiteurs|visitors|sessions|pages vues|page views)(?:\\s+uniques|\\s+unique)?\\s*(?:\\/|par|per|a|chaque|each)\\s*(?:mois|month|mo)(?![A-Za-zÀ-ÖØ-öø-ɏ])`,
      'gu',
    ),
  ],
  [
    'monthly visits',
    new RegExp(`${N}\\s+(?:monthly|mensuel[A-Za-zÀ-ÖØ-öø-ɏ]*)\\s+(?:visites|visits|visitors|sessions)`, 'gu'),
  ],
  ['visits', new RegExp(`${N}\\s+(?:visites|visits|visiteurs|visitors|sessions)(?![A-Za-zÀ-ÖØ-öø-ɏ])`, 'gu')],
  [
    'subscribers',
    new RegExp(
      `${N}\\s+(?:inscrits|subscribers|contacts|adresses(?: e-?mail)?|emails|e-mails|destinataires|recipients)(?![A-Za-zÀ-ÖØ-öø-ɏ])`,
      'gu',
    ),
  ],
  [
    'followers',
    new RegExp(
      `${N}\\s+(?:[a-z]+\\s+)?(?:abonnes|followers|fans|membres|members|likes|j'aime|connexions|connections|relations|contacts linkedin)(?![A-Za-zÀ-ÖØ-öø-ɏ])`,
      'gu',
    ),
  ],
  [
    'reviews',
    new RegExp(
      `${N}\\s+(?:[a-z]+\\s+)?(?:avis|reviews|commentaires|notes|ratings)(?![A-Za-zÀ-ÖØ-öø-ɏ])`,
      'gu',
    ),
  ],
  ['views', new RegExp(`${N}\\s+(?:vues|views)(?![A-Za-zÀ-ÖØ-öø-ɏ])`, 'gu')],
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

const ROAS = /roas\s*(?:moyen|average)?\s*(?:de|of|:|a|autour de|around|~)?\s*(\d+(?:[.,]\d+)?)/gu;

/** Every channel figure in one sentence. `folded` is the folded sentence, `text` the original (same length). */
export function findFigures(text: string, folded: string): Figure[] {
  const out: Figure[] = [];
  const taken = (start: number, end: number) => out.some((f) => start < f.end && f.start < end);
  const add = (metric: MetricId, value: number, start: number, end: number) => {
    if (!Number.isNaN(value) && !taken(start, end)) out.push({ metric, value, start, end });
  };
  for (const m of findMoney(text)) {
    const around = folded.slice(Math.max(0, m.start - 30), m.end + 30);
    const after = folded.slice(m.end, m.end + 25);
    if (/cpc|par clic|per click|le clic|cost per click|cout par clic/u.test(around))
      add('CPC', m.amount, m.start, m.end);
    else if (/^\s*(?:\/|par|per|a)\s*(?:mois|month|mo)(?![A-Za-zÀ-ÖØ-öø-ɏ])/u.test(after))
      add('monthly spend', m.amount, m.start, m.end);
  }
  for (const re of RATING)
    for (const m of folded.matchAll(re))
      add('rating', Number((m[1] ?? '').replace(',', '.')), m.index, m.index + m[0].length);
  for (const re of OPEN_RATE)
    for (const m of folded.matchAll(re))
      add('open rate', Number((m[1] ?? '').replace(',', '.')), m.index, m.index + m[0].length);
  for (const m of folded.matchAll(ROAS))
    add('ROAS', Number((m[1] ?? '').replace(',', '.')), m.index, m.index + m[0].length);
  for (const [metric, re] of COUNTED) {
    for (const m of folded.matchAll(re)) {
      const value = clean(parseNumberText(m[1] ?? '') * multiplierValue(m[2]));
      add(metric, value, m.index, m.index + m[0].length);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
