// Open questions never ask what the brief states: a goal's date read from its list's lead-in is not asked again.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openQuestions } from '../../src/arbiter/open-questions.js';
import { phrasesFor } from '../../src/arbiter/phrases.js';
import type { RoadmapConstraints } from '../../src/arbiter/roadmap.js';
import { readBrief } from '../../src/offline/reader/index.js';

const constraints: RoadmapConstraints = {
  budget: 90_000,
  budgetTotal: 90_000,
  currency: 'EUR',
  budgetPeriodMonths: 12,
  capacityDaysPerMonth: 20,
  horizonMonths: 12,
  profile: 'executive',
  committedSpend: 38_000,
  spentToDate: 0,
  budgetAvailable: 52_000,
  busyMonths: [],
};

describe("open questions on a brief that states its goals' horizon", () => {
  const text = readFileSync(
    new URL('../../fixtures/briefs/fr-voyages-seniors/brief.txt', import.meta.url),
    'utf8',
  );
  const brief = readBrief(text, { start: '2027-01' });
  const questions = openQuestions(brief, constraints, phrasesFor('fr'));

  it('asks no goal date ("Nos objectifs pour l\'an prochain :" gives it)', () => {
    expect(questions.filter((q) => q.topic === 'goal_horizon')).toEqual([]);
    expect(
      questions
        .filter((q) => q.goalId !== null)
        .map((q) => q.question)
        .join('\n'),
    ).not.toMatch(/à quelle date/iu);
  });

  it("still asks the number of a goal that has none, and today's figure the brief does not give", () => {
    expect(questions.filter((q) => q.topic === 'goal_figure').map((q) => q.goalId)).toEqual(['G2', 'G3']);
    expect(questions.find((q) => q.topic === 'goal_figure')?.field).toBe('goals[G2].target');
    expect(questions.filter((q) => q.topic === 'goal_baseline').map((q) => q.goalId)).toEqual(['G1']);
  });

  it('asks number and date together when neither is stated', () => {
    const undated = { ...brief, goals: brief.goals.map((g) => ({ ...g, horizonMonths: null })) };
    const asked = openQuestions(undated, constraints, phrasesFor('en'));
    expect(asked.filter((q) => q.topic === 'goal_target').map((q) => q.goalId)).toEqual(['G2', 'G3']);
  });
});
