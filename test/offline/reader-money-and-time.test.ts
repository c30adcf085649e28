// The reader on money the brief ties to what it pays for (budget sums, committed spend in brackets, today's running
// spend carried into a budget) and on the marketing people's time, never the firm's headcount. Snippets hand-authored.
import { describe, expect, it } from 'vitest';
import { Brief } from '../../agents/brief.js';
import { readBrief } from '../../src/offline/reader/index.js';

const read = (text: string) => Brief.parse(readBrief(text, { start: '2027-01' }));

describe('committed spend and the budget', () => {
  it('does not take the budget as spent when a bracket says something else was paid', () => {
    const brief = read('Marketing budget: CAD 35,000 total until launch (trailer agency already paid).');
    expect(brief.budget).toMatchObject({ amount: 35_000, currency: 'CAD' });
    expect(brief.committedSpend).toEqual([]);
  });

  it('adds "plus maybe 15k" to the budget and ties the committed 45k to the trade fairs, not "everything else"', () => {
    const brief = read(
      'Budget: About 45k euros a year for trade fairs already committed, plus maybe 15k for everything else.',
    );
    expect(brief.budget).toMatchObject({ amount: 60_000, currency: 'EUR', periodMonths: 12 });
    expect(brief.committedSpend).toHaveLength(1);
    expect(brief.committedSpend[0]).toMatchObject({ amount: 45_000, periodMonths: 12 });
    expect(brief.committedSpend[0]?.what).not.toMatch(/everything else/i);
  });

  it('carries today\'s running spend into a budget said to be "the same as now on Meta plus £60k"', () => {
    const brief = read(
      [
        'CAC around £140 mostly from Meta ads (we spend ~£18k/month there).',
        'Budget for 2027 is roughly the same as now on Meta plus £60k for the Liverpool launch.',
      ].join(' '),
    );
    expect(brief.budget).toMatchObject({ amount: 18_000 * 12 + 60_000, currency: 'GBP' });
    expect(brief.committedSpend[0]).toMatchObject({ amount: 18_000, periodMonths: 1 });
  });
});

describe("marketing capacity is the marketing people's time, not the headcount", () => {
  it('counts the marketing team of 9, not the 24 account executives', () => {
    const brief = read('Size: 290 employees (Hamburg HQ), sales team of 24 AEs, marketing team of 9.');
    expect(brief.capacity?.people).toBe(9);
  });

  it('reads "marketing is 2" in a sentence that also gives the whole team', () => {
    const brief = read('Team is 25 people total, marketing is 2 (me, head of growth, and a content person).');
    expect(brief.capacity).toMatchObject({ people: 2, hoursPerWeek: 80 });
  });

  it("reads one owner's 10 hours a week, not the 12 people of the estate", () => {
    const brief = read(
      'Team: 12 people; marketing and export done by Claire (co-owner) about 10 hours a week, plus a harvest intern.',
    );
    expect(brief.capacity).toMatchObject({ people: 1, hoursPerWeek: 10 });
  });

  it('reads a half-time communication officer stated in the budget sentence', () => {
    const brief = read(
      "Budget marketing : environ 60 000 € pour l'année, plus une chargée de communication à mi-temps.",
    );
    expect(brief.capacity).toMatchObject({ people: 1, hoursPerWeek: 17.5 });
  });

  it('leaves capacity unknown when the team says it has no marketer', () => {
    const brief = read('Équipe : 5 personnes, dont une responsable partenariats ; pas de marketeur.');
    expect(brief.capacity).toBeNull();
  });
});
