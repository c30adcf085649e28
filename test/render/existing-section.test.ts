// "What you already have": every channel and asset a fixture brief names gets one line, its figure, and a fate.
import { describe, expect, it } from 'vitest';
import { arbitrate } from '../../src/arbiter/index.js';
import { renderFullPlanMarkdown } from '../../src/render/index.js';
import { caseOutputs } from '../support/fixture-cases.js';

async function planOf(caseId: string) {
  const outputs = await caseOutputs(caseId);
  const roadmap = arbitrate({ ...outputs, draftKind: 'replay' }, {}, { start: '2027-01' });
  return { brief: outputs.brief, roadmap, markdown: renderFullPlanMarkdown(roadmap, {}) };
}

const sectionOf = (markdown: string, title: string) => {
  const start = markdown.indexOf(`## ${title}`);
  expect(start).toBeGreaterThan(-1);
  const end = markdown.indexOf('\n## ', start + 3);
  return markdown.slice(start, end < 0 ? undefined : end);
};

describe('what you already have, and what the plan does with it', () => {
  it('lists each channel of the brief once, with its figure, after the summary', async () => {
    const { brief, markdown } = await planOf('fr-boulangerie-lyon');
    const text = sectionOf(markdown, 'Ce que vous avez déjà, et ce que le plan en fait');
    expect(markdown.indexOf('## Synthèse')).toBeLessThan(markdown.indexOf('## Ce que vous avez déjà'));
    for (const channel of brief.channels) expect(text).toContain(`- ${channel.name}`);
    expect(text).toMatch(/Instagram \(2\s300 abonnés\) — le plan s’appuie dessus : A8 ·/u);
    expect(text).not.toMatch(/inutilisé|non utilisé|unused/i);
  });

  it('says why when no action builds on an item, and the same brief gives the same lines', async () => {
    const first = await planOf('en-saas-devtools');
    const again = await planOf('en-saas-devtools');
    const text = sectionOf(first.markdown, 'What you already have, and what the plan does with it');
    expect(text).toContain('GitHub (open-source probelane-cli) (3,900 stars) — kept as today:');
    expect(text).toContain('LinkedIn (5,200 followers) — the plan builds on it: A7 ·');
    expect(again.roadmap.existing).toEqual(first.roadmap.existing);
  });
});
