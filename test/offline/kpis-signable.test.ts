// KPIs a marketer would sign (review 2, D8): a short metric name, a rate goal measured as the rate with the brief's
// target, the increment split by contribution (not one figure copied to every channel), singulars, no self-cited source.
// Briefs below are hand-authored, shaped like the review's vineyard and cyber-training cases.
import { describe, expect, it } from 'vitest';
import { Brief } from '../../agents/brief.js';
import { companyFields, draftAll, goalFields, UNKNOWN_BRIEF_FIELDS } from './drafters-support.js';

const base = UNKNOWN_BRIEF_FIELDS;
const company = companyFields;
const goal = goalFields;

describe('a B2B training firm with a revenue goal and two share-of-revenue goals', () => {
  const brief = Brief.parse({
    ...base,
    language: 'en',
    budget: { amount: 2_400_000, currency: 'EUR', periodMonths: 12 },
    company: company({
      name: 'Shieldwise Academy',
      description: 'Security-awareness training for mid-size and large companies.',
      businessModel: 'B2B',
      markets: ['Germany', 'Netherlands'],
    }),
    goals: [
      goal('G1', 'Grow new ARR from EUR 7.5M to EUR 10M in 2027', {
        unit: 'EUR',
        target: 10_000_000,
        baseline: 7_500_000,
      }),
      goal('G2', 'Raise partner-sourced share of new ARR from 27% to 40%', {
        unit: '%',
        target: 40,
        baseline: 27,
      }),
    ],
  });
  const { actions } = draftAll(brief).prioritizer;

  it('measures the rate goal once, as the rate, with the brief target and a half-way review', () => {
    const rate = actions.filter((a) => a.kpi.unit === '%');
    expect(rate).toHaveLength(1);
    expect(rate[0]!.kpi.target).toBe(40);
    expect(rate[0]!.kpi.metric).toMatch(
      /^partner-sourced share of new ARR \(goal G2's target, from the brief\)/,
    );
    expect(rate[0]!.killCriterion).toContain('below 34 %');
  });

  it('names the revenue share in words, not the currency code, and does not copy one figure to every channel', () => {
    const money = actions.filter((a) => a.kpi.unit === 'EUR');
    expect(money.length).toBeGreaterThan(2);
    for (const a of money) expect(a.kpi.metric).toMatch(/^additional revenue — /);
    expect(new Set(money.map((a) => a.kpi.target)).size).toBeGreaterThan(2);
    expect(money.reduce((sum, a) => sum + (a.kpi.target ?? 0), 0)).toBe(2_500_000);
  });

  it("cites no benchmark that is only Boussole's own assumption", () => {
    for (const a of actions) expect(a.kpi.metric).not.toMatch(/benchmark: conservative Boussole assumption/);
  });
});

describe('a vineyard whose goals have no metric the reader could name', () => {
  const brief = Brief.parse({
    ...base,
    language: 'en',
    budget: { amount: 15_000, currency: 'EUR', periodMonths: 12 },
    company: company({
      name: 'Domaine des Quatre Vents',
      description: 'Family organic vineyard in the Languedoc.',
      markets: ['France', 'Japan'],
    }),
    goals: [
      goal('G1', 'Sign 2 new importers in Japan', {
        metric: 'new importers',
        unit: 'new importers',
        target: 2,
      }),
      goal(
        'G2',
        'Grow direct-to-consumer online sales (wine club) from 210 members to 600 by December 2027',
        {
          target: 600,
          baseline: 210,
        },
      ),
    ],
  });
  const { actions } = draftAll(brief).prioritizer;

  it('labels a share with a short metric, never the goal sentence', () => {
    for (const a of actions) expect(a.kpi.metric).not.toContain('Grow direct-to-consumer');
    const club = actions.filter((a) => a.kpi.metric.includes('goal G2'));
    expect(club.length).toBeGreaterThan(0);
    for (const a of club) {
      expect(a.kpi.metric).toMatch(/^members — /);
      expect(a.kpi.unit).toBe('members');
    }
  });

  it('writes one of a count in the singular', () => {
    for (const a of actions) {
      if (a.kpi.target === 1) expect(a.kpi.unit ?? '').not.toMatch(/s$/);
      expect(a.killCriterion ?? '').not.toMatch(/below 1 \S+s\b/);
    }
  });
});
