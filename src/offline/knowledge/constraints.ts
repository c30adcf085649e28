// Constraint cues: words in a brief's constraints that change what can be proposed or add a threat.
import type { ChannelId } from './types.js';

export type ConstraintKind =
  | 'seasonality'
  | 'regulation'
  | 'no_ads'
  | 'no_social'
  | 'no_agency'
  | 'no_outbound';

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
