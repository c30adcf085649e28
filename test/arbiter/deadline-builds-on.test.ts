// A dated deadline's surest lever is what the brief already has: the action built on it is placed before the date.
import { describe, expect, it } from 'vitest';
import { matchDeadlines } from '../../src/arbiter/deadlines.js';
import { arbitrate } from '../../src/arbiter/index.js';
import { action, brief, goal, inputs } from './builders.js';

const date = 'ouverture des abonnements le 15 juin 2027';
const theatre = brief({
  goals: [goal('G1', { statement: `passer de 1 150 à 1 600 abonnés (${date})` })],
  calendar: { busyMonths: [], deadlines: [{ what: date, month: 6 }] },
  channels: [{ name: 'Billetterie en ligne', metric: 'contacts', value: 14000, status: 'active' }],
});
// Eight better-scored actions serve the same date; the one on the ticketing list scores lowest.
const others = Array.from({ length: 8 }, (_, i) =>
  action(`A${i + 1}`, { reach: 5000, cost: 100, effortDays: 20 }),
);
const list = action('A9', {
  title: 'Relancer les contacts de la billetterie en ligne',
  channel: 'Billetterie en ligne',
  reach: 300,
  effortDays: 10,
  cost: 100,
});

describe('a deadline and what the brief already has', () => {
  it('marks the action built on a named channel', () => {
    const served = matchDeadlines(
      theatre.calendar.deadlines,
      [
        { id: 'A1', goalIds: ['G1'], stages: ['awareness'], source: others[0] },
        { id: 'A9', goalIds: ['G1'], stages: ['awareness'], source: list },
      ] as never,
      '2027-01',
      0,
      12,
      'Théâtre de Villefranche',
      theatre.goals,
      theatre,
    );
    expect(served.get('A9')).toMatchObject({ what: date, buildsOn: true });
    expect(served.get('A1')).toMatchObject({ what: date, buildsOn: false });
  });

  it('places it to end before the date though it scores last', () => {
    const roadmap = arbitrate(
      inputs({ brief: theatre, actions: [...others, list] }),
      {},
      { start: '2027-01' },
    );
    const a9 = roadmap.horizons.flatMap((h) => h.actions).find((a) => a.id === 'A9');
    expect(a9?.endMonth).toBeLessThanOrEqual(5);
    expect(
      roadmap.warnings.filter((w) => w.code === 'deadline_at_risk').flatMap((w) => w.refs),
    ).not.toContain('A9');
  });
});
