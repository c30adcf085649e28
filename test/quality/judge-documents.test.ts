// The harness judges every document a reader may open: a fault only in roadmap-full.md fails the check and names the file.
import { describe, expect, it } from 'vitest';
import { statedFromMeta } from '../../evals/checks/index.js';
import { type DraftOutcome, type HarnessBrief, harnessBriefs, judge } from './harness-briefs.js';

// hand-authored: a fixture brief's meta with the company renamed, a roadmap.md and a full plan written here.
function firstBrief(): HarnessBrief {
  const brief = harnessBriefs()[0];
  if (!brief) throw new Error('fixtures/briefs has no brief');
  return brief;
}
const fixture = firstBrief();
const META = { ...fixture.meta, company: 'Lantern Books Ltd' };

function outcome(roadmapMd: string, roadmapFullMd: string): DraftOutcome {
  return {
    brief: { ...fixture, meta: META },
    code: 0,
    stderr: '',
    draft: {
      id: 'lantern',
      sourceText: 'Lantern Books Ltd sells books.',
      stated: statedFromMeta(META),
      brief: null,
      agents: {},
      roadmapJson: null,
      roadmapMd,
      roadmapFullMd,
      summary: null,
      start: '2027-01',
    },
  };
}

describe('judging a run’s documents', () => {
  it('passes when roadmap.md and roadmap-full.md both name the company', () => {
    const result = judge(
      outcome(
        '# Marketing roadmap — Lantern Books Ltd\n',
        '# Marketing roadmap — Lantern Books Ltd\n\n## Summary\n',
      ),
    );
    expect(result.company_named.pass).toBe(true);
  });

  it('fails when only the full plan has a placeholder title, and says it is roadmap-full.md', () => {
    const result = judge(
      outcome('# Marketing roadmap — Lantern Books Ltd\n', '# Marketing roadmap — Your company\n'),
    );
    expect(result.company_named.pass).toBe(false);
    expect(result.company_named.reason).toMatch(/^roadmap-full\.md: /);
  });
});
