// Deadlines the brief states: tied to the actions of the goal whose sentence gives the date, placed before it, counted
// by their written year, a demand peak pulling buyer-facing work ahead, and a warning when a date cannot be met.
import { describe, expect, it } from 'vitest';
import { deadlineOffset, matchDeadlines } from '../../src/arbiter/deadlines.js';
import { arbitrate } from '../../src/arbiter/index.js';
import { action, brief, goal, inputs } from './builders.js';

const calendar = (what: string, month: number) => ({ busyMonths: [], deadlines: [{ what, month }] });

describe('stated deadlines', () => {
  it('counts a written year: February 2028 is not February 2027', () => {
    expect(deadlineOffset({ what: 'Vinexpo Paris February 2028', month: 2 }, '2027-01', 0, 24)).toBe(13);
    expect(deadlineOffset({ what: 'Vinexpo Paris February 2028', month: 2 }, '2027-01', 0, 12)).toBeNull();
    expect(deadlineOffset({ what: 'Salon in February', month: 2 }, '2027-01', 0, 12)).toBe(1);
  });

  it('ties the actions of the goal whose sentence states the date, and ends them before it', () => {
    const goals = [
      goal('G1', { statement: 'Reach 1,600 members (subscriptions open on 15 June 2027)' }),
      goal('G2'),
    ];
    const roadmap = arbitrate(
      {
        ...inputs({
          brief: brief({ goals, calendar: calendar('subscriptions open on 15 June 2027', 6) }),
          actions: [action('A1', { goalIds: ['G1'], effortDays: 3 }), action('A2', { goalIds: ['G2'] })],
        }),
      },
      {},
      { start: '2027-01' },
    );
    const a1 = roadmap.horizons.flatMap((h) => h.actions).find((a) => a.id === 'A1');
    expect(a1?.deadline).toBe('subscriptions open on 15 June 2027');
    expect(a1?.endMonth).toBeLessThanOrEqual(5);
    expect(roadmap.checks.map((c) => c.code)).not.toContain('deadline_unprepared');
  });

  it('ties buyer-facing actions to a demand peak, and not retention work', () => {
    const served = matchDeadlines(
      [{ what: 'spring is our peak', month: 3 }],
      [
        { id: 'A1', goalIds: ['G1'], stages: ['awareness'], source: action('A1') },
        { id: 'A2', goalIds: ['G1'], stages: ['retention'], source: action('A2') },
      ] as never,
      '2027-01',
      0,
      12,
      'Pedalo',
    );
    expect(served.get('A1')).toMatchObject({ what: 'spring is our peak', offset: 2 });
    expect(served.has('A2')).toBe(false);
  });

  it('warns when no action prepares a stated date', () => {
    const roadmap = arbitrate(
      inputs({
        brief: brief({ calendar: calendar('Liverpool opens in September 2027', 9) }),
        actions: [action('A1')],
      }),
      {},
      { start: '2027-01' },
    );
    const finding = roadmap.checks.find((c) => c.code === 'deadline_unprepared');
    expect(finding?.message).toContain('Liverpool opens in September 2027');
  });
});
