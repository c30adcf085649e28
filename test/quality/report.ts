// The harness's before/after figure: per honesty check, how many hand-authored briefs fail.
// `npx tsx test/quality/report.ts [--reasons]`; `--gaps` prints today's failures in the shape of known-gaps.json (to review, not to paste blindly).
import { rmSync } from 'node:fs';
import { HONESTY_CHECK_NAMES, HONESTY_CHECKS } from '../../evals/checks/index.js';
import { draftBrief, draftRoot, harnessBriefs, judge } from './harness-briefs.js';

async function main(): Promise<void> {
  const showReasons = process.argv.includes('--reasons');
  const briefs = harnessBriefs();
  const root = draftRoot();
  const rows: { id: string; results: ReturnType<typeof judge>; drafted: boolean }[] = [];
  for (const brief of briefs) {
    const outcome = await draftBrief(brief, root);
    rows.push({ id: brief.id, results: judge(outcome), drafted: outcome.draft !== null });
  }
  rmSync(root, { recursive: true, force: true });
  const width = Math.max(...HONESTY_CHECK_NAMES.map((n) => n.length), 'drafts completed'.length);
  const lines = [
    `Quality harness: ${briefs.length} hand-authored briefs (fixtures/briefs), drafted offline`,
    '',
  ];
  lines.push(`${'check'.padEnd(width)}  failing briefs`);
  lines.push(`${'-'.repeat(width)}  --------------`);
  lines.push(`${'drafts completed'.padEnd(width)}  ${rows.filter((r) => r.drafted).length}/${briefs.length}`);
  for (const name of HONESTY_CHECK_NAMES) {
    const failing = rows.filter((r) => !r.results[name].pass).length;
    lines.push(`${name.padEnd(width)}  ${String(failing).padStart(2)}/${briefs.length}`);
  }
  const clean = rows.filter((r) => HONESTY_CHECK_NAMES.every((n) => r.results[n].pass)).length;
  lines.push(`${'all checks pass'.padEnd(width)}  ${String(clean).padStart(2)}/${briefs.length} briefs`);
  const passing = rows.filter((r) => HONESTY_CHECK_NAMES.every((n) => r.results[n].pass)).map((r) => r.id);
  if (passing.length > 0) lines.push(`  clean: ${passing.join(', ')}`);
  if (showReasons) {
    lines.push('', 'Failures:');
    for (const row of rows) {
      for (const name of HONESTY_CHECK_NAMES) {
        const r = row.results[name];
        if (!r.pass) lines.push(`  ${row.id} · ${name}: ${r.reason}`);
      }
    }
    lines.push('', 'What each check catches:');
    for (const name of HONESTY_CHECK_NAMES) lines.push(`  ${name}: ${HONESTY_CHECKS[name].catches}`);
  }
  if (process.argv.includes('--gaps')) {
    const gaps: Record<string, Record<string, string>> = {};
    for (const row of rows) {
      for (const name of HONESTY_CHECK_NAMES) {
        if (row.results[name].pass) continue;
        const forBrief = gaps[row.id] ?? {};
        forBrief[name] = row.results[name].reason;
        gaps[row.id] = forBrief;
      }
    }
    process.stdout.write(`${JSON.stringify(gaps, null, 2)}\n`);
    return;
  }
  process.stdout.write(`${lines.join('\n')}\n`);
}

await main();
