// The arbiter's steering inputs: calendar months, busy months, deadlines, committed spend, decisions and reviews.
import { describe, expect, it } from 'vitest';
import { arbitrate, type Decision } from '../../src/arbiter/index.js';
import { action, brief, inputs } from './builders.js';
import { codeOf, placeOf, warningCodes } from './lookup.js';

const decision = (kind: Decision['kind'], actionId: string, extra: Partial<Decision> = {}): Decision => ({
  kind,
  actionId,
  channel: `channel-${actionId}`,
  title: `Action ${actionId}`,
  horizon: null,
  set: null,
  why: null,
  at: '2027-01-05T10:00:00.000Z',
  ...extra,
});

describe('calendar months', () => {
  it('dates horizons and actions from the start month, and keeps months relative without one', () => {
    const input = inputs({ actions: [action('A1'), action('A2', { effortDays: 30 })] });
    const dated = arbitrate(input, {}, { start: '2027-11' });
    expect(dated.start).toBe('2027-11');
    expect(dated.horizons.map((h) => [h.startDate, h.endDate])).toEqual([
      ['2027-11', '2028-01'],
      ['2028-02', '2028-04'],
      ['2028-05', '2028-10'],
    ]);
    const a2 = placeOf(dated, 'A2')?.action as { startDate: string; endDate: string };
    expect(a2.startDate >= '2027-11' && a2.endDate <= '2028-10').toBe(true);
    const relative = arbitrate(input);
    expect(relative.start).toBeNull();
    expect(relative.horizons[0]?.startDate).toBeNull();
  });

  it('keeps heavy work out of the busy months and says so', () => {
    const b = brief({ calendar: { busyMonths: [1, 2, 3], deadlines: [] } });
    const roadmap = arbitrate(
      inputs({ brief: b, actions: [action('A1', { effortDays: 6 }), action('A2', { effortDays: 1 })] }),
      {},
      { start: '2027-01' },
    );
    const heavy = placeOf(roadmap, 'A1');
    expect(heavy?.where).not.toBe('now');
    const light = placeOf(roadmap, 'A2');
    expect(light?.where).toBe('now');
    expect(roadmap.assumptions.join(' ')).toMatch(/busy months/i);
  });

  it('brings forward the action that serves a deadline and finishes it before', () => {
    const b = brief({ calendar: { busyMonths: [], deadlines: [{ what: 'Regional trade fair', month: 4 }] } });
    const actions = [
      action('A1', { reach: 9000, cost: 2500 }),
      action('A2', { reach: 8000, cost: 2500 }),
      action('A3', { reach: 1000, title: 'Book the trade fair stand', cost: 2500 }),
    ];
    const roadmap = arbitrate(inputs({ brief: b, actions }), {}, { start: '2027-01' });
    const fair = placeOf(roadmap, 'A3')?.action as { startMonth: number; endMonth: number; deadline: string };
    expect(placeOf(roadmap, 'A3')?.where).toBe('now');
    expect(fair.deadline).toBe('Regional trade fair');
    expect(fair.endMonth).toBeLessThanOrEqual(3);
  });

  it('counts committed spend against the budget and leaves an unknown budget unknown', () => {
    const b = brief({ committedSpend: [{ what: 'Trade show', amount: 4000, periodMonths: null }] });
    const roadmap = arbitrate(inputs({ brief: b, actions: [action('A1')] }), {}, { start: '2027-01' });
    expect(roadmap.constraints.committedSpend).toBe(4000);
    expect(roadmap.constraints.budgetAvailable).toBe(8000);
    const spend = roadmap.horizons.reduce((sum, h) => sum + (h.budgetAllotted ?? 0), 0);
    expect(spend).toBe(8000);
    const unknown = arbitrate(
      inputs({ brief: brief({ budget: null }), actions: [action('A1', { cost: 50_000 })] }),
      {},
      { start: '2027-01' },
    );
    expect(unknown.constraints.budgetAvailable).toBeNull();
    expect(unknown.horizons.every((h) => h.budget === null)).toBe(true);
    expect(placeOf(unknown, 'A1')?.where).toBe('now');
  });
});

