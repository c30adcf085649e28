// The journey mapper: for each persona, the stages from awareness to advocacy with touchpoints and frictions.
import { z } from 'zod';
import { defineAgent } from './define.js';
import { JourneyStage, PersonaId } from './ids.js';
import { compactPersonas, type Personas } from './personas.js';

export const JourneyStep = z.object({
  stage: JourneyStage,
  touchpoints: z.array(z.string()),
  customerGoal: z.string(),
  frictions: z.array(z.string()),
  opportunities: z.array(z.string()),
  kpi: z.string().nullable().describe('The figure that tells whether this stage works'),
});
export type JourneyStep = z.infer<typeof JourneyStep>;

export const PersonaJourney = z.object({
  personaId: PersonaId,
  stages: z.array(JourneyStep),
});
export type PersonaJourney = z.infer<typeof PersonaJourney>;

export const Journey = z.object({
  journeys: z.array(PersonaJourney),
});
export type Journey = z.infer<typeof Journey>;

export const journeyAgent = defineAgent({
  id: 'journey',
  title: 'Journey mapper',
  needs: ['brief', 'personas'],
  output: Journey,
  prompts: { system: 'journey.system', user: 'journey.user' },
  temperature: 0.3,
  context: (upstream: { personas?: Personas }) => ({ personas: compactPersonas(upstream.personas) }),
});

/** Compact view for the prioritizer: the frictions worth acting on, per persona and stage. */
export function compactJourney(journey: Journey | undefined) {
  if (!journey) return null;
  return journey.journeys.map((j) => ({
    personaId: j.personaId,
    stages: j.stages.map((s) => ({ stage: s.stage, frictions: s.frictions.slice(0, 2), kpi: s.kpi })),
  }));
}
