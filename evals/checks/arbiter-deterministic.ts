// arbiter_deterministic: the arbiter gives byte-identical roadmaps when rerun, and when the actions come in reverse order.
import { arbitrate } from '../../src/arbiter/index.js';
import { cannotCheck, needOutputs } from './agent-output.js';
import { defineCheck } from './define-check.js';

export const arbiterDeterministic = defineCheck({
  name: 'arbiter_deterministic',
  column: 'arbiter',
  catches: 'an arbiter whose roadmap changes when rerun, or when the actions come in reverse order',
  plantedFault: null,
  run: (c) => {
    const got = needOutputs(c, [
      'brief',
      'swot',
      'personas',
      'positioning',
      'journey',
      'prioritizer',
    ] as const);
    if (!got.ok) return cannotCheck(got.missing);
    const inputs = { ...got.outputs, draftKind: c.roadmap?.draftKind ?? 'replay' } as const;
    const first = JSON.stringify(arbitrate(inputs));
    const again = JSON.stringify(arbitrate(inputs));
    const reversed = JSON.stringify(
      arbitrate({ ...inputs, prioritizer: { actions: [...inputs.prioritizer.actions].reverse() } }),
    );
    const problems: string[] = [];
    if (again !== first) problems.push('a second run differs');
    if (reversed !== first) problems.push('reversing the candidate actions changes the roadmap');
    if (c.roadmap !== null && JSON.stringify(c.roadmap) !== first)
      problems.push("the pipeline's roadmap differs");
    if (problems.length === 0) return { pass: true, score: 1, reason: 'identical roadmaps' };
    return { pass: false, score: 0, reason: problems.join('; ') };
  },
});
