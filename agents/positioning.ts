// Positioning & pricing: the statement, value proposition, differentiators backed by SWOT strengths, and pricing.
import { z } from 'zod';
import { defineAgent } from './define.js';
import { PersonaId, SwotId } from './ids.js';
import { compactPersonas, type Personas } from './personas.js';
import { compactSwot, type Swot } from './swot.js';

export const Differentiator = z.object({
  statement: z.string(),
  swotIds: z.array(SwotId).describe('The strengths (S ids) that make this differentiator credible'),
});
export type Differentiator = z.infer<typeof Differentiator>;

export const MessagingPillar = z.object({
  personaId: PersonaId,
  pillar: z.string(),
  message: z.string(),
});
export type MessagingPillar = z.infer<typeof MessagingPillar>;

export const PriceTier = z.object({
  name: z.string(),
  price: z.number().nullable(),
  currency: z.string(),
  period: z.enum(['one_time', 'month', 'year', 'unit', 'hour', 'day', 'project']).nullable(),
  includes: z.array(z.string()),
});
export type PriceTier = z.infer<typeof PriceTier>;

export const CompetitorReference = z.object({
  competitor: z.string(),
  price: z.number().nullable(),
  note: z.string().nullable(),
});
export type CompetitorReference = z.infer<typeof CompetitorReference>;

export const Pricing = z.object({
  model: z.enum([
    'subscription',
    'one_time',
    'usage_based',
    'freemium',
    'tiered',
    'per_seat',
    'commission',
    'project',
    'hourly',
    'other',
  ]),
  currency: z.string(),
  tiers: z.array(PriceTier),
  rationale: z.string(),
  competitorReferences: z.array(CompetitorReference),
});
export type Pricing = z.infer<typeof Pricing>;

export const Positioning = z.object({
  positioningStatement: z.string(),
  valueProposition: z.string(),
  differentiators: z.array(Differentiator),
  proofPoints: z.array(z.string()),
  messagingPillars: z.array(MessagingPillar),
  pricing: Pricing,
});
export type Positioning = z.infer<typeof Positioning>;

export const positioningAgent = defineAgent({
  id: 'positioning',
  title: 'Positioning & pricing',
  needs: ['brief', 'swot', 'personas'],
  output: Positioning,
  prompts: { system: 'positioning.system', user: 'positioning.user' },
  temperature: 0.4,
  context: (upstream: { swot?: Swot; personas?: Personas }) => ({
    swot: compactSwot(upstream.swot),
    personas: compactPersonas(upstream.personas),
  }),
});

/** Compact view of the positioning for the prioritizer: what to say, not how it was argued. */
export function compactPositioning(positioning: Positioning | undefined) {
  if (!positioning) return null;
  return {
    positioningStatement: positioning.positioningStatement,
    differentiators: positioning.differentiators.map((d) => d.statement),
    pricingModel: positioning.pricing.model,
    tiers: positioning.pricing.tiers.map((t) => ({ name: t.name, price: t.price, period: t.period })),
  };
}
