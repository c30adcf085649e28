// Zod schemas of the knowledge files: a file that does not match fails at load, naming the file and the field.
import { z } from 'zod';
import { BusinessModel, GoalKind } from '../../agents/brief.js';
import { JourneyStage } from '../../agents/ids.js';
import { Pricing } from '../../agents/positioning.js';

export const Localized = z.strictObject({ fr: z.string().min(1), en: z.string().min(1) });
export type Localized = z.infer<typeof Localized>;
const LocalizedList = z.strictObject({ fr: z.array(z.string()), en: z.array(z.string()) });
const Tiers = z.object({ none: z.number(), small: z.number(), medium: z.number(), large: z.number() });
const ByModel = z.object(
  Object.fromEntries(BusinessModel.options.map((m) => [m, z.number()])) as {
    [M in BusinessModel]: z.ZodNumber;
  },
);

export const Benchmark = z.object({
  id: z.string(),
  metric: Localized,
  unit: z.enum(['%', 'money', 'count', 'ratio']),
  low: z.number(),
  typical: z.number(),
  high: z.number(),
  source: z.string().min(8),
});
export type Benchmark = z.infer<typeof Benchmark>;

/**
 * Who a channel rule speaks of: every key given must match the brief (its business model, its sector, its language as
 * a stand-in for its country). Each rule names the law, code or evidence behind it.
 */
export const ChannelAudience = z.strictObject({
  models: z.array(BusinessModel).optional(),
  sectors: z.array(z.string()).optional(),
  languages: z.array(z.enum(['fr', 'en'])).optional(),
  /** Words (lower case, no accents, * for any ending) of which one must name the business in its sector, offer or description. */
  words: z.array(z.string()).optional(),
  source: z.string().min(8),
});
export type ChannelAudience = z.infer<typeof ChannelAudience>;

export const Channel = z.object({
  id: z.string(),
  label: Localized,
  aliases: z.array(z.string()),
  assetKinds: z.array(z.string()),
  paid: z.boolean(),
  minMonthly: z.number(),
  fit: ByModel,
  intents: z.array(z.string()),
  stages: z.array(JourneyStage).min(1),
  monthlyCost: Tiers,
  effortDaysPerQuarter: z.number().positive(),
  reachPerQuarter: Tiers,
  runMonths: z.number().positive(),
  impact: z.union([z.literal(0.25), z.literal(0.5), z.literal(1), z.literal(2), z.literal(3)]),
  confidence: z.number().min(0.5).max(1),
  requires: z.array(z.string()),
  /** base: reach = reach over the run × rate; list = the brief's list size × rate × months; fixed = amount × rate. */
  kpi: z.object({
    metric: Localized,
    base: z.enum(['reach', 'list', 'fixed']),
    amount: z.number().optional(),
    benchmark: z.string().nullable(),
    unit: Localized,
  }),
  /** Benchmarks chained from the people reached to one customer or deal: caps a goal's share. */
  convert: z.array(z.string()),
  title: z.object({ new: LocalizedList, build: LocalizedList.optional(), revive: LocalizedList.optional() }),
  description: Localized,
  /** Briefs this channel must never be proposed to (a consumer marketplace and cold outreach; alcohol in France and paid social). */
  notFor: z.array(ChannelAudience).default([]),
  /** When given, the only briefs this channel may be proposed to. */
  onlyFor: z.array(ChannelAudience).default([]),
});
export type Channel = z.infer<typeof Channel>;

export const Sector = z.object({
  id: z.string(),
  label: Localized,
  noun: Localized,
  model: BusinessModel,
  local: z.boolean(),
  channels: z.array(z.string()),
  avoid: z.array(z.string()),
  strong: z.array(z.string()),
  keywords: z.array(z.string()),
});
export type Sector = z.infer<typeof Sector>;

export const ModelDefaults = z.object({
  id: BusinessModel,
  noun: Localized,
  segment: Localized,
  reachFactor: z.number().positive(),
  channels: z.array(z.string()),
  pricing: z.object({ model: Pricing.shape.model, rationale: Localized }),
});
export type ModelDefaults = z.infer<typeof ModelDefaults>;

export const GoalIntent = z.object({ id: z.string(), words: z.array(z.string()), kinds: z.array(GoalKind) });
export type GoalIntent = z.infer<typeof GoalIntent>;

export const PersonaArchetype = z.object({
  name: Localized,
  role: Localized.nullable(),
  goals: LocalizedList,
  pains: LocalizedList,
  triggers: LocalizedList,
  objections: LocalizedList,
  channels: LocalizedList,
  criteria: LocalizedList,
});
export type PersonaArchetype = z.infer<typeof PersonaArchetype>;
export const PersonaTable = z.object({
  B2B: z.array(PersonaArchetype).min(1),
  B2C: z.array(PersonaArchetype).min(1),
  marketplace: z.array(PersonaArchetype).min(1),
});

export const StageNotes = z.object({
  stage: JourneyStage,
  goal: Localized,
  friction: Localized,
  opportunity: Localized,
  kpi: Localized,
});
export type StageNotes = z.infer<typeof StageNotes>;

/** Every sentence the drafters write, in both languages; {slot} marks what the drafter fills in. */
const textKeys = [
  'servesGoal',
  'buildsOn',
  'dormantWin',
  'committed',
  'costEstimate',
  'costUnknownBudget',
  'countries',
  'busyMonths',
  'kpiGoalShare',
  'kpiEstimate',
  'kpiAudit',
  'killHalf',
  'killMovement',
  'strengthChannel',
  'strengthAsset',
  'strengthChannelBare',
  'strengthAssetBare',
  'strengthCompany',
  'weaknessDormant',
  'weaknessHours',
  'weaknessConstraint',
  'opportunityDormant',
  'opportunityAsset',
  'opportunityIntent',
  'threatCompetitor',
  'threatBusy',
  'implicationSO',
  'implicationWO',
  'implicationST',
  'implicationWT',
  'evidenceBrief',
  'statement',
  'statementNoOffer',
  'valueProposition',
  'pillarMessage',
  'competitorNote',
  'segmentHypothesis',
  'intentB2b',
  'intentGeo',
  'intentInternational',
  'intentReviews',
  'intentRetention',
  'unknown',
  'assumption',
  'perMonth',
  'kpiNoSource',
  'kpiRate',
  'kpiRevenue',
] as const;
export const Texts = z.object(
  Object.fromEntries(textKeys.map((key) => [key, Localized])) as {
    [K in (typeof textKeys)[number]]: typeof Localized;
  },
);
export type Texts = z.infer<typeof Texts>;
export type TextKey = keyof Texts;
