// Example tests for the "what moved" summary between two roadmaps.
import { describe, expect, it } from 'vitest';
import { arbitrate, diffRoadmaps } from '../../src/arbiter/index.js';
import { action, brief, inputs } from './builders.js';

describe('diffRoadmaps', () => {
  const actions = [
    action('A1', { cost: 2000, reach: 5000 }),
    action('A2', { cost: 2500, reach: 4000 }),
    action('A3', { cost: 5000, reach: 3000 }),
  ];

  it('lists nothing when nothing moved', () => {
    const roadmap = arbitrate(inputs({ actions }));
    expect(diffRoadmaps(roadmap, arbitrate(inputs({ actions: [...actions].reverse() })))).toEqual([]);
  });

  it("lists actions that went out, each with the new roadmap's reason and code", () => {
    const before = arbitrate(inputs({ actions }));
    const after = arbitrate(inputs({ actions }), { budget: 3000 });
    const moves = diffRoadmaps(before, after);
    const out = moves.filter((m) => m.kind === 'out');
    expect(out.map((m) => m.id)).toEqual(['A2', 'A3']);
    expect(out[0]).toMatchObject({
      to: 'deferred',
      code: 'over_budget',
      reason: expect.stringContaining('Deferred: Costs'),
    });
  });

  it('lists actions that came in and changed horizon', () => {
    const before = arbitrate(inputs({ actions }), { budget: 3000 });
    const after = arbitrate(inputs({ actions }));
    const moves = diffRoadmaps(before, after);
    expect(moves.filter((m) => m.kind === 'in').map((m) => [m.id, m.from, m.to])).toEqual([
      ['A2', 'deferred', 'next'],
      ['A3', 'deferred', 'later'],
    ]);

    const cheap = arbitrate(inputs({ actions: [action('A1', { cost: 100 })], brief: brief() }));
    const pricey = arbitrate(inputs({ actions: [action('A1', { cost: 3500 })], brief: brief() }));
    expect(diffRoadmaps(cheap, pricey)).toEqual([
      expect.objectContaining({
        id: 'A1',
        kind: 'moved',
        from: 'now',
        to: 'next',
        reason: expect.stringContaining('Moved from Now to Next'),
      }),
    ]);
  });

  it('says when an action is no longer proposed at all', () => {
    const before = arbitrate(inputs({ actions }));
    const after = arbitrate(inputs({ actions: actions.slice(0, 1) }));
    expect(diffRoadmaps(before, after).filter((m) => m.kind === 'out')).toEqual([
      expect.objectContaining({ id: 'A2', to: null, code: null }),
      expect.objectContaining({ id: 'A3', to: null, code: null }),
    ]);
  });
});
