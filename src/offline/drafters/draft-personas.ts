// The personas drafter: the model's archetypes (hypotheses to check), the brief's audience as segment, and a
// business buyer whenever a goal asks for business customers.
import type { Brief } from '../../../agents/brief.js';
import type { Persona, Personas } from '../../../agents/personas.js';
import { KNOWLEDGE, type PersonaArchetype } from '../../knowledge/index.js';
import type { Candidate } from './candidates.js';
import { deriveFacts, type Facts } from './facts.js';

type Side = 'B2B' | 'B2C' | 'marketplace';

/** Which archetype table each persona comes from, in id order: recomputed by the prioritizer to link actions. */
function plan(facts: Facts): { side: Side; archetype: PersonaArchetype }[] {
  const model = facts.model.id;
  const side: Side =
    model === 'marketplace' ? 'marketplace' : model === 'B2B' || model === 'B2G' ? 'B2B' : 'B2C';
  const rows = KNOWLEDGE.personas[side].map((archetype) => ({ side, archetype }));
  const wantsBusiness = facts.brief.goals.some((goal) => facts.intentOf(goal) === 'b2b_deals');
  if (side !== 'B2B' && (wantsBusiness || model === 'B2B2C'))
    rows.push({ side: 'B2B', archetype: KNOWLEDGE.personas.B2B[0]! });
  return rows.slice(0, 4);
}

export function draftPersonas(brief: Brief): Personas {
  const facts = deriveFacts(brief);
  const lang = facts.lang;
  const personas = plan(facts).map(({ side, archetype }, index): Persona => {
    const base =
      side === 'B2B' && facts.model.id !== 'B2B' && facts.model.id !== 'B2G'
        ? KNOWLEDGE.models[0]!
        : facts.model;
    const segment = index === 0 && facts.segment ? facts.segment : base.segment[lang];
    return {
      id: `P${index + 1}`,
      name: archetype.name[lang],
      segment: facts.t('segmentHypothesis', { segment }),
      role: archetype.role?.[lang] ?? null,
      goals: [...archetype.goals[lang]],
      pains: [...archetype.pains[lang]],
      triggers: [...archetype.triggers[lang]],
      objections: [...archetype.objections[lang]],
      // A business buyer added to a consumer brief is not reached where today's customers are.
      channels:
        base === facts.model ? channelsFor(brief, archetype.channels[lang]) : [...archetype.channels[lang]],
      decisionCriteria: [...archetype.criteria[lang]],
      priority: index === 0 ? 'primary' : 'secondary',
    };
  });
  return { personas };
}

/** The brief's own channels come first: that is where these people are known to be reached today. */
function channelsFor(brief: Brief, generic: readonly string[]): string[] {
  return [...new Set([...brief.channels.map((c) => c.name), ...generic])].slice(0, 6);
}

/** The personas an action speaks to: the business buyer for business-deal actions, else the primary persona. */
export function personaIdsFor(facts: Facts, personas: Personas, candidate: Candidate): string[] {
  const sides = plan(facts).map((row) => row.side);
  const business = candidate.goals.some((goal) => facts.intentOf(goal) === 'b2b_deals');
  const index = business ? sides.indexOf('B2B') : 0;
  const persona = personas.personas[Math.max(index, 0)];
  return persona ? [persona.id] : [];
}
