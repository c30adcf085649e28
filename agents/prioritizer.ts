// The action prioritizer: candidate actions with RICE inputs, cost, dependencies and a KPI. The arbiter decides.
import { z } from 'zod';
import { defineAgent } from './define.js';
import { ActionId, GoalId, JourneyStage, PersonaId, SwotId } from './ids.js';
import { compactJourney, type Journey } from './journey.js';
import { compactPersonas, type Personas } from './personas.js';
import { compactPositioning, type Positioning } from './positioning.js';
import { compactSwot, type Swot } from './swot.js';

export const Kpi = z.object({
  metric: z.string(),
  target: z.number().nullable(),
  unit: z.string().nullable(),
  timeframeMonths: z.number().nullable(),
});
export type Kpi = z.infer<typeof Kpi>;

export const CandidateAction = z.object({
  id: ActionId,
  title: z.string(),
  description: z.string(),
  goalIds: z.array(GoalId),
  personaIds: z.array(PersonaId),
  stages: z.array(JourneyStage),
  swotIds: z.array(SwotId),
  channel: z.string().describe('One channel, e.g. "SEO", "LinkedIn ads", "partnerships", "email"'),
  reach: z.number().describe('People reached per quarter'),
  impact: z.number().describe('RICE impact: 0.25, 0.5, 1, 2 or 3'),
  confidence: z.number().describe('0.5 to 1'),
  effortDays: z.number().describe('Effort in person-days'),
  cost: z.number().describe("Out-of-pocket cost in the brief's currency"),
  currency: z.string().describe("ISO 4217 code; must be the brief's currency"),
  dependsOn: z.array(ActionId),
  kpi: Kpi,
  killCriterion: z.string().nullable().describe('When to stop this action'),
});
export type CandidateAction = z.infer<typeof CandidateAction>;

export const Prioritizer = z.object({
  actions: z.array(CandidateAction),
});
export type Prioritizer = z.infer<typeof Prioritizer>;

export const prioritizerAgent = defineAgent({
  id: 'prioritizer',
  title: 'Action prioritizer',
  needs: ['brief', 'swot', 'personas', 'positioning', 'journey'],
  output: Prioritizer,
  prompts: { system: 'prioritizer.system', user: 'prioritizer.user' },
  temperature: 0.3,
  context: (upstream: {
    swot?: Swot;
    personas?: Personas;
    positioning?: Positioning;
    journey?: Journey;
  }) => ({
    swot: compactSwot(upstream.swot),
    personas: compactPersonas(upstream.personas),
    positioning: compactPositioning(upstream.positioning),
    journey: compactJourney(upstream.journey),
  }),
});
