// Runs an honesty check on an eval case: the case seen as a draft, what the brief states read from the brief agent.
import { cannotCheck } from './agent-output.js';
import { draftViewFromCase } from './draft-view.js';
import type { HonestyCheck } from './honesty-check.js';
import type { Check } from './types.js';

export function onEvalCase(check: HonestyCheck): Check {
  return (c) => {
    const draft = draftViewFromCase(c);
    return draft === null ? cannotCheck(['brief']) : check(draft);
  };
}
