// The SWOT analyst: strengths, weaknesses, opportunities and threats grounded in the brief, and what they imply.
import { z } from 'zod';
import { defineAgent } from './define.js';
import { OpportunityId, StrengthId, SwotId, ThreatId, WeaknessId } from './ids.js';

const item = <T extends z.ZodString>(id: T) =>
  z.object({
    id,
    statement: z.string(),
    evidence: z.string().nullable().describe('What in the brief supports this, quoted or paraphrased'),
    impact: z.number().describe('1 (minor) to 5 (decisive)'),
  });

export const SwotItem = item(z.string());
export type SwotItem = z.infer<typeof SwotItem>;

export const SwotImplication = z.object({
  kind: z.enum(['SO', 'ST', 'WO', 'WT']),
  statement: z.string(),
  itemIds: z.array(SwotId).describe('The SWOT items this implication crosses'),
});
export type SwotImplication = z.infer<typeof SwotImplication>;

export const Swot = z.object({
  strengths: z.array(item(StrengthId)),
  weaknesses: z.array(item(WeaknessId)),
  opportunities: z.array(item(OpportunityId)),
  threats: z.array(item(ThreatId)),
  implications: z.array(SwotImplication),
});
export type Swot = z.infer<typeof Swot>;

export const swotAgent = defineAgent({
  id: 'swot',
  title: 'SWOT analyst',
  needs: ['brief'],
  output: Swot,
  prompts: { system: 'swot.system', user: 'swot.user' },
  temperature: 0.3,
});

/** Compact view of a SWOT for downstream prompts: ids and statements, no evidence. */
export function compactSwot(swot: Swot | undefined) {
  if (!swot) return null;
  const pick = (items: readonly SwotItem[]) => items.map(({ id, statement, impact }) => ({ id, statement, impact }));
  return {
    strengths: pick(swot.strengths),
    weaknesses: pick(swot.weaknesses),
    opportunities: pick(swot.opportunities),
    threats: pick(swot.threats),
  };
}
