// The personas drafter: two to four buyer personas from archetypes that fit the brief's model, sector and market.
import type { Brief } from '../../../agents/brief.js';
import type { Persona, Personas } from '../../../agents/personas.js';
import { CHANNELS } from '../knowledge/channels.js';
import { type Archetype, type ArchetypeId, archetypeById, MODEL_ARCHETYPES } from '../knowledge/personas.js';
import { type BriefFacts, deriveFacts } from './brief-facts.js';

export function draftPersonas(brief: Brief): Personas {
  const facts = deriveFacts(brief);
  const archetypes = pickArchetypes(facts).slice(0, personaCount(facts));
  return {
    personas: archetypes.map((archetype, index) => personaFrom(facts, archetype, index, archetypes.length)),
  };
}

/** Two for a bare brief, four when there are several markets or two sides to serve, three otherwise. */
function personaCount(facts: BriefFacts): number {
  const { brief } = facts;
  if (brief.audience === null && brief.goals.length === 0) return 2;
  if (brief.company.markets.length >= 2 || facts.model === 'B2B2C' || facts.model === 'marketplace') return 4;
  return 3;
}

/** The sector's archetypes that fit the business model first, then the model's usual ones. */
function pickArchetypes(facts: BriefFacts): Archetype[] {
  const ids: ArchetypeId[] = [];
  for (const id of [...facts.sector.archetypes, ...MODEL_ARCHETYPES[facts.model]]) {
    if (!ids.includes(id) && archetypeById(id).models.includes(facts.model)) ids.push(id);
  }
  return ids.map(archetypeById);
}

function personaFrom(facts: BriefFacts, archetype: Archetype, index: number, count: number): Persona {
  const { t, brief } = facts;
  const language = brief.language;
  const competitor = brief.competitors[index % Math.max(brief.competitors.length, 1)];
  const segment =
    index === 0 && facts.audience
      ? t.segmentFromAudience(facts.audience, facts.market)
      : t.segmentIn(archetype.segment[language], facts.market);
  return {
    id: `P${index + 1}`,
    name: archetype.name[language],
    segment: index === 0 && !facts.audience ? `${segment} (${t.assumeNoAudience})` : segment,
    role: archetype.role?.[language] ?? null,
    goals: [t.personaOfferGoal(facts.offer), ...archetype.goals[language]],
    pains: [...archetype.pains[language]],
    triggers: [...archetype.triggers[language]],
    objections: competitor
      ? [t.objectionCompetitor(competitor), ...archetype.objections[language]]
      : [...archetype.objections[language]],
    channels: channelsFor(facts, archetype),
    decisionCriteria: [...archetype.decisionCriteria[language]],
    // With four personas the first two are primary; otherwise only the first.
    priority: index === 0 || (count === 4 && index === 1) ? 'primary' : 'secondary',
  };
}

/** The brief's own channel names where they match the archetype's channels, then catalogue labels for the rest. */
function channelsFor(facts: BriefFacts, archetype: Archetype): string[] {
  const names: string[] = [];
  for (const id of archetype.channels) {
    if (facts.excludedChannels.has(id)) continue;
    const own = facts.channels.filter((channel) => channel.channelId === id).map((channel) => channel.name);
    const label = CHANNELS.find((channel) => channel.id === id)?.label[facts.brief.language];
    for (const name of own.length > 0 ? own : label ? [label] : [])
      if (!names.includes(name)) names.push(name);
  }
  return names;
}