describe('decisions', () => {
  const actions = [
    action('A1', { reach: 5000 }),
    action('A2', { reach: 4000 }),
    action('A3', { reach: 3000 }),
    action('A4', { reach: 20, cost: 100 }),
  ];

  it('leaves a vetoed action out with its reason, and what depends on it', () => {
    const withDependant = [...actions, action('A5', { dependsOn: ['A1'] })];
    const roadmap = arbitrate(
      inputs({ actions: withDependant }),
      {},
      {
        decisions: [decision('veto', 'A1', { why: 'Legal said no' })],
      },
    );
    expect(codeOf(roadmap, 'A1')).toBe('vetoed');
    expect(placeOf(roadmap, 'A1')?.action).toMatchObject({
      reason: expect.stringContaining('Legal said no'),
    });
    expect(codeOf(roadmap, 'A5')).toBe('dependency_excluded');
  });

  it('schedules a pinned action that would have been dropped as negligible', () => {
    const tiny = [...actions, action('A6', { reach: 1 })];
    expect(codeOf(arbitrate(inputs({ actions: tiny })), 'A6')).toBe('below_threshold');
    const pinned = arbitrate(inputs({ actions: tiny }), {}, { decisions: [decision('pin', 'A6')] });
    expect(placeOf(pinned, 'A6')?.where).toBe('now');
    expect(placeOf(pinned, 'A6')?.action).toMatchObject({ decision: 'pin' });
  });

  it('says what blocks a pin that cannot fit, naming the action', () => {
    const roadmap = arbitrate(
      inputs({ actions: [...actions, action('A6', { cost: 999_999 })] }),
      {},
      {
        decisions: [decision('pin', 'A6')],
      },
    );
    expect(warningCodes(roadmap)).toContain('decision_blocked');
    expect(roadmap.decisions[0]).toMatchObject({ status: 'blocked', appliedTo: 'A6' });
    expect(roadmap.decisions[0]?.message).toContain('A6');
  });

  it('locks an action to its horizon and overrides estimates', () => {
    const roadmap = arbitrate(
      inputs({ actions }),
      {},
      {
        decisions: [
          decision('lock', 'A1', { horizon: 'later' }),
          decision('set', 'A2', { set: { cost: 7, effortDays: null, target: 99 } }),
        ],
      },
    );
    expect(placeOf(roadmap, 'A1')?.where).toBe('later');
    const a2 = placeOf(roadmap, 'A2')?.action as { cost: number; kpi: { target: number } };
    expect(a2.cost).toBe(7);
    expect(a2.kpi.target).toBe(99);
  });

  it('finds the decided action again when the prioritizer renumbers, and reports one that disappeared', () => {
    const renumbered = [
      action('A1', { reach: 3000, title: 'Action A3', channel: 'channel-A3' }),
      action('A3', { reach: 5000, title: 'Action A1', channel: 'channel-A1' }),
    ];
    const roadmap = arbitrate(
      inputs({ actions: renumbered }),
      {},
      {
        decisions: [decision('veto', 'A1'), decision('pin', 'A7', { title: 'Gone', channel: 'nowhere' })],
      },
    );
    expect(codeOf(roadmap, 'A3')).toBe('vetoed');
    expect(codeOf(roadmap, 'A1')).not.toBe('vetoed');
    expect(roadmap.decisions.find((d) => d.actionId === 'A7')).toMatchObject({
      status: 'orphaned',
      appliedTo: null,
    });
    expect(warningCodes(roadmap)).toContain('decision_orphaned');
  });
});

describe('reviews of actual results', () => {
  const reviewed = [
    action('A1', { reach: 5000, killCriterion: 'Fewer than 20 leads after 2 months', cost: 2000 }),
    action('A2', {
      reach: 4000,
      channel: 'SEO',
      kpi: { metric: 'leads', target: 30, unit: 'leads', timeframeMonths: 6 },
    }),
    action('A3', { reach: 100, channel: 'SEO', title: 'SEO: second wave' }),
    action('A4', { reach: 3000 }),
  ];
  const rows = [
    { month: '2027-01', actionId: 'A1', value: 4, spend: 600, note: null },
    { month: '2027-02', actionId: 'A1', value: 9, spend: 600, note: 'weak' },
    { month: '2027-01', actionId: 'A2', value: 12, spend: 100, note: null },
    { month: '2027-02', actionId: 'A2', value: 25, spend: 100, note: null },
  ];

  it('stops an action whose kill criterion fired, quoting it and the figure', () => {
    const roadmap = arbitrate(inputs({ actions: reviewed }), {}, { start: '2027-01', actuals: rows });
    expect(codeOf(roadmap, 'A1')).toBe('stopped');
    const reason = (placeOf(roadmap, 'A1')?.action as { reason: string } | undefined)?.reason ?? '';
    expect(reason).toContain('Fewer than 20 leads after 2 months');
    expect(reason).toContain('9 leads');
    expect(roadmap.review?.actions.find((a) => a.id === 'A1')).toMatchObject({
      status: 'stopped',
      value: 9,
      spend: 1200,
    });
  });

  it('deducts spend to date, freezes past months and promotes an over-performer’s follow-up', () => {
    const roadmap = arbitrate(inputs({ actions: reviewed }), {}, { start: '2027-01', actuals: rows });
    expect(roadmap.constraints.spentToDate).toBe(1400);
    expect(roadmap.constraints.budgetAvailable).toBe(12_000 - 1400);
    expect(roadmap.review).toMatchObject({ asOf: '2027-02', elapsedMonths: 2 });
    expect(roadmap.horizons[0]?.pastMonths).toBe(2);
    for (const h of roadmap.horizons)
      for (const a of h.actions)
        if (a.status === 'planned' || a.status === 'not_started')
          expect(a.startMonth).toBeGreaterThanOrEqual(2);
    expect(roadmap.review?.overPerformers[0]).toMatchObject({ id: 'A2', followUp: 'A3' });
    // A3 scores below A4, yet the follow-up of what works is placed first, in the earliest horizon it fits.
    const followUp = placeOf(roadmap, 'A3')?.action as { rationale: string };
    expect(followUp.rationale).toContain('A2');
    expect(['now', 'next']).toContain(placeOf(roadmap, 'A3')?.where);
    expect(placeOf(roadmap, 'A4')?.where).not.toBe('now');
  });
});
