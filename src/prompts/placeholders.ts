// Placeholder prompt variables, used to check at start-up that every template renders.
import type { Brief } from '../../agents/brief.js';
import type { AgentId } from '../../agents/outputs.js';
import { promptVariables } from './variables.js';

const PLACEHOLDER_BRIEF: Brief = {
  company: {
    name: 'Placeholder',
    description: null,
    sector: null,
    businessModel: null,
    offer: null,
    markets: [],
    stage: null,
  },
  audience: null,
  goals: [],
  budget: null,
  capacity: null,
  maturity: null,
  profile: null,
  competitors: [],
  channels: [],
  constraints: [],
  assets: [],
  committedSpend: [],
  calendar: { busyMonths: [], deadlines: [] },
  language: 'en',
  horizonMonths: 12,
};

export function placeholderVariables(agentId: AgentId): Record<string, unknown> {
  return promptVariables(agentId, {
    sourceText: 'placeholder brief',
    upstream: { brief: PLACEHOLDER_BRIEF },
    language: 'en',
  });
}
