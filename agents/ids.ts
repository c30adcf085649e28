// Typed id schemas: every id carries its kind as a prefix, so a reference can be checked against what exists.
import { z } from 'zod';

const prefixed = (prefix: string, what: string) =>
  z
    .string()
    .regex(new RegExp(`^${prefix}[0-9]+$`))
    .describe(`${what} id: "${prefix}" followed by a number, e.g. ${prefix}1`);

export const GoalId = prefixed('G', 'Goal');
export const StrengthId = prefixed('S', 'Strength');
export const WeaknessId = prefixed('W', 'Weakness');
export const OpportunityId = prefixed('O', 'Opportunity');
export const ThreatId = prefixed('T', 'Threat');
export const PersonaId = prefixed('P', 'Persona');
export const ActionId = prefixed('A', 'Action');
/** Any SWOT item id (S, W, O or T prefix). */
export const SwotId = z
  .string()
  .regex(/^[SWOT][0-9]+$/)
  .describe('SWOT item id: S1, W2, O1, T3...');

export const JOURNEY_STAGES = ['awareness', 'consideration', 'decision', 'onboarding', 'retention', 'advocacy'] as const;
export const JourneyStage = z.enum(JOURNEY_STAGES);
export type JourneyStage = z.infer<typeof JourneyStage>;
