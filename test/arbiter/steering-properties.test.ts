// Property tests of the steering inputs: decisions hold whatever the order of anything, and a review never plans
// more spend than the budget left after what was spent, nor new work in months already past.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CandidateAction } from '../../agents/prioritizer.js';
import { type ActualRow, arbitrate, type Decision } from '../../src/arbiter/index.js';
import { action, brief, inputs } from './builders.js';
import { placeOf } from './lookup.js';

const ID = fc.integer({ min: 1, max: 8 }).map((n) => `A${n}`);

const arbActions: fc.Arbitrary<CandidateAction[]> = fc
  .uniqueArray(
    fc.record({
      n: fc.integer({ min: 1, max: 8 }),
      reach: fc.integer({ min: 0, max: 5000 }),
      effortDays: fc.integer({ min: 1, max: 30 }),
      cost: fc.integer({ min: 0, max: 6000 }),
      dep: fc.option(fc.integer({ min: 1, max: 8 }), { nil: null }),
      kill: fc.constantFrom(
        null,
        'Fewer than 5 leads after 2 months',
        'Cost per lead above 100 after 1 month',
        'No increase after 3 months',
      ),
      channel: fc.constantFrom('SEO', 'Email', 'Events'),
    }),
    { selector: (r) => r.n, minLength: 1, maxLength: 8 },
  )
  .map((rows) =>
    rows.map((r) =>
      action(`A${r.n}`, {
        title: `Action A${r.n}`,
        channel: r.channel,
        reach: r.reach,
        effortDays: r.effortDays,
        cost: r.cost,
        dependsOn: r.dep === null || r.dep === r.n ? [] : [`A${r.dep}`],
        killCriterion: r.kill,
      }),
    ),
  );

const arbDecisions: fc.Arbitrary<Decision[]> = fc.array(
  fc
    .record({
      kind: fc.constantFrom('pin', 'veto', 'lock', 'set') as fc.Arbitrary<Decision['kind']>,
      actionId: ID,
      horizon: fc.constantFrom('now', 'next', 'later') as fc.Arbitrary<'now' | 'next' | 'later'>,
      cost: fc.integer({ min: 0, max: 3000 }),
      at: fc.constantFrom('2027-01-02T10:00:00Z', '2027-01-03T10:00:00Z'),
    })
    .map((d) => ({
      kind: d.kind,
      actionId: d.actionId,
      channel: '',
      title: `Action ${d.actionId}`,
      horizon: d.kind === 'lock' ? d.horizon : null,
      set: d.kind === 'set' ? { cost: d.cost, effortDays: null, target: null } : null,
      why: 'because',
      at: d.at,
    })),
  { maxLength: 5 },
);

function shuffle<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let state = seed >>> 0;
  for (let i = out.length - 1; i > 0; i -= 1) {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

describe('decisions, for any actions and any decisions', () => {
  it('are honoured whatever the order of the actions and of the decisions, with byte-identical roadmaps', () => {
    fc.assert(
      fc.property(arbActions, arbDecisions, fc.integer({ min: 1, max: 1e6 }), (actions, decisions, seed) => {
        const steering = { start: '2027-01', decisions };
        const roadmap = arbitrate(inputs({ actions }), {}, steering);
        const permuted = arbitrate(
          inputs({ actions: shuffle(actions, seed) }),
          {},
          { ...steering, decisions: shuffle(decisions, seed + 1) },
        );
        expect(JSON.stringify(permuted)).toBe(JSON.stringify(roadmap));
        const ids = new Set(actions.map((a) => a.id));
        const vetoed = new Set(
          decisions.filter((d) => d.kind === 'veto' && ids.has(d.actionId)).map((d) => d.actionId),
        );
        for (const id of vetoed) expect(placeOf(roadmap, id)?.action).toMatchObject({ code: 'vetoed' });
        for (const d of decisions) {
          if (!ids.has(d.actionId) || vetoed.has(d.actionId)) continue;
          const place = placeOf(roadmap, d.actionId);
          const outcome = roadmap.decisions.find((o) => o.kind === d.kind && o.appliedTo === d.actionId);
          if (d.kind === 'pin' || d.kind === 'lock') {
            // Scheduled, or a blocked decision whose message says why, naming the action.
            const scheduled = place?.where === 'now' || place?.where === 'next' || place?.where === 'later';
            // The CLI keeps one placement decision per action; when a generated list holds two, either may win.
            const superseded = decisions.some(
              (o) => o !== d && o.actionId === d.actionId && (o.kind === 'pin' || o.kind === 'lock'),
            );
            if (!scheduled && !superseded) {
              expect(
                roadmap.decisions.some(
                  (o) =>
                    o.appliedTo === d.actionId && o.status === 'blocked' && o.message.includes(d.actionId),
                ),
              ).toBe(true);
            }
            if (d.kind === 'lock' && scheduled && !superseded) expect(place?.where).toBe(d.horizon);
          }
          expect(outcome?.appliedTo ?? d.actionId).toBe(d.actionId);
        }
      }),
      { numRuns: 200 },
    );
  });
});

const arbRows: fc.Arbitrary<ActualRow[]> = fc.array(
  fc
    .record({
      month: fc.constantFrom('2027-01', '2027-02', '2027-03', '2027-04', '2027-05', '2027-06'),
      actionId: ID,
      value: fc.integer({ min: 0, max: 200 }),
      spend: fc.integer({ min: 0, max: 4000 }),
    })
    .map((r) => ({ ...r, note: null })),
  { minLength: 1, maxLength: 12 },
);

describe('a review, for any actuals', () => {
  it('never plans spend beyond the budget minus what was spent, nor new work in past months', () => {
    fc.assert(
      fc.property(arbActions, arbRows, fc.integer({ min: 0, max: 30_000 }), (actions, rows, amount) => {
        const b = brief({ budget: { amount, currency: 'EUR', periodMonths: 12 } });
        const roadmap = arbitrate(inputs({ brief: b, actions }), {}, { start: '2027-01', actuals: rows });
        const spent = rows.reduce((sum, r) => sum + r.spend, 0);
        expect(roadmap.constraints.spentToDate).toBe(spent);
        const left = Math.max(0, amount - spent);
        const planned = roadmap.horizons.reduce((sum, h) => sum + h.budgetUsed, 0);
        expect(planned).toBeLessThanOrEqual(left + 0.01);
        const frozen = roadmap.review?.elapsedMonths ?? 0;
        for (const h of roadmap.horizons)
          for (const a of h.actions)
            if (a.status === 'not_started' || a.status === 'planned')
              expect(a.startMonth).toBeGreaterThanOrEqual(frozen);
      }),
      { numRuns: 200 },
    );
  });
});
