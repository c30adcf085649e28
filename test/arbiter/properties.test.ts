// Property tests: for any candidate actions and constraints, the roadmap's invariants hold and order never matters.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Brief } from '../../agents/brief.js';
import type { JourneyStage } from '../../agents/ids.js';
import type { CandidateAction } from '../../agents/prioritizer.js';
import { type ArbiterInputs, arbitrate } from '../../src/arbiter/index.js';
import { action, brief, goal, inputs, persona, positioning, swot } from './builders.js';
import { expectRoadmapInvariants, shuffled } from './invariants.js';

/** Numbers a model might send: zero, negative, NaN, infinite, huge, tiny, or ordinary. */
const nasty = fc.oneof(
  fc.constantFrom(
    0,
    -1,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    1e308,
    1e-9,
    0.25,
    1.5,
    80,
  ),
  fc.double({ min: 0, max: 100_000, noNaN: true }),
  fc.integer({ min: 0, max: 5_000 }),
);

const ids = ['A1', 'A2', 'A3', 'A4', 'A5', 'A6', 'a3', ' A2 ', '', 'A99'];
const arbAction: fc.Arbitrary<CandidateAction> = fc
  .record({
    id: fc.constantFrom(...ids),
    title: fc.constantFrom(
      'Blog posts',
      'blog post',
      'Webinar',
      'Les webinaires',
      'Partnerships',
      '<b>Ads</b>',
      '',
    ),
    channel: fc.constantFrom('SEO', 'seo ', 'Email', 'LinkedIn'),
    goalIds: fc.subarray(['G1', 'G2', 'g1', 'G9']),
    personaIds: fc.subarray(['P1', 'P2', 'p1', 'P7']),
    stages: fc.subarray(['awareness', 'decision', 'Retention', 'nowhere'] as JourneyStage[]),
    swotIds: fc.subarray(['S1', 'T1', 't2', 'T9']),
    dependsOn: fc.subarray(['A1', 'A2', 'A3', 'a4', 'A5', 'A77']),
    reach: nasty,
    impact: nasty,
    confidence: nasty,
    effortDays: nasty,
    cost: nasty,
    currency: fc.constantFrom('EUR', 'eur', 'USD'),
  })
  .map((fields) => action(fields.id, fields));

const arbBrief: fc.Arbitrary<Brief> = fc
  .record({
    amount: fc.option(nasty, { nil: null }),
    periodMonths: fc.constantFrom(12, 6, 1, 0, Number.NaN),
    hoursPerWeek: fc.option(nasty, { nil: null }),
    people: nasty,
    horizonMonths: fc.constantFrom(1, 2, 3, 4, 5, 6, 7, 12, 24, 0, Number.NaN, 1e9),
    profile: fc.constantFrom('smb', 'cmo', 'executive', null),
    language: fc.constantFrom('fr', 'en'),
    goalCount: fc.integer({ min: 0, max: 2 }),
  })
  .map((b) =>
    brief({
      goals: [goal('G1'), goal('G2', { kind: 'awareness' })].slice(0, b.goalCount),
      budget: b.amount === null ? null : { amount: b.amount, currency: 'EUR', periodMonths: b.periodMonths },
      capacity: b.hoursPerWeek === null ? null : { people: b.people, hoursPerWeek: b.hoursPerWeek },
      horizonMonths: b.horizonMonths,
      profile: b.profile as Brief['profile'],
      language: b.language as Brief['language'],
    }),
  );

const arbInputs: fc.Arbitrary<ArbiterInputs> = fc
  .record({ brief: arbBrief, actions: fc.array(arbAction, { maxLength: 25 }) })
  .map(({ brief: b, actions }) =>
    inputs({
      brief: b,
      actions,
      personas: [persona('P1'), persona('P2', { priority: 'secondary' }), persona('P3')],
      swot: swot({
        threats: [
          { id: 'T1', statement: 'Rival', evidence: null, impact: 2 },
          { id: 'T2', statement: 'Costs', evidence: null, impact: 4 },
        ],
      }),
      positioning: positioning({
        differentiators: [
          { statement: 'Fast', swotIds: ['S1'] },
          { statement: 'Cheap', swotIds: ['W1', 'S9'] },
        ],
      }),
    }),
  );

