// The journey drafter: for each persona, the six stages with touchpoints, goals, frictions, opportunities and a KPI.
import type { Brief } from '../../../agents/brief.js';
import { JOURNEY_STAGES, type JourneyStage } from '../../../agents/ids.js';
import type { Journey, JourneyStep } from '../../../agents/journey.js';
import type { Persona, Personas } from '../../../agents/personas.js';
import { channelById } from '../knowledge/channels.js';
import { STAGE_TEMPLATES } from '../knowledge/journey-stages.js';
import { matchChannel } from '../knowledge/lookup.js';
import { type BriefFacts, deriveFacts } from './brief-facts.js';

const MAX_TOUCHPOINTS = 4;

export function draftJourney(brief: Brief, personas: Personas): Journey {
  const facts = deriveFacts(brief);
  return {
    journeys: personas.personas.map((persona) => ({
      personaId: persona.id,
      stages: JOURNEY_STAGES.map((stage) => step(facts, persona, stage)),
    })),
  };
}

function step(facts: BriefFacts, persona: Persona, stage: JourneyStage): JourneyStep {
  const language = facts.brief.language;
  const template = STAGE_TEMPLATES[facts.family][stage];
  const touchpoints = unique([
    ...personaTouchpoints(persona, stage),
    ...template.touchpoints[language],
  ]).slice(0, MAX_TOUCHPOINTS);
  return {
    stage,
    touchpoints,
    customerGoal:
      stage === 'awareness'
        ? (persona.goals[0] ?? template.customerGoal[language])
        : template.customerGoal[language],
    frictions: unique([...personaFrictions(persona, stage), ...template.frictions[language]]),
    opportunities: [
      facts.t.journeyOpportunity[stage]({
        company: facts.company,
        offer: facts.offer,
        touchpoint: touchpoints[0] ?? facts.offer,
        criterion: persona.decisionCriteria[0] ?? facts.offer,
      }),
    ],
    kpi: template.kpi[language],
  };
}

/** The persona's channels that play a part at this stage, by the catalogue's stage map. */
function personaTouchpoints(persona: Persona, stage: JourneyStage): string[] {
  return persona.channels.filter((name) => {
    const id = matchChannel(name);
    return id !== null && channelById(id).stages.includes(stage);
  });
}

/** Where the persona's own pains and objections bite: first pain when comparing, first objection when deciding. */
function personaFrictions(persona: Persona, stage: JourneyStage): string[] {
  const picks: { readonly [S in JourneyStage]: (string | undefined)[] } = {
    awareness: [],
    consideration: [persona.pains[0]],
    decision: [persona.objections[0]],
    onboarding: [persona.pains[1]],
    retention: [],
    advocacy: [],
  };
  return picks[stage].filter((item): item is string => item !== undefined);
}

function unique(items: readonly string[]): string[] {
  return items.filter((item, index) => items.indexOf(item) === index);
}
