// One action whose score is an outlier (a reach read from a clip's views) does not make every other action
// "negligible": the bar is set by the best action, capped at 10× the runner-up. Inputs hand-authored.
import { describe, expect, it } from 'vitest';
import { arbitrate } from '../../src/arbiter/index.js';
import { action, inputs } from './builders.js';
import { expectRoadmapInvariants } from './invariants.js';
import { codeOf } from './lookup.js';

const cheap = { cost: 0, effortDays: 2 };

describe('the negligible bar and an outlier', () => {
  it('keeps a plan of comparable actions next to one action with a 1000× reach', () => {
    const roadmap = arbitrate(
      inputs({
        actions: [
          action('A1', { ...cheap, reach: 2_100_000 }),
          ...['A2', 'A3', 'A4', 'A5'].map((id) => action(id, { ...cheap, reach: 2000 })),
        ],
      }),
    );
    expectRoadmapInvariants(roadmap, 5);
    for (const id of ['A2', 'A3', 'A4', 'A5']) expect(codeOf(roadmap, id)).not.toBe('below_threshold');
  });

  it('still leaves out an action negligible next to the runner-up', () => {
    const roadmap = arbitrate(
      inputs({
        actions: [
          action('A1', { ...cheap, reach: 2_100_000 }),
          action('A2', { ...cheap, reach: 2000 }),
          action('A3', { ...cheap, reach: 2000 }),
          action('A4', { ...cheap, reach: 1 }),
        ],
      }),
    );
    expect(codeOf(roadmap, 'A4')).toBe('below_threshold');
    expect(codeOf(roadmap, 'A2')).not.toBe('below_threshold');
  });
});
