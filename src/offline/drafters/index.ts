// The offline drafters: one pure, deterministic function per agent, filling the same schemas the LLM does.
export { draftJourney } from './draft-journey.js';
export { draftPersonas } from './draft-personas.js';
export { draftPositioning } from './draft-positioning.js';
export { draftPrioritizer } from './draft-prioritizer.js';
export { draftSwot } from './draft-swot.js';
