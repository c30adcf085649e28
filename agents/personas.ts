// The persona builder: two to four buyer personas that fit the company's model and market.
import { z } from 'zod';
import { defineAgent } from './define.js';
import { PersonaId } from './ids.js';

export const Persona = z.object({
  id: PersonaId,
  name: z.string().describe('A memorable first name plus a label, e.g. "Claire, office manager"'),
  segment: z.string(),
  role: z.string().nullable(),
  goals: z.array(z.string()),
  pains: z.array(z.string()).describe('Frictions and frustrations (freins)'),
  triggers: z.array(z.string()).describe('Events that make them look for a solution'),
  objections: z.array(z.string()),
  channels: z.array(z.string()).describe('Where they can be reached'),
  decisionCriteria: z.array(z.string()),
  priority: z.enum(['primary', 'secondary']),
});
export type Persona = z.infer<typeof Persona>;

export const Personas = z.object({
  personas: z.array(Persona).describe('Two to four personas'),
});
export type Personas = z.infer<typeof Personas>;

export const personasAgent = defineAgent({
  id: 'personas',
  title: 'Persona builder',
  needs: ['brief'],
  output: Personas,
  prompts: { system: 'personas.system', user: 'personas.user' },
  temperature: 0.4,
});

/** Compact view of the personas for downstream prompts. */
export function compactPersonas(personas: Personas | undefined) {
  if (!personas) return null;
  return personas.personas.map((p) => ({
    id: p.id,
    name: p.name,
    segment: p.segment,
    priority: p.priority,
    pains: p.pains.slice(0, 3),
    channels: p.channels,
    decisionCriteria: p.decisionCriteria.slice(0, 3),
  }));
}
