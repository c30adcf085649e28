// The reader on review3's goal misreadings (hand-authored sentences): a subjectless wish verb opening a sentence with a
// figure is a goal, a "<metric> is about N" sentence is today's figure of the goal naming that metric, and a "from X
// in 2026 to Y" range keeps X as the baseline and Y as the target.
import { describe, expect, it } from 'vitest';
import { goalFigures } from '../../src/offline/reader/goal-target.js';
import { readBrief } from '../../src/offline/reader/index.js';

const goals = (text: string) => readBrief(text, { start: '2027-01' }).goals;

describe('goals said as a wish, and today said as a statement', () => {
  it('reads "Want 150 maintenance-plan members by June 2027 (we have 40 today)" as one goal, baseline 40', () => {
    const found = goals(
      'Coolbreeze HVAC, Phoenix AZ: 5 technicians, AC install and repair.\nWant 150 maintenance-plan members by June 2027 (we have 40 today); our 2,400 past customers never hear from us.',
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ target: 150, baseline: 40 });
  });

  it('reads "Win rate on quotes is about 22%" as the baseline of "raise quote win rate to 30%", not a goal', () => {
    const found = goals(
      'We are a freight forwarder in Felixstowe. Win rate on quotes is about 22%.\n\nGoals: 20 new active accounts by December 2027, raise quote win rate to 30%.',
    );
    expect(found.map((g) => g.statement)).not.toContain('Win rate on quotes is about 22%');
    expect(found).toHaveLength(2);
    expect(found[1]).toMatchObject({ target: 30, unit: '%', baseline: 22 });
  });

  it('keeps "from £140,000 in 2026 to £200,000 in 2027" apart: baseline 140 000, target 200 000', () => {
    const figures = goalFigures('Grow UK online shop revenue from £140,000 in 2026 to £200,000 in 2027');
    expect(figures.target?.value).toBe(200000);
    expect(figures.baseline?.value).toBe(140000);
  });
});
