// A structured brief's budget written as a sentence that adds amounts ("45k for trade fairs already committed, plus
// maybe 15k for everything else"): the draft plans with the sum, the committed part paying for what it names.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';

const BRIEF = {
  _note: 'hand-authored test brief',
  company: 'Domaine des Quatre Vents',
  description: 'Family organic vineyard in the Languedoc, 180,000 bottles a year, 40% sold abroad.',
  objectives: ['Grow the wine club from 210 members to 600 by December 2027'],
  team: 'marketing done by Claire (co-owner) about 10 hours a week',
  channels: ['Wine Paris stand every February', 'newsletter 2,300 contacts (monthly)'],
  budget: 'About 45k euros a year for trade fairs already committed, plus maybe 15k for everything else',
};

describe('a JSON budget sentence that adds a second amount', () => {
  it('plans with both amounts, the committed one counted against them', async () => {
    const root = mkdtempSync(join(tmpdir(), 'boussole-budget-sentence-'));
    writeFileSync(join(root, 'brief.json'), JSON.stringify(BRIEF));
    const out = join(root, 'run');
    const result = await runCli(['draft', join(root, 'brief.json'), '--start', '2027-01', '--out', out], {
      env: { OPENAI_API_KEY: '' },
    });
    expect(result.code).toBe(0);
    const brief = JSON.parse(readFileSync(join(out, 'brief.json'), 'utf8'));
    expect(brief.budget).toMatchObject({ amount: 60_000, currency: 'EUR', periodMonths: 12 });
    expect(brief.committedSpend).toEqual([expect.objectContaining({ amount: 45_000 })]);
    const roadmap = JSON.parse(readFileSync(join(out, 'roadmap.json'), 'utf8'));
    expect(roadmap.constraints.budgetAvailable).toBe(15_000);
  }, 60_000);
});
