// schema_valid: every agent's output matches its schema, and the arbiter produced a roadmap.

import { AGENTS } from '../../agents/index.js';
import { AGENT_IDS } from '../../agents/outputs.js';
import { listSome, ratio } from './agent-output.js';
import { defineCheck } from './define-check.js';

export const schemaValid = defineCheck({
  name: 'schema_valid',
  column: 'schema',
  catches: 'an agent output that does not match its schema, or no roadmap from the arbiter',
  plantedFault: null,
  run: (c) => {
    const problems: string[] = [];
    for (const id of AGENT_IDS) {
      const raw = c.agents[id];
      if (raw === null || raw === undefined) {
        problems.push(`${id}: no output`);
        continue;
      }
      const parsed = AGENTS[id].output.safeParse(raw);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        problems.push(`${id}: ${issue ? `${issue.path.join('.') || '(root)'} ${issue.message}` : 'invalid'}`);
      }
    }
    if (c.roadmap === null) problems.push('roadmap: not produced');
    const total = AGENT_IDS.length + 1;
    return problems.length === 0
      ? { pass: true, score: 1, reason: `${AGENT_IDS.length} outputs valid and a roadmap` }
      : { pass: false, score: ratio(total - problems.length, total), reason: listSome(problems) };
  },
});
