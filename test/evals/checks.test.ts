// Each check on the tiny hand-authored case: it passes as written, and fails on exactly the fault it is for.
import { describe, expect, it } from 'vitest';
import { CHECK_NAMES, CHECKS, type CheckName } from '../../evals/checks/index.js';
import { tinyCase, tinySample } from './cases.js';

const failing = (c: ReturnType<typeof tinyCase>): CheckName[] =>
  CHECK_NAMES.filter((name) => !CHECKS[name](c).pass);

describe('eval checks on a small hand-built case', () => {
  it('all pass on the clean case, with score 1', () => {
    const c = tinyCase();
    for (const name of CHECK_NAMES) {
      const result = CHECKS[name](c);
      expect(result, name).toMatchObject({ pass: true, score: 1 });
      expect(result.reason, name).not.toBe('');
    }
  });

  it('schema_valid fails on an output that does not match its schema, naming the field', () => {
    const c = tinyCase((o) => {
      (o.personas.personas[0] as { priority: string }).priority = 'main';
    });
    const result = CHECKS.schema_valid(c);
    expect(result.pass).toBe(false);
    expect(result.reason).toContain('personas: personas.0.priority');
    expect(result.score).toBeGreaterThan(0);
    expect(result.score).toBeLessThan(1);
  });

  it('references_resolve fails on a dangling persona, goal, SWOT or action id', () => {
    const c = tinyCase((o) => {
      o.prioritizer.actions[0]!.personaIds.push('P9');
      o.prioritizer.actions[1]!.dependsOn.push('A7');
      o.journey.journeys[0]!.personaId = 'P5';
    });
    const result = CHECKS.references_resolve(c);
    expect(result.pass).toBe(false);
    expect(result.reason).toContain('A1.personaIds → P9');
    expect(result.reason).toContain('A2.dependsOn → A7');
    expect(result.reason).toContain('journey → P5');
    expect(failing(c)).toEqual(['references_resolve']);
  });

  it('goals_covered fails when no action works on a goal', () => {
    const c = tinyCase((o) => {
      for (const action of o.prioritizer.actions) action.goalIds = action.goalIds.filter((g) => g !== 'G2');
      o.prioritizer.actions[2]!.goalIds = ['G1'];
    });
    expect(CHECKS.goals_covered(c)).toMatchObject({ pass: false, score: 0.5 });
    expect(CHECKS.goals_covered(c).reason).toContain('G2 (Fill every author event)');
  });

  it('budget_respected fails on one action costing more than the whole budget', () => {
    const c = tinyCase((o) => {
      o.prioritizer.actions[2]!.cost = 15_000;
    });
    const result = CHECKS.budget_respected(c);
    expect(result.pass).toBe(false);
    expect(result.reason).toContain('A3');
    expect(result.reason).toContain('12000');
  });

  it('budget_respected fails when a horizon spends more than it has', () => {
    const c = tinyCase();
    const now = c.roadmap!.horizons[0]!;
    now.budgetUsed = (now.budget ?? 0) + 100;
    const result = CHECKS.budget_respected(c);
    expect(result.pass).toBe(false);
    expect(result.reason).toContain(`horizon ${now.id} spends`);
  });

  it('differentiators_supported fails on a differentiator citing no strength', () => {
    const c = tinyCase((o) => {
      o.positioning.differentiators[1]!.swotIds = ['W1', 'O1'];
    });
    expect(CHECKS.differentiators_supported(c)).toMatchObject({ pass: false, score: 0.5 });
    expect(failing(c)).toEqual(['differentiators_supported']);
  });

  it('currency_matches fails on an action or a price tier in another currency', () => {
    const action = tinyCase((o) => {
      o.prioritizer.actions[0]!.currency = 'USD';
    });
    expect(CHECKS.currency_matches(action).reason).toBe('expected GBP: action A1 in USD');
    const tier = tinyCase((o) => {
      o.positioning.pricing.tiers[0]!.currency = 'EUR';
    });
    expect(CHECKS.currency_matches(tier).pass).toBe(false);
  });

  it('language_matches fails on an output in the other language', () => {
    const c = tinyCase((o) => {
      o.positioning.positioningStatement =
        'Pour les lecteurs de York qui veulent un livre choisi pour eux, Lantern Books est la librairie où ce sont les libraires qui lisent les livres et qui les choisissent avec soin.';
      o.positioning.valueProposition =
        'Des livres choisis par des gens qui les lisent, et des rencontres avec les auteurs dans la boutique pour les lecteurs.';
      o.positioning.pricing.rationale =
        'Un prix plus haut que celui des chaînes, car le choix est le produit.';
      o.positioning.differentiators[0]!.statement = 'Des choix de libraires que les lecteurs suivent';
      o.positioning.differentiators[1]!.statement = 'Des rencontres que les chaînes ne font pas';
      o.positioning.messagingPillars[0]!.message =
        'Dites-nous ce que vous avez aimé et nous trouverons le suivant.';
      o.positioning.messagingPillars[1]!.message =
        'Une boîte de livres choisie pour la personne à qui vous pensez.';
    });
    const result = CHECKS.language_matches(c);
    expect(result.pass).toBe(false);
    expect(result.reason).toMatch(/^brief is en: positioning reads as fr/);
  });

  it('language_matches does not judge an output with too few words to tell', () => {
    const c = tinyCase((o) => {
      o.journey.journeys[0]!.stages[0]!.customerGoal = 'Trouver un livre';
    });
    expect(CHECKS.language_matches(c).pass).toBe(true);
  });

  it('facts_consistent fails on a contradicted budget, team size, company name or a forgotten competitor', () => {
    const budget = tinyCase((o) => {
      o.swot.weaknesses[0]!.statement = 'A team of two with a marketing budget of £1,200 a year';
    });
    expect(CHECKS.facts_consistent(budget).reason).toContain('swot states a budget of 1200');
    const team = tinyCase((o) => {
      o.swot.weaknesses[0]!.statement = 'A team of six with a marketing budget of £12,000 a year';
    });
    expect(CHECKS.facts_consistent(team).reason).toContain('swot states a team of 6');
    const name = tinyCase((o) => {
      o.positioning.positioningStatement = 'For readers in York, the bookshop that picks for you.';
    });
    expect(CHECKS.facts_consistent(name).reason).toBe('positioning never names Lantern Books Ltd');
    const competitor = tinyCase((o) => {
      o.swot.threats[0]!.statement = 'Online retailers win on price and range';
      o.swot.threats[0]!.evidence = null;
      o.positioning.pricing.competitorReferences = [];
    });
    expect(CHECKS.facts_consistent(competitor).reason).toContain('competitor Waterstones appears neither');
    for (const c of [budget, team, name, competitor]) expect(failing(c)).toEqual(['facts_consistent']);
  });

  it('facts_consistent accepts the budget restated per month, or rounded', () => {
    const c = tinyCase((o) => {
      o.swot.weaknesses[0]!.statement = 'A team of two with a budget of about £1k a month, so £11.5k a year';
    });
    expect(CHECKS.facts_consistent(c).pass).toBe(true);
  });

  it('no_duplicate_actions fails on the same action reworded in the same channel, not across channels', () => {
    const duplicate = tinyCase((o) => {
      o.prioritizer.actions.push({
        ...o.prioritizer.actions[1]!,
        id: 'A4',
        title: 'Weekly emails: staff picks & events',
      });
    });
    const result = CHECKS.no_duplicate_actions(duplicate);
    expect(result.pass).toBe(false);
    expect(result.reason).toContain('A2 "Weekly email with staff picks and events" and A4');
    const otherChannel = tinyCase((o) => {
      o.prioritizer.actions.push({
        ...o.prioritizer.actions[1]!,
        id: 'A4',
        channel: 'Instagram',
        title: 'Weekly post with staff picks and events',
      });
    });
    expect(CHECKS.no_duplicate_actions(otherChannel).pass).toBe(true);
  });

  it('arbiter_deterministic fails when the roadmap the pipeline wrote is not what the arbiter gives', () => {
    const c = tinyCase();
    c.roadmap!.horizons[0]!.actions.reverse();
    c.roadmap!.horizons[0]!.actions.push(c.roadmap!.horizons[0]!.actions[0]!);
    const result = CHECKS.arbiter_deterministic(c);
    expect(result).toMatchObject({ pass: false, score: 0, reason: "the pipeline's roadmap differs" });
  });

  it('stability checks pass vacuously on a single sample, and score the overlap across samples', () => {
    expect(CHECKS.stability_top_actions(tinyCase())).toEqual({
      pass: true,
      score: 1,
      reason: 'single sample',
    });
    expect(CHECKS.stability_swot(tinyCase())).toEqual({ pass: true, score: 1, reason: 'single sample' });

    const same = tinyCase(() => {}, [tinySample(2), tinySample(3)]);
    expect(CHECKS.stability_top_actions(same)).toMatchObject({ pass: true, score: 1 });
    expect(CHECKS.stability_swot(same)).toMatchObject({ pass: true, score: 1 });

    const rewritten = tinySample(2, (o) => {
      const titles = ['Radio spots on York FM', 'Billboard near the station', 'Podcast sponsorship'];
      o.prioritizer.actions.forEach((a, i) => {
        a.title = titles[i] ?? a.title;
      });
      for (const item of [
        ...o.swot.strengths,
        ...o.swot.weaknesses,
        ...o.swot.opportunities,
        ...o.swot.threats,
      ]) {
        item.statement = `Unrelated point number ${item.id}`;
      }
    });
    const unstable = tinyCase(() => {}, [rewritten]);
    const actions = CHECKS.stability_top_actions(unstable);
    expect(actions.pass).toBe(false);
    expect(actions.score).toBe(0);
    expect(actions.reason).toContain('1~2 0.00');
    expect(CHECKS.stability_swot(unstable)).toMatchObject({ pass: false, score: 0 });
  });

  it('every check reports "cannot check" rather than crashing on a missing output', () => {
    const c = tinyCase((o) => {
      (o as { prioritizer: unknown }).prioritizer = null;
    });
    for (const name of CHECK_NAMES) expect(() => CHECKS[name](c), name).not.toThrow();
    expect(CHECKS.goals_covered(c).reason).toContain('cannot check: prioritizer output missing or invalid');
  });
});
