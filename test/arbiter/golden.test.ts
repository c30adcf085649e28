// Golden roadmaps: each fixture case's hand-authored answers through the real arbiter and renderer, kept as
// snapshots a person reviews (test/arbiter/golden/*.md) so a change in the arbiter's decisions shows up as a diff.
import { describe, expect, it } from 'vitest';
import { AGENTS } from '../../agents/index.js';
import type { AgentOutputs } from '../../agents/outputs.js';
import { arbitrate } from '../../src/arbiter/index.js';
import { readBriefSource } from '../../src/brief/index.js';
import { renderFullPlanMarkdown } from '../../src/render/index.js';
import { briefPath, caseAnswer, caseIds } from '../support/fixture-cases.js';

async function caseOutputs(caseId: string): Promise<Required<AgentOutputs>> {
  const source = await readBriefSource(briefPath(caseId));
  const brief = source.structured ?? AGENTS.brief.output.parse(caseAnswer(caseId, 'brief')?.content);
  const parse = <Id extends Exclude<keyof AgentOutputs, 'brief'>>(id: Id) =>
    AGENTS[id].output.parse(caseAnswer(caseId, id)?.content) as AgentOutputs[Id];
  return {
    brief,
    swot: parse('swot'),
    personas: parse('personas'),
    positioning: parse('positioning'),
    journey: parse('journey'),
    prioritizer: parse('prioritizer'),
  };
}

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
