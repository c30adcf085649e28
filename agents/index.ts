// The agent DAG: every agent in dependency order, with lookups the pipeline and the CLI use.
import { briefAgent } from './brief.js';
import type { AgentSpec } from './define.js';
import { journeyAgent } from './journey.js';
import { AGENT_IDS, type AgentId, type AgentOutputs } from './outputs.js';
import { personasAgent } from './personas.js';
import { positioningAgent } from './positioning.js';
import { prioritizerAgent } from './prioritizer.js';
import { swotAgent } from './swot.js';

/** An agent as the pipeline sees it: its own output, and a context that may read any upstream output. */
export type AgentDefinition<Id extends AgentId = AgentId> = AgentSpec<
  Id,
  AgentOutputs[Id],
  Partial<AgentOutputs>
>;

export const AGENTS: { readonly [Id in AgentId]: AgentDefinition<Id> } = {
  brief: briefAgent,
  swot: swotAgent,
  personas: personasAgent,
  positioning: positioningAgent,
  journey: journeyAgent,
  prioritizer: prioritizerAgent,
};

export function isAgentId(value: string): value is AgentId {
  return (AGENT_IDS as readonly string[]).includes(value);
}

/** Agents that read `id`'s output, directly or through others, in DAG order. */
export function downstreamOf(id: AgentId): AgentId[] {
  const found = new Set<AgentId>();
  for (const candidate of AGENT_IDS) {
    const needs = AGENTS[candidate].needs;
    if (needs.includes(id) || needs.some((need) => found.has(need))) found.add(candidate);
  }
  return AGENT_IDS.filter((candidate) => found.has(candidate));
}

/** Longest chain of agents, counted in calls: the lower bound on a draft's wall time. */
export function dagDepth(): number {
  const depth = new Map<AgentId, number>();
  for (const id of AGENT_IDS)
    depth.set(id, 1 + Math.max(0, ...AGENTS[id].needs.map((n) => depth.get(n) ?? 0)));
  return Math.max(...depth.values());
}

export { AGENT_IDS, type AgentId, type AgentOutputs } from './outputs.js';
