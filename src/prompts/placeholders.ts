// Placeholder prompt variables, used to check at start-up that every template renders.
import type { Brief } from '../../agents/brief.js';
import type { AgentId } from '../../agents/outputs.js';
import { emptyBrief } from '../brief/empty-brief.js';
import { promptVariables } from './variables.js';

const PLACEHOLDER_BRIEF: Brief = emptyBrief('Placeholder', 'en');

export function placeholderVariables(agentId: AgentId): Record<string, unknown> {
  return promptVariables(agentId, {
    sourceText: 'placeholder brief',
    upstream: { brief: PLACEHOLDER_BRIEF },
    language: 'en',
  });
}
