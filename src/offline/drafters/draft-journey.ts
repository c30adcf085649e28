// The journey drafter: the six stages for each persona, with the brief's own channels as touchpoints where they fit.
import type { Brief } from '../../../agents/brief.js';
import type { Journey } from '../../../agents/journey.js';
import type { Personas } from '../../../agents/personas.js';
import { channelNamed, KNOWLEDGE } from '../../knowledge/index.js';

export function draftJourney(brief: Brief, personas: Personas): Journey {
  const lang = brief.language;
  const own = brief.channels.map((c) => ({ name: c.name, stages: channelNamed(c.name)?.stages ?? [] }));
  return {
    journeys: personas.personas.map((persona) => ({
      personaId: persona.id,
      stages: KNOWLEDGE.journey.map((notes) => {
        const fromBrief = own.filter((c) => c.stages.includes(notes.stage)).map((c) => c.name);
        const fromPersona =
          notes.stage === 'awareness' || notes.stage === 'consideration' ? persona.channels.slice(0, 2) : [];
        return {
          stage: notes.stage,
          touchpoints: [...new Set([...fromBrief, ...fromPersona])].slice(0, 4),
          customerGoal: notes.goal[lang],
          frictions: [notes.friction[lang]],
          opportunities: [notes.opportunity[lang]],
          kpi: notes.kpi[lang],
        };
      }),
    })),
  };
}
