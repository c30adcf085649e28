// The map from agent id to the type of its validated output, shared by the pipeline, arbiter and renderers.
import type { Brief } from './brief.js';
import type { Journey } from './journey.js';
import type { Personas } from './personas.js';
import type { Positioning } from './positioning.js';
import type { Prioritizer } from './prioritizer.js';
import type { Swot } from './swot.js';

export { AGENT_IDS, type AgentId } from './agent-ids.js';

export interface AgentOutputs {
  brief: Brief;
  swot: Swot;
  personas: Personas;
  positioning: Positioning;
  journey: Journey;
  prioritizer: Prioritizer;
}
