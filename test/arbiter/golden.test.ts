// Golden roadmaps: each fixture case's hand-authored answers through the real arbiter and renderer, kept as
// snapshots a person reviews (test/arbiter/golden/*.md) so a change in the arbiter's decisions shows up as a diff.
import { describe, expect, it } from 'vitest';
import { arbitrate } from '../../src/arbiter/index.js';
import { renderFullPlanMarkdown } from '../../src/render/index.js';
import { caseIds, caseOutputs } from '../support/fixture-cases.js';

describe('golden roadmaps of the fixture cases', () => {
  for (const caseId of caseIds()) {
    it(`${caseId}: the roadmap a reviewer approved`, async () => {
      const outputs = await caseOutputs(caseId);
      // A fixed start month: the goldens show calendar months, busy months and deadlines as a reader sees them.
      const roadmap = arbitrate({ ...outputs, draftKind: 'replay' }, {}, { start: '2027-01' });
      await expect(`${JSON.stringify(roadmap, null, 2)}\n`).toMatchFileSnapshot(
        `golden/${caseId}.roadmap.json`,
      );
      await expect(renderFullPlanMarkdown(roadmap, {})).toMatchFileSnapshot(`golden/${caseId}.roadmap.md`);
    });
  }
});
