// Example tests for the cross-agent checks and reference repairs reported in `warnings`.
import { describe, expect, it } from 'vitest';
import { arbitrate } from '../../src/arbiter/index.js';
import { action, brief, inputs, persona, positioning, swot } from './builders.js';
import { expectRoadmapInvariants } from './invariants.js';
import { placeOf, warningCodes } from './lookup.js';

const threat = (id: string) => ({ id, statement: `Threat ${id}`, evidence: null, impact: 3 });

describe('warnings', () => {
  it('reports a goal no action serves, and one whose actions were all left out', () => {
    const none = arbitrate(inputs({ actions: [action('A1')] }));
    expect(none.warnings).toContainEqual(expect.objectContaining({ code: 'goal_uncovered', refs: ['G2'] }));
    expect(none.goals.find((g) => g.goalId === 'G2')).toMatchObject({ covered: false, actionIds: [] });
    const leftOut = arbitrate(
      inputs({ actions: [action('A1'), action('A2', { goalIds: ['G2'], cost: 1e9 })] }),
    );
    const message = leftOut.warnings.find((w) => w.code === 'goal_uncovered')?.message;
    expect(message).toContain('1 candidate');
  });

  it('reports a primary persona no scheduled action serves, but not a secondary one', () => {
    const roadmap = arbitrate(
      inputs({
        personas: [persona('P1'), persona('P2'), persona('P3', { priority: 'secondary' })],
        actions: [action('A1', { personaIds: ['P1'] })],
      }),
    );
    const unserved = roadmap.warnings.filter((w) => w.code === 'persona_unserved').map((w) => w.refs);
    expect(unserved).toEqual([['P2']]);
  });

  it('reports a threat nothing in the plan answers', () => {
    const roadmap = arbitrate(
      inputs({
        swot: swot({ threats: [threat('T1'), threat('T2')] }),
        actions: [action('A1', { swotIds: ['T1'] })],
      }),
    );
    expect(roadmap.warnings.filter((w) => w.code === 'threat_unanswered').map((w) => w.refs)).toEqual([
      ['T2'],
    ]);
  });

  it('reports a differentiator citing no real strength (a missing S id, or not an S id)', () => {
    const roadmap = arbitrate(
      inputs({
        positioning: positioning({
          differentiators: [
            { statement: 'Backed', swotIds: ['S1'] },
            { statement: 'Ghost', swotIds: ['S7'] },
            { statement: 'Weak', swotIds: ['W1'] },
          ],
        }),
        actions: [action('A1')],
      }),
    );
    const flagged = roadmap.warnings.filter((w) => w.code === 'differentiator_unsupported');
    expect(flagged.map((w) => w.refs)).toEqual([['S7'], ['W1']]);
  });

  it('reports an action, a pricing or a tier in another currency than the brief', () => {
    const roadmap = arbitrate(
      inputs({
        positioning: positioning({
          pricing: {
            model: 'tiered',
            currency: 'USD',
            tiers: [{ name: 'Pro', price: 10, currency: 'GBP', period: 'month', includes: [] }],
            rationale: '',
            competitorReferences: [],
          },
        }),
        actions: [action('A1', { currency: 'eur' }), action('A2', { currency: 'USD' })],
      }),
    );
    const mismatches = roadmap.warnings.filter((w) => w.code === 'currency_mismatch');
    expect(mismatches).toHaveLength(3);
    expect(mismatches[0]).toMatchObject({ refs: ['A2'] });
  });

  it('repairs a reference written with another case, and drops one that matches nothing', () => {
    const roadmap = arbitrate(
      inputs({
        actions: [
          action('A1', { goalIds: ['g1'], personaIds: ['p1', 'P9'], stages: ['Decision' as 'decision'] }),
        ],
      }),
    );
    const a1 = placeOf(roadmap, 'A1')?.action;
    expect(a1?.goalIds).toEqual(['G1']);
    expect(a1 && 'personaIds' in a1 ? a1.personaIds : null).toEqual(['P1']);
    expect(a1 && 'stages' in a1 ? a1.stages : null).toEqual(['decision']);
    expect(roadmap.warnings).toContainEqual(
      expect.objectContaining({ code: 'reference_repaired', refs: ['A1', 'G1'] }),
    );
    expect(roadmap.warnings).toContainEqual(
      expect.objectContaining({ code: 'reference_dropped', refs: ['A1', 'P9'] }),
    );
  });

  it('drops a dangling dependency and keeps the action', () => {
    const roadmap = arbitrate(inputs({ actions: [action('A1', { dependsOn: ['A42', 'A1'] })] }));
    expect(placeOf(roadmap, 'A1')).toMatchObject({ where: 'now', action: { dependsOn: [] } });
    expect(roadmap.warnings).toContainEqual(
      expect.objectContaining({ code: 'reference_dropped', refs: ['A1', 'A42'] }),
    );
  });

  it('states every input it had to adjust, and never lets it become Infinity or NaN', () => {
    const roadmap = arbitrate(
      inputs({
        actions: [
          action('A1', { effortDays: 0, cost: Number.NaN, impact: 1.5, confidence: 80, reach: 2000 }),
          action('A2', { effortDays: Number.POSITIVE_INFINITY, reach: -5 }),
        ],
      }),
    );
    const a1 = placeOf(roadmap, 'A1')?.action;
    expect(a1 && 'trace' in a1 ? a1.trace : null).toMatchObject({
      effortDays: 0.5,
      impact: 1,
      confidence: 0.8,
    });
    expect(a1?.cost).toBe(0);
    expect(placeOf(roadmap, 'A2')?.action).toMatchObject({ effortDays: 10_000, code: 'below_threshold' });
    const adjusted = roadmap.warnings.filter((w) => w.code === 'input_adjusted').map((w) => w.message);
    expect(adjusted[0]).toContain('effort (days) 0 → 0.5');
    expect(adjusted[0]).toContain('impact 1.5 → 1');
    expectRoadmapInvariants(roadmap, 2);
  });

  it('states assumptions for a brief with no budget and no capacity, and does not limit them', () => {
    const roadmap = arbitrate(
      inputs({
        brief: brief({ budget: null, capacity: null }),
        actions: [action('A1', { cost: 1e9, effortDays: 5000 })],
      }),
    );
    expect(roadmap.horizons[0]).toMatchObject({ budget: null, capacityDays: null });
    expect(placeOf(roadmap, 'A1')?.where).toBe('now');
    expect(warningCodes(roadmap).filter((c) => c === 'assumption')).toHaveLength(2);
    expect(roadmap.assumptions.join(' ')).toContain('No budget stated');
  });
});
