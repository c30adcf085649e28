// Soak run: `npx tsx bench/soak.ts [--drafts 50] [--rate 0.2] [--seed 1] [--concurrency 8] [--kinds 429,500,...]`.
// Drafts in process against a local OpenAI-compatible server that fails a share of its calls, then prints the figures.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { FAULT_KINDS, type FaultKind } from '../test/support/fake-openai-server.js';
import { runSoak, SOAK_FAULTS } from '../test/reliability/support/soak.js';

const { values } = parseArgs({
  options: {
    drafts: { type: 'string', default: '50' },
    rate: { type: 'string', default: '0.2' },
    seed: { type: 'string', default: '1' },
    concurrency: { type: 'string', default: '8' },
    kinds: { type: 'string' },
    keep: { type: 'boolean', default: false },
  },
});

const kinds = values.kinds ? (values.kinds.split(',') as FaultKind[]) : SOAK_FAULTS;
for (const kind of kinds) {
  if (!FAULT_KINDS.includes(kind))
    throw new Error(`Expected --kinds among ${FAULT_KINDS.join(', ')}, got \`${kind}\``);
}
const workDir = mkdtempSync(join(tmpdir(), 'boussole-soak-'));
const report = await runSoak({
  drafts: Number(values.drafts),
  faultRate: Number(values.rate),
  seed: Number(values.seed),
  concurrency: Number(values.concurrency),
  kinds,
  workDir,
});

const line = (label: string, value: unknown) => console.log(`${label.padEnd(26)}${value}`);
line('drafts', report.drafts);
line('completed', report.completed);
line('failed (typed)', `${report.failed} ${JSON.stringify(report.failures)}`);
line(
  'calls per agent answer',
  `mean ${report.callsPerAnswer.mean}, max ${report.callsPerAnswer.max} (${report.callsPerAnswer.answers} answers)`,
);
line('max transport retries', report.maxTransportRetries);
line('max repair turns', report.maxRepairTurns);
line('server requests', `${report.serverRequests} (recorded in run.json: ${report.recordedCalls})`);
line('faults injected', JSON.stringify(report.faults));
line('wall time', `${(report.wallMs / 1000).toFixed(1)} s`);
line('violations', report.violations.length);
for (const violation of report.violations) console.log(`  - ${violation}`);
if (values.keep) console.log(`run directories kept in ${workDir}`);
else rmSync(workDir, { recursive: true, force: true });
process.exitCode = report.violations.length === 0 ? 0 : 1;
