// Two locks that contradict a dependency: the locked dependency keeps its horizon and the lock that cannot hold is
// blocked with a message naming it (found by the steering property test, seed 297723673).
import { describe, expect, it } from 'vitest';
import { arbitrate, type Decision } from '../../src/arbiter/index.js';
import { action, inputs } from './builders.js';
import { placeOf } from './lookup.js';

const lock = (actionId: string, horizon: 'now' | 'next' | 'later'): Decision => ({
  kind: 'lock',
  actionId,
  channel: '',
  title: `Action ${actionId}`,
  horizon,
  set: null,
  why: 'because',
  at: '2027-01-02T10:00:00Z',
});

describe('a lock on an action whose dependency is locked later', () => {
  const actions = [
    action('A1', { reach: 0, cost: 0, effortDays: 1 }),
    action('A2', { reach: 0, cost: 0, effortDays: 1, dependsOn: ['A3'] }),
    action('A3', { reach: 0, cost: 0, effortDays: 1 }),
  ];
  const roadmap = arbitrate(
    inputs({ actions }),
    {},
    {
      start: '2027-01',
      decisions: [lock('A2', 'now'), lock('A3', 'next')],
    },
  );

  it('keeps the dependency where the user locked it', () => {
    expect(placeOf(roadmap, 'A3')?.where).toBe('next');
  });

  it('does not run the dependent action before what it needs, and says its lock is blocked', () => {
    const a2 = placeOf(roadmap, 'A2');
    expect(a2?.where).not.toBe('now');
    const outcome = roadmap.decisions.find((o) => o.kind === 'lock' && o.appliedTo === 'A2');
    expect(outcome?.status).toBe('blocked');
    expect(outcome?.message).toContain('A2');
  });
});

describe('a lock on an action whose dependency is locked earlier', () => {
  const actions = [
    action('A1', { reach: 0, cost: 0, effortDays: 1, dependsOn: ['A7'] }),
    action('A7', { reach: 0, cost: 0, effortDays: 1 }),
  ];
  const roadmap = arbitrate(
    inputs({ actions }),
    {},
    {
      start: '2027-01',
      decisions: [lock('A7', 'now'), lock('A1', 'later')],
    },
  );

  it('honours both: the dependency now, the action that needs it later (seed -2140979560)', () => {
    expect(placeOf(roadmap, 'A7')?.where).toBe('now');
    expect(placeOf(roadmap, 'A1')?.where).toBe('later');
  });
});
