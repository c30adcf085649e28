// JSON/YAML goals read by the free-text reader's own rules (review 2, D4/D5): one reading of a goal, whatever the format.
import { describe, expect, it } from 'vitest';
import type { Brief } from '../../agents/brief.js';
import { interpretBrief } from '../../src/brief/interpret-brief.js';
import { goalFigures } from '../../src/offline/reader/goal-target.js';

const goalsOf = (text: string, path: string) => {
  const source = interpretBrief(text, path);
  const brief = (source.structured ?? source.frontMatter) as Partial<Brief>;
  return brief.goals ?? [];
};

const yaml = (goals: string[]) =>
  `company:\n  name: Théâtre\nobjectifs:\n${goals.map((g) => `  - ${g}`).join('\n')}\nlanguage: fr\n`;

describe('goals of a JSON or YAML brief', () => {
  it('reads a YAML list item with " : " in it (a one-key map) as one goal, key and value', () => {
    const goals = goalsOf(
      yaml(["faire venir les 18-30 ans : ils sont 6 % du public aujourd'hui, viser 12 %"]),
      'b.yaml',
    );
    expect(goals).toHaveLength(1);
    expect(goals[0]).toMatchObject({ target: 12, baseline: 6, unit: '%' });
    expect(goals[0]?.statement).toContain('faire venir les 18-30 ans');
  });

  it("takes '(aujourd'hui 18 % sont en Pro)' as today's figure, not a target with metric 'sont'", () => {
    const [goal] = goalsOf(
      yaml(["faire passer les clients de l'offre Essentiel à l'offre Pro (aujourd'hui 18 % sont en Pro)"]),
      'b.yaml',
    );
    expect(goal).toMatchObject({ target: null, baseline: 18 });
    expect(goal?.metric).not.toBe('sont');
  });

  it("reads 'from EUR 7.5M (2026) to EUR 10M' as baseline and target", () => {
    const [goal] = goalsOf(
      JSON.stringify({ company: 'Acme', goals: ['Grow new ARR from EUR 7.5M (2026) to EUR 10M in 2027'] }),
      'b.json',
    );
    expect(goal).toMatchObject({ baseline: 7_500_000, target: 10_000_000, unit: 'EUR' });
  });

  it("counts 'by the end of next year' as a 12-month horizon", () => {
    const [goal] = goalsOf(
      JSON.stringify({
        name: 'Cowork',
        goals: ['Get desk occupancy from 62% to 85% by the end of next year'],
      }),
      'b.json',
    );
    expect(goal).toMatchObject({ baseline: 62, target: 85, horizonMonths: 12 });
  });

  it('never takes a price or a date as the target', () => {
    const goals = goalsOf(
      JSON.stringify({
        name: 'Velo',
        goals: [
          "Atteindre 3 000 abonnés à l'offre à 14,90 €/mois d'ici fin 2027",
          'Launch date fixed: 12 May 2027',
          'Sell the box at £59/month to more families',
          'Lancer "Vetalia Care" (abonnement 14,90 €/mois chien, 11,90 € chat) : 1 500 abonnés au 31 décembre 2027',
        ],
      }),
      'b.json',
    );
    expect(goals.map((g) => [g.target, g.unit])).toEqual([
      [3000, 'abonnés'],
      [null, null],
      [null, null],
      [1500, 'abonnés'],
    ]);
  });

  it('agrees with the free-text reader on target and baseline (one set of rules)', () => {
    const statement = 'Grow online sales from 18,000 to 30,000 EUR per month within 12 months';
    const [goal] = goalsOf(JSON.stringify({ name: 'Lune', goals: [statement] }), 'b.json');
    const read = goalFigures(statement);
    expect([goal?.baseline, goal?.target]).toEqual([read.baseline?.value, read.target?.value]);
    expect([goal?.baseline, goal?.target]).toEqual([18_000, 30_000]);
  });
});
