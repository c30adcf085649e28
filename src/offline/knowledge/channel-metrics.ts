// What a channel figure in a brief means: the kind of metric (reviews, rating, followers...) and when it is strong or weak.
// assumption: thresholds are the authors' reading of what a small business can reasonably show; CPC is judged
// against the sector's typical CPC (sectors.ts).

export type MetricKind =
  | 'reviews'
  | 'rating'
  | 'followers'
  | 'subscribers'
  | 'visits'
  | 'cpc'
  | 'conversion'
  | 'open_rate'
  | 'customers';

export interface MetricRule {
  readonly kind: MetricKind;
  /** Accent-free, lower-case words found in the brief's metric name (whole words). */
  readonly keywords: readonly string[];
  /** At or above: a strength (for cpc: at or below `strong` times the sector CPC). */
  readonly strong: number;
  /** Below: a weakness (for cpc: above `weak` times the sector CPC). */
  readonly weak: number;
  /** For cpc, lower is better. */
  readonly lowerIsBetter: boolean;
}

/** Order matters: the first rule whose keyword appears wins ("open rate" before "rate"). */
export const METRIC_RULES: readonly MetricRule[] = [
  {
    kind: 'cpc',
    keywords: ['cpc', 'cost per click', 'cout par clic', 'cout du clic'],
    strong: 0.7,
    weak: 1.5,
    lowerIsBetter: true,
  },
  {
    kind: 'open_rate',
    keywords: ['open rate', 'taux d ouverture', 'ouverture'],
    strong: 30,
    weak: 15,
    lowerIsBetter: false,
  },
  {
    kind: 'conversion',
    keywords: ['conversion', 'conversion rate', 'taux de conversion'],
    strong: 3,
    weak: 1,
    lowerIsBetter: false,
  },
  {
    kind: 'rating',
    keywords: ['rating', 'note', 'stars', 'etoiles', 'score', 'note moyenne'],
    strong: 4.5,
    weak: 4,
    lowerIsBetter: false,
  },
  { kind: 'reviews', keywords: ['reviews', 'review', 'avis'], strong: 50, weak: 15, lowerIsBetter: false },
  {
    kind: 'subscribers',
    keywords: ['subscribers', 'abonnes newsletter', 'inscrits', 'contacts', 'emails', 'list'],
    strong: 1000,
    weak: 200,
    lowerIsBetter: false,
  },
  {
    kind: 'followers',
    keywords: ['followers', 'abonnes', 'fans', 'likes', 'members', 'membres', 'connections', 'relations'],
    strong: 2000,
    weak: 300,
    lowerIsBetter: false,
  },
  {
    kind: 'visits',
    keywords: [
      'visits',
      'visites',
      'visitors',
      'visiteurs',
      'sessions',
      'traffic',
      'trafic',
      'pages vues',
      'page views',
    ],
    strong: 5000,
    weak: 500,
    lowerIsBetter: false,
  },
  {
    kind: 'customers',
    keywords: ['customers', 'clients', 'users', 'utilisateurs', 'orders', 'commandes', 'couverts', 'covers'],
    strong: 500,
    weak: 30,
    lowerIsBetter: false,
  },
];
