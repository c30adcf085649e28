// Example tests: one per placement code, so each reason a founder reads is produced by the case it names.
import { describe, expect, it } from 'vitest';
import { arbitrate } from '../../src/arbiter/index.js';
import { action, brief, goal, inputs } from './builders.js';
import { expectRoadmapInvariants } from './invariants.js';
import { codeOf, placeOf } from './lookup.js';

describe('where each action ends up', () => {
  it('schedules a good affordable action in Now, with a rationale and its score trace', () => {
    const roadmap = arbitrate(inputs({ actions: [action('A1')] }));
    const found = placeOf(roadmap, 'A1');
    expect(found?.where).toBe('now');
    const scheduled = roadmap.horizons[0]!.actions[0]!;
    // 1000 reach × 1 impact × 0.8 confidence ÷ 5 days = 160; growth goal 1.2 × cmo growth 1.1.
    expect(scheduled.trace).toMatchObject({ rice: 160, goalWeight: 1.2, profileWeight: 1.1, score: 211.2 });
    expect(scheduled.rationale).toContain('G1');
    expect(scheduled.rationale).toContain('Now');
  });

  it('defers as over_budget an action costing more than the whole plan can fund', () => {
    const roadmap = arbitrate(inputs({ actions: [action('A1'), action('A2', { cost: 50_000 })] }));
    expect(codeOf(roadmap, 'A2')).toBe('over_budget');
    expect(placeOf(roadmap, 'A2')?.action).toMatchObject({
      reason: expect.stringContaining('Costs €50,000'),
    });
  });

  it('defers as over_capacity an action needing more person-days than any horizon has', () => {
    // 7 h/week ≈ 4.33 person-days a month: Later (6 months) has 26 days.
    const b = brief({ capacity: { people: 1, hoursPerWeek: 7 } });
    const roadmap = arbitrate(
      inputs({ brief: b, actions: [action('A1', { effortDays: 2 }), action('A2', { effortDays: 40 })] }),
    );
    expect(codeOf(roadmap, 'A1')).toBe('now');
    expect(codeOf(roadmap, 'A2')).toBe('over_capacity');
  });

  it('defers as wip_limit what a small business cannot run at once', () => {
    const actions = Array.from({ length: 14 }, (_, i) => action(`A${i + 1}`, { cost: 10, effortDays: 1 }));
    const roadmap = arbitrate(inputs({ brief: brief({ profile: 'smb' }), actions }));
    // smb: 3 per quarter → Now 3, Next 3, Later (6 months) 6 = 12 slots.
    expect(roadmap.horizons.map((h) => h.wipLimit)).toEqual([3, 3, 6]);
    expect(roadmap.deferred.map((a) => a.code)).toEqual(['wip_limit', 'wip_limit']);
    expectRoadmapInvariants(roadmap, 14);
  });

  it('defers as dependency_deferred an action waiting for one that does not fit', () => {
    const roadmap = arbitrate(
      inputs({ actions: [action('A1', { cost: 50_000, reach: 10 }), action('A2', { dependsOn: ['A1'] })] }),
    );
    expect(codeOf(roadmap, 'A1')).toBe('over_budget');
    expect(codeOf(roadmap, 'A2')).toBe('dependency_deferred');
    expect(placeOf(roadmap, 'A2')?.action).toMatchObject({ reason: expect.stringContaining('A1') });
  });

  it('pulls a dependency in with its dependant, in the same or an earlier horizon', () => {
    const roadmap = arbitrate(
      inputs({ actions: [action('A1', { reach: 20 }), action('A2', { dependsOn: ['A1'] })] }),
    );
    expect(codeOf(roadmap, 'A1')).toBe('now');
    expect(codeOf(roadmap, 'A2')).toBe('now');
    const ids = roadmap.horizons[0]!.actions.map((a) => a.id);
    expect(ids.indexOf('A1')).toBeLessThan(ids.indexOf('A2'));
  });

  it('excludes a dependency cycle as dependency_cycle and what depends on it as dependency_excluded', () => {
    const roadmap = arbitrate(
      inputs({
        actions: [
          action('A1', { dependsOn: ['A2'] }),
          action('A2', { dependsOn: ['A1'] }),
          action('A3', { dependsOn: ['A2'] }),
          action('A4'),
        ],
      }),
    );
    expect(codeOf(roadmap, 'A1')).toBe('dependency_cycle');
    expect(codeOf(roadmap, 'A2')).toBe('dependency_cycle');
    expect(codeOf(roadmap, 'A3')).toBe('dependency_excluded');
    expect(codeOf(roadmap, 'A4')).toBe('now');
  });

  it('excludes as no_goal an action serving none of several goals', () => {
    const roadmap = arbitrate(inputs({ actions: [action('A1'), action('A2', { goalIds: [] })] }));
    expect(codeOf(roadmap, 'A2')).toBe('no_goal');
    expect(placeOf(roadmap, 'A2')?.action).toMatchObject({ score: null, trace: null });
  });

  it('excludes as invalid_reference an action naming only goals that do not exist, and says so', () => {
    const roadmap = arbitrate(inputs({ actions: [action('A1'), action('A2', { goalIds: ['G9'] })] }));
    expect(codeOf(roadmap, 'A2')).toBe('invalid_reference');
    expect(roadmap.warnings).toContainEqual(
      expect.objectContaining({ code: 'reference_dropped', refs: ['A2', 'G9'] }),
    );
  });

  it('excludes the lower-scored of two near-identical actions as duplicate, and redirects its dependants', () => {
    const roadmap = arbitrate(
      inputs({
        actions: [
          action('A1', { title: 'Write blog posts', channel: 'SEO' }),
          action('A2', { title: 'write  the Blog Post', channel: 'seo ', reach: 500 }),
          action('A3', { dependsOn: ['A2'] }),
        ],
      }),
    );
    expect(codeOf(roadmap, 'A2')).toBe('duplicate');
    expect(placeOf(roadmap, 'A2')?.action).toMatchObject({ reason: expect.stringContaining('A1') });
    const a3 = placeOf(roadmap, 'A3');
    expect(a3?.where).toBe('now');
    expect(a3?.action).toMatchObject({ dependsOn: ['A1'] });
    expect(roadmap.warnings.map((w) => w.code)).toContain('duplicate_merged');
  });

  it('treats "vs X and Y" and "against X & Y" as the same title', () => {
    const roadmap = arbitrate(
      inputs({
        actions: [
          action('A1', {
            title: 'Publish comparison pages vs Datadog and Checkly',
            channel: 'SEO',
            reach: 900,
          }),
          action('A2', {
            title: 'Publish comparison pages against Datadog & Checkly',
            channel: 'SEO',
            reach: 500,
          }),
          action('A3', {
            title: 'Publish comparison pages against Datadog & Checkly',
            channel: 'LinkedIn ads',
          }),
        ],
      }),
    );
    expect(codeOf(roadmap, 'A2')).toBe('duplicate');
    // Same words in another channel is another action.
    expect(codeOf(roadmap, 'A3')).not.toBe('duplicate');
  });

  it('excludes as below_threshold a negligible action, unless a kept action depends on it', () => {
    const roadmap = arbitrate(
      inputs({
        actions: [
          action('A1', { reach: 100_000 }),
          action('A2', { reach: 1 }),
          action('A3', { reach: 1 }),
          action('A4', { reach: 100_000, dependsOn: ['A3'] }),
        ],
      }),
    );
    expect(codeOf(roadmap, 'A2')).toBe('below_threshold');
    expect(codeOf(roadmap, 'A3')).toBe('now');
    expect(placeOf(roadmap, 'A3')?.action).toMatchObject({
      rationale: expect.stringContaining('another action needs it'),
    });
  });

  it('measures the threshold against the best action that fits the plan, not an unaffordable one', () => {
    // A national campaign with a huge reach but a cost ten times the 12 000 budget must not make
    // every affordable action look negligible.
    const roadmap = arbitrate(
      inputs({
        actions: [
          action('A1', { reach: 50_000_000, cost: 120_000 }),
          action('A2', { reach: 2_000 }),
          action('A3', { reach: 1_500 }),
        ],
      }),
    );
    expect(codeOf(roadmap, 'A1')).toBe('over_budget');
    expect(codeOf(roadmap, 'A2')).toBe('now');
    expect(codeOf(roadmap, 'A3')).toBe('now');
  });

  it('renames a clashing id (A3 → A3b), keeps the original, and never drops either action', () => {
    const roadmap = arbitrate(
      inputs({ actions: [action('A3', { title: 'One' }), action('A3', { title: 'Two' })] }),
    );
    const all = roadmap.horizons.flatMap((h) => h.actions);
    expect(all.map((a) => a.id).sort()).toEqual(['A3', 'A3b']);
    expect(all.find((a) => a.id === 'A3b')?.originalId).toBe('A3');
    expect(roadmap.warnings).toContainEqual(
      expect.objectContaining({ code: 'id_renamed', refs: ['A3b', 'A3'] }),
    );
  });

  it("gives the only goal to an action naming none, and a dependant's goals to an enabler", () => {
    const single = arbitrate(
      inputs({ brief: brief({ goals: [goal('G1')] }), actions: [action('A1', { goalIds: [] })] }),
    );
    expect(placeOf(single, 'A1')?.action.goalIds).toEqual(['G1']);
    const inherited = arbitrate(
      inputs({
        actions: [action('A1', { goalIds: [] }), action('A2', { goalIds: ['G2'], dependsOn: ['A1'] })],
      }),
    );
    expect(placeOf(inherited, 'A1')?.action.goalIds).toEqual(['G2']);
    expect(inherited.warnings.map((w) => w.code)).toContain('reference_repaired');
  });

  it('serves each goal with its best feasible action before filling by score', () => {
    // Three strong G1 actions fill an smb's Now; the weaker G2 action still gets the first slot for its goal.
    const actions = [
      action('A1', { reach: 9000 }),
      action('A2', { reach: 8000 }),
      action('A3', { reach: 7000 }),
      action('A4', { goalIds: ['G2'], reach: 2000 }),
    ];
    const roadmap = arbitrate(inputs({ brief: brief({ profile: 'smb' }), actions }));
    expect(codeOf(roadmap, 'A4')).toBe('now');
    expect(placeOf(roadmap, 'A4')?.action).toMatchObject({
      rationale: expect.stringContaining('First lever for goal G2'),
    });
    expect(roadmap.goals.every((g) => g.covered)).toBe(true);
  });

  it('covers a goal with its next best action when its best one cannot fit', () => {
    const actions = [
      action('A1', { reach: 9000 }),
      action('A2', { goalIds: ['G2'], reach: 5000, cost: 1e6 }),
      action('A3', { goalIds: ['G2'], reach: 3000 }),
    ];
    const roadmap = arbitrate(inputs({ actions }));
    expect(codeOf(roadmap, 'A2')).toBe('over_budget');
    expect(codeOf(roadmap, 'A3')).toBe('now');
    expect(roadmap.goals.find((g) => g.goalId === 'G2')).toMatchObject({ covered: true, actionIds: ['A3'] });
  });

  it('writes reasons and rationales in French for a French brief', () => {
    const roadmap = arbitrate(
      inputs({ brief: brief({ language: 'fr' }), actions: [action('A1'), action('A2', { cost: 99_000 })] }),
    );
    expect(roadmap.horizons[0]!.label).toBe('Maintenant');
    expect(placeOf(roadmap, 'A1')?.action).toMatchObject({ rationale: expect.stringMatching(/placée/i) });
    expect(placeOf(roadmap, 'A2')?.action).toMatchObject({
      reason: expect.stringContaining('Coûte 99\u202f000 €'),
    });
  });
});