/** Every input array reordered, including the arrays inside each action. */
function permute(input: ArbiterInputs, seed: number): ArbiterInputs {
  const s = (n: number) => seed + n * 7919;
  return {
    ...input,
    brief: { ...input.brief, goals: shuffled(input.brief.goals, s(1)) },
    personas: { personas: shuffled(input.personas.personas, s(2)) },
    swot: {
      ...input.swot,
      threats: shuffled(input.swot.threats, s(3)),
      strengths: shuffled(input.swot.strengths, s(4)),
    },
    positioning: { ...input.positioning, differentiators: shuffled(input.positioning.differentiators, s(5)) },
    prioritizer: {
      actions: shuffled(input.prioritizer.actions, s(6)).map((a, index) => ({
        ...a,
        goalIds: shuffled(a.goalIds, s(10 + index)),
        personaIds: shuffled(a.personaIds, s(20 + index)),
        stages: shuffled(a.stages, s(30 + index)),
        swotIds: shuffled(a.swotIds, s(40 + index)),
        dependsOn: shuffled(a.dependsOn, s(50 + index)),
      })),
    },
  };
}

describe('arbitrate, for any candidate actions', () => {
  it('places every action exactly once and never exceeds budget, capacity, WIP or dependency order', () => {
    fc.assert(
      fc.property(arbInputs, (input) => {
        expectRoadmapInvariants(arbitrate(input), input.prioritizer.actions.length);
      }),
      { numRuns: 300 },
    );
  });

  it('gives byte-identical JSON under any permutation of any input array', () => {
    fc.assert(
      fc.property(arbInputs, fc.integer({ min: 1, max: 1_000_000 }), (input, seed) => {
        expect(JSON.stringify(arbitrate(permute(input, seed)))).toBe(JSON.stringify(arbitrate(input)));
      }),
      { numRuns: 300 },
    );
  });

  it('holds the invariants on hundreds of actions with long dependency chains', () => {
    const ref = fc.integer({ min: 1, max: 300 }).map((n) => `A${n}`);
    const big = fc
      .record({
        id: ref,
        title: fc.constantFrom('Blog posts', 'Webinar', 'Partnerships', 'Ads', 'Referral'),
        channel: fc.constantFrom('SEO', 'Email', 'LinkedIn', 'Events'),
        goalIds: fc.subarray(['G1', 'G2', 'G9']),
        dependsOn: fc.array(ref, { maxLength: 3 }),
        reach: nasty,
        effortDays: nasty,
        cost: nasty,
      })
      .map((fields) => action(fields.id, fields));
    fc.assert(
      fc.property(
        arbBrief,
        fc.array(big, { minLength: 50, maxLength: 300 }),
        fc.nat(),
        (b, actions, seed) => {
          const roadmap = arbitrate(inputs({ brief: b, actions }));
          expectRoadmapInvariants(roadmap, actions.length);
          const reordered = arbitrate(inputs({ brief: b, actions: shuffled(actions, seed) }));
          expect(JSON.stringify(reordered)).toBe(JSON.stringify(roadmap));
        },
      ),
      { numRuns: 40 },
    );
  });

  it('keeps the invariants under any replan overrides', () => {
    const overrides = fc.record(
      {
        budget: fc.option(nasty, { nil: null }),
        capacityDays: fc.option(nasty, { nil: null }),
        horizonMonths: fc.constantFrom(1, 3, 5, 6, 9, 12, 36),
        profile: fc.constantFrom('smb' as const, 'cmo' as const, 'executive' as const),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(arbInputs, overrides, (input, override) => {
        expectRoadmapInvariants(arbitrate(input, override), input.prioritizer.actions.length);
      }),
      { numRuns: 200 },
    );
  });

  it('never schedules more than a halved budget', () => {
    fc.assert(
      fc.property(
        fc.array(arbAction, { maxLength: 25 }),
        fc.integer({ min: 0, max: 50_000 }),
        (actions, amount) => {
          const input = inputs({
            actions,
            brief: brief({ budget: { amount, currency: 'EUR', periodMonths: 12 } }),
          });
          const half = amount / 2;
          const roadmap = arbitrate(input, { budget: half });
          const spent = roadmap.horizons.reduce((sum, h) => sum + Math.round(h.budgetUsed * 100), 0);
          expect(spent).toBeLessThanOrEqual(Math.round(half * 100));
        },
      ),
      { numRuns: 200 },
    );
  });
});
