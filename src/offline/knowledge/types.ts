// Types shared by the offline knowledge base: bilingual text, budget tiers, channel and sector keys.
import type { BusinessModel, GoalKind, Language } from '../../../agents/brief.js';
import type { JourneyStage } from '../../../agents/ids.js';

/** A text in both languages the drafters write in. */
export type Localized = { readonly [L in Language]: string };
export type LocalizedList = { readonly [L in Language]: readonly string[] };

/** Monthly budget size, in euro-equivalents (see budget-tiers.ts). */
export type BudgetTier = 'none' | 'small' | 'medium' | 'large';
export type PaidTier = Exclude<BudgetTier, 'none'>;

/** RICE impact values the prioritizer schema accepts. */
export type RiceImpact = 0.25 | 0.5 | 1 | 2 | 3;

export const CHANNEL_IDS = [
  'tracking',
  'seo',
  'content',
  'google_ads',
  'meta_ads',
  'linkedin_ads',
  'email',
  'webinars',
  'partnerships',
  'referral',
  'local_seo',
  'events',
  'pr',
  'influencers',
  'marketplace',
  'outbound',
  'community',
  'reviews',
  'retargeting',
  'social_organic',
  'landing',
  // Not in the catalogue: the action that delivers a project a goal names (projects.ts).
  'project',
] as const;
export type ChannelId = (typeof CHANNEL_IDS)[number];

/** One per row of the sector table (sectors.ts). */
export type SectorSlug =
  | 'saas'
  | 'retail_ecommerce'
  | 'food_restaurant'
  | 'food_shop'
  | 'hospitality_tourism'
  | 'health_wellness'
  | 'education_training'
  | 'professional_services'
  | 'construction_craft'
  | 'manufacturing_industry'
  | 'fintech_insurance'
  | 'real_estate'
  | 'beauty_fashion'
  | 'agriculture_food_production'
  | 'logistics'
  | 'nonprofit'
  | 'media_creative'
  | 'fitness_sport'
  | 'automotive'
  | 'energy';

export interface Channel {
  readonly id: ChannelId;
  readonly label: Localized;
  /** Words that identify this channel in a brief's channel names, accent-free and lower case. */
  readonly aliases: readonly string[];
  /** Needs media or booth spend: impossible without a budget. */
  readonly paid: boolean;
  /** Minimum monthly spend (EUR-equivalent) below which a paid channel does not learn anything. */
  readonly minMonthlyEur: number;
  /** 0 = not a fit, 3 = a core channel for this business model. */
  readonly fit: { readonly [M in BusinessModel]: number };
  readonly goalKinds: readonly GoalKind[];
  readonly stages: readonly JourneyStage[];
  /** Typical monthly out-of-pocket cost (media, tools, rewards) by budget tier, EUR-equivalent. */
  readonly monthlyCostEur: { readonly [T in BudgetTier]: number };
  /** Person-days to set up and run the action for one quarter. */
  readonly effortDaysPerQuarter: number;
  /** People reached per quarter by budget tier, for a B2C audience (B2B scales down, see reach-factors). */
  readonly reachPerQuarter: { readonly [T in BudgetTier]: number };
  readonly timeToEffectMonths: number;
  /** How long the candidate action runs before it is judged. */
  readonly runMonths: number;
  readonly impact: RiceImpact;
  readonly confidence: number;
  /** Share of the people reached who do the KPI event (lead, order, booking...). */
  readonly conversionRate: number;
  /** Channels that must be in place first when they are in the plan (tracking before ads). */
  readonly requires: readonly ChannelId[];
  /** What the action's own KPI counts, when the goal gives no figure. */
  readonly kpi: Localized;
}
