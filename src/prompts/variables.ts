// Builds the variables a prompt template sees: the brief as data, the language, and each agent's compact context.
import { AGENTS } from '../../agents/index.js';
import type { AgentId, AgentOutputs } from '../../agents/outputs.js';
import { fenceText, labelText } from './prompt-json.js';

export interface PromptInputs {
  sourceText: string | null;
  upstream: Partial<AgentOutputs>;
  language: 'fr' | 'en';
}

export function promptVariables(agentId: AgentId, inputs: PromptInputs): Record<string, unknown> {
  const agent = AGENTS[agentId];
  return {
    language: inputs.language,
    sourceText: fenceText(inputs.sourceText ?? ''),
    brief: inputs.upstream.brief ?? null,
    // Printed outside the data blocks ("Write the SWOT for ..."): one line, none of our data tags.
    companyName: labelText(inputs.upstream.brief?.company.name ?? ''),
    context: agent.context ? agent.context(inputs.upstream) : {},
  };
}
