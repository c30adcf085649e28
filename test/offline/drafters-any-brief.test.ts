// Property: every drafter works on any valid Brief, including odd ones (zero, huge or missing figures, empty text).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Brief } from '../../agents/brief.js';
import { Journey } from '../../agents/journey.js';
import { Personas } from '../../agents/personas.js';
import { Positioning } from '../../agents/positioning.js';
import { Prioritizer } from '../../agents/prioritizer.js';
import { Swot } from '../../agents/swot.js';
import { draftAll } from './drafters-support.js';

const text = fc.oneof(
  fc.string({ maxLength: 60 }),
  fc.constantFrom(
    'Café du Port',
    'SaaS de facturation',
    'handmade soap',
    'Plombier RGE',
    'Google',
    '<script>x</script>',
  ),
);
const figure = fc.oneof(
  fc.constantFrom(0, 1, 4.5, 12, 1e9),
  fc.double({ min: -1e6, max: 1e12, noNaN: true }),
);

const goal = (index: number) =>
  fc.record({
    id: fc.constant(`G${index + 1}`),
    statement: text,
    kind: fc.constantFrom('growth', 'profitability', 'market_share', 'awareness', 'retention', 'other'),
    metric: fc.option(text),
    target: fc.option(figure),
    unit: fc.option(fc.constantFrom('%', 'EUR', 'USD', 'clients', '/5', 'customers', '')),
    horizonMonths: fc.option(fc.constantFrom(0, 1, 6, 12, 36)),
    baseline: fc.option(figure),
  });

const briefArbitrary = fc
  .record({
    company: fc.record({
      name: text,
      description: fc.option(text),
      sector: fc.option(text),
      businessModel: fc.option(fc.constantFrom('B2B', 'B2C', 'B2B2C', 'B2G', 'marketplace', 'other')),
      offer: fc.option(text),
      markets: fc.array(text, { maxLength: 3 }),
      stage: fc.option(fc.constantFrom('idea', 'launch', 'growth', 'mature')),
    }),
    audience: fc.option(text),
    goals: fc
      .integer({ min: 0, max: 4 })
      .chain((count) => fc.tuple(...Array.from({ length: count }, (_, i) => goal(i)))),
    budget: fc.option(
      fc.record({
        amount: figure,
        currency: fc.constantFrom('EUR', 'USD', 'GBP', 'JPY', 'XYZ', 'eur'),
        periodMonths: fc.constantFrom(0, 1, 12, 24),
      }),
    ),
    capacity: fc.option(
      fc.record({
        people: fc.constantFrom(0, 0.5, 1, 4, 200),
        hoursPerWeek: fc.constantFrom(0, 1, 5, 40, 2000),
      }),
    ),
    maturity: fc.option(fc.constantFrom('beginner', 'intermediate', 'advanced')),
    profile: fc.option(fc.constantFrom('executive', 'cmo', 'smb')),
    competitors: fc.array(text, { maxLength: 5 }),
    channels: fc.array(
      fc.record({
        name: text,
        metric: fc.option(text),
        value: fc.option(figure),
        status: fc.option(fc.constantFrom('active', 'dormant')),
      }),
      { maxLength: 5 },
    ),
    assets: fc.array(
      fc.record({
        name: text,
        kind: fc.constantFrom(
          'contact_list',
          'reviews',
          'community',
          'content',
          'events',
          'partners',
          'distributors',
          'customer_base',
          'tool',
          'other',
        ),
        size: fc.option(figure),
        unit: fc.option(text),
        dormant: fc.boolean(),
      }),
      { maxLength: 4 },
    ),
    committedSpend: fc.array(
      fc.record({ what: text, amount: figure, periodMonths: fc.option(fc.constantFrom(1, 12)) }),
      { maxLength: 2 },
    ),
    calendar: fc.record({
      busyMonths: fc.array(fc.integer({ min: 0, max: 13 }), { maxLength: 4 }),
      deadlines: fc.array(fc.record({ what: text, month: fc.option(fc.integer({ min: 1, max: 12 })) }), {
        maxLength: 2,
      }),
    }),
    constraints: fc.array(
      fc.oneof(text, fc.constantFrom('no ads', 'saisonnalité forte', 'pas de réseaux sociaux')),
      {
        maxLength: 3,
      },
    ),
    language: fc.constantFrom('fr', 'en'),
    horizonMonths: fc.constantFrom(0, 3, 12, 24),
  })
  .map((candidate) => Brief.parse(candidate));

describe('offline drafters on any valid brief', () => {
  it('never throw, always fill their schemas, and stay deterministic', () => {
    fc.assert(
      fc.property(briefArbitrary, (brief) => {
        const drafts = draftAll(brief);
        expect(Swot.safeParse(drafts.swot).success).toBe(true);
        expect(Personas.safeParse(drafts.personas).success).toBe(true);
        expect(Positioning.safeParse(drafts.positioning).success).toBe(true);
        expect(Journey.safeParse(drafts.journey).success).toBe(true);
        expect(Prioritizer.safeParse(drafts.prioritizer).success).toBe(true);
        const goalIds = new Set(brief.goals.map((g) => g.id));
        for (const action of drafts.prioritizer.actions) {
          expect(Number.isFinite(action.cost) && action.cost >= 0).toBe(true);
          expect(Number.isFinite(action.effortDays) && action.effortDays > 0).toBe(true);
          expect(Number.isFinite(action.reach)).toBe(true);
          for (const id of action.goalIds) expect(goalIds.has(id)).toBe(true);
          expect(Number.isFinite(action.kpi.target ?? 0)).toBe(true);
          expect(action.title).not.toMatch(/\{\w+\}/);
        }
        expect(JSON.stringify(draftAll(brief))).toBe(JSON.stringify(drafts));
      }),
      { numRuns: 200, seed: 20_260_401 },
    );
  });
});
