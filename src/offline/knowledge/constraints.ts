// Constraint cues: words in a brief's constraints that change what can be proposed or add a threat.
import type { ChannelId } from './types.js';

export type ConstraintKind =
  | 'seasonality'
  | 'regulation'
  | 'no_ads'
  | 'no_social'
  | 'no_agency'
  | 'no_outbound'
  | 'regulated_claims';

export interface ConstraintCue {
  readonly kind: ConstraintKind;
  /** Accent-free, lower-case words matched as whole words in each constraint. */
  readonly keywords: readonly string[];
  /** Channels this constraint rules out. */
  readonly excludes: readonly ChannelId[];
  /** Whether the constraint is also a market threat worth naming in the SWOT. */
  readonly threat: boolean;
}

export const CONSTRAINT_CUES: readonly ConstraintCue[] = [
  {
    kind: 'seasonality',
    keywords: [
      'saison',
      'saisonnier',
      'saisonniere',
      'saisonnalite',
      'seasonal',
      'seasonality',
      'season',
      'ete',
      'hiver',
      'summer',
      'winter',
      'noel',
      'christmas',
    ],
    excludes: [],
    threat: true,
  },
  {
    kind: 'regulation',
    keywords: [
      'reglementation',
      'reglemente',
      'reglementee',
      'loi',
      'rgpd',
      'conformite',
      'ordre',
      'deontologie',
      'regulation',
      'regulated',
      'compliance',
      'gdpr',
      'hipaa',
      'fda',
      'licence',
      'license',
    ],
    excludes: [],
    threat: true,
  },
  {
    // Advertising rules on claims and testimonials (health, finance): paid creators speak in testimonials and
    // cannot be held to the wording, so influencer campaigns are left out (assumption, e.g. the UK CAP code
    // and GDC guidance for dental care, French rules on health claims).
    kind: 'regulated_claims',
    keywords: [
      'testimonials',
      'temoignages',
      'cap code',
      'asa',
      'gdc',
      'guaranteed outcomes',
      'guarantees of results',
      'misleading claims',
      'allegations therapeutiques',
      'allegations de sante',
      'finfluencers',
    ],
    excludes: ['influencers'],
    threat: false,
  },
  {
    kind: 'no_ads',
    keywords: [
      'pas de publicite',
      'pas de pub',
      'sans publicite',
      'no ads',
      'no advertising',
      'no paid',
      'pas de payant',
    ],
    excludes: ['google_ads', 'meta_ads', 'linkedin_ads', 'retargeting', 'influencers'],
    threat: false,
  },
  {
    kind: 'no_social',
    keywords: ['pas de reseaux sociaux', 'sans reseaux sociaux', 'no social media', 'no social'],
    excludes: ['social_organic', 'meta_ads', 'influencers'],
    threat: false,
  },
  {
    kind: 'no_outbound',
    keywords: ['pas de prospection', 'pas de demarchage', 'no cold', 'no outbound', 'no cold calling'],
    excludes: ['outbound'],
    threat: false,
  },
  {
    kind: 'no_agency',
    keywords: ['pas d agence', 'sans agence', 'no agency', 'in-house', 'en interne'],
    excludes: [],
    threat: false,
  },
];

/**
 * Refusals in a constraint: "je ne veux pas passer par Uber Eats", "pas de publicité", "no TikTok". The channel
 * named right after a refusal is ruled out; one qualified by what follows ("pas de publicité sur les vertus
 * santé", "no cold email to EU contacts") only restricts how it is used, so it stays. Words as normaliseText
 * writes them (lower case, accent-free, apostrophes as spaces).
 */
export const REFUSAL_MARKERS: readonly string[] = [
  'moins dependre',
  'moins dependants',
  'moins dependante',
  'sans passer par',
  'depend less on',
  'less dependent on',
  'less reliant on',
  'reduce dependence on',
  'reduce our dependence on',
  'without paying for',
  'ne veux pas',
  'ne veut pas',
  'ne voulons pas',
  'ne souhaite pas',
  'ne souhaitons pas',
  'ne veux plus',
  'ne voulons plus',
  'refuse',
  'refusons',
  'refuse to',
  'pas de',
  'pas d',
  'pas question de',
  'hors de question de',
  'jamais de',
  'jamais d',
  'aucune',
  'aucun',
  'sans',
  'eviter',
  'no',
  'not',
  'don t want',
  'do not want',
  'won t',
  'will not',
  'rather not',
  'avoid',
  'without',
  'stop',
];

/** Words that may sit between a refusal and the channel it refuses: "ne veux pas passer par …", "no more …". */
export const REFUSAL_FILLERS: ReadonlySet<string> = new Set([
  'passer',
  'par',
  'faire',
  'utiliser',
  'de',
  'd',
  'la',
  'le',
  'les',
  'l',
  'des',
  'du',
  'a',
  'au',
  'aux',
  'recours',
  'plus',
  'use',
  'using',
  'run',
  'do',
  'any',
  'more',
  'go',
  'through',
  'via',
  'list',
  'on',
  'sell',
  'vendre',
  'sur',
  'to',
  'be',
]);

/** A word right after the refused channel that narrows it ("publicité sur…", "emails to…", "ads for…"). */
export const REFUSAL_QUALIFIERS: ReadonlySet<string> = new Set([
  'sur',
  'on',
  'about',
  'for',
  'pour',
  'to',
  'aimed',
  'ciblant',
  'targeting',
  'sans',
  'without',
  'avec',
  'with',
  'qui',
  'that',
  'aupres',
  'in',
  'en',
  'vers',
  'before',
  'avant',
  'unless',
  'sauf',
  'except',
]);

/** Words that join refused channels in one list: "Uber Eats ou Deliveroo", "ni TikTok ni Snapchat". */
export const REFUSAL_JOINERS: ReadonlySet<string> = new Set(['ou', 'or', 'ni', 'nor', 'et', 'and']);

/** Generic names of kinds of channel a brief refuses, with the catalogue channels each rules out. */
export const REFUSABLE_KINDS: ReadonlyArray<{
  readonly words: readonly string[];
  readonly excludes: readonly ChannelId[];
}> = [
  {
    words: [
      'publicite',
      'publicites',
      'pub',
      'pubs',
      'ads',
      'advertising',
      'paid ads',
      'paid media',
      'paid',
      'payant',
      'sponsorise',
      'sponsored posts',
    ],
    excludes: ['google_ads', 'meta_ads', 'linkedin_ads', 'retargeting'],
  },
  {
    words: ['reseaux sociaux', 'social media', 'social networks', 'reseaux'],
    excludes: ['social_organic', 'meta_ads', 'influencers'],
  },
  {
    words: [
      'places de marche',
      'marketplaces',
      'plateformes de livraison',
      'delivery platforms',
      'delivery apps',
      'plateformes',
      'platforms',
    ],
    excludes: ['marketplace'],
  },
  { words: ['salons', 'trade shows', 'events', 'evenements'], excludes: ['events'] },
  { words: ['influenceurs', 'influencers'], excludes: ['influencers'] },
  { words: ['demarchage', 'cold calling', 'cold calls', 'cold emails', 'phoning'], excludes: ['outbound'] },
];
