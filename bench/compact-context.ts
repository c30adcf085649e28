// Renders an agent's prompt twice, with its compact upstream context (what Boussole sends) and with the upstream
// outputs whole (what passing everything would send), to measure the prompt tokens the compact form saves.
import type { AgentId, AgentOutputs } from '../agents/index.js';
import { AGENTS } from '../agents/index.js';
import { type PromptSet, promptVariables } from '../src/prompts/index.js';

export interface PromptPair {
  compact: { system: string; user: string };
  whole: { system: string; user: string };
}

export interface RenderInputs {
  sourceText: string;
  upstream: Partial<AgentOutputs>;
  language: 'fr' | 'en';
}

/** Null for an agent with no upstream context (brief, swot, personas read the brief only). */
export function renderBothWays(
  prompts: PromptSet,
  agentId: AgentId,
  inputs: RenderInputs,
): PromptPair | null {
  const contextOf = AGENTS[agentId].context;
  if (!contextOf) return null;
  const promptInputs = inputs;
  const variables = promptVariables(agentId, promptInputs);
  // The same keys as the compact context (each one an agent id), holding that agent's full output instead.
  const compact = contextOf(inputs.upstream);
  const whole = Object.fromEntries(
    Object.keys(compact).map((key) => [key, inputs.upstream[key as AgentId] ?? null]),
  );
  return {
    compact: prompts.render(agentId, variables),
    whole: prompts.render(agentId, { ...variables, context: whole }),
  };
}
