// The terminal report: a case × check table of scores, then the reason for every failure and each check's verdict.
import { CHECK_COLUMNS } from '../checks/index.js';
import type { BaselineMove, CaseCheckResult, EvalReport, SuiteReport } from './report.js';

/** `!` a failure that counts against the suite, `*` a planted fault caught as expected, `?` a planted fault missed. */
function cell(result: CaseCheckResult | undefined): string {
  if (!result) return '-';
  const mark = result.expectFail ? (result.pass ? '?' : '*') : result.pass ? '' : '!';
  return `${result.score.toFixed(2)}${mark}`;
}

const pad = (text: string, width: number) => text + ' '.repeat(Math.max(0, width - [...text].length));

function suiteTable(suite: SuiteReport): string[] {
  const names = suite.checks.map((c) => c.name);
  const header = ['case', ...names.map((n) => CHECK_COLUMNS[n])];
  const rows = suite.cases.map((c) => {
    const label = c.samples > 1 ? `${c.id} (×${c.samples})` : c.id;
    if (c.status !== 'scored') return [label, ...names.map(() => (c.status === 'stale' ? 'stale' : 'error'))];
    return [label, ...names.map((n) => cell(c.checks[n]))];
  });
  // With no case scored (all stale), a mean would be a made-up number.
  const anyScored = suite.cases.some((c) => c.status === 'scored');
  const mean = ['mean', ...suite.checks.map((c) => (anyScored ? c.mean.toFixed(2) : '-'))];
  const threshold = ['threshold', ...suite.checks.map((c) => c.threshold.toFixed(2))];
  const verdict = ['verdict', ...suite.checks.map((c) => (c.pass ? 'ok' : 'FAIL'))];
  const all = [header, ...rows, mean, threshold, verdict];
  const widths = header.map((_, i) => Math.max(...all.map((row) => [...(row[i] ?? '')].length)));
  const line = (row: string[]) =>
    row
      .map((text, i) => pad(text, widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [line(header), rule, ...rows.map(line), rule, line(mean), line(threshold), line(verdict)];
}

function suiteDetails(suite: SuiteReport): string[] {
  const lines: string[] = [];
  for (const c of suite.cases) {
    if (c.status === 'error') lines.push(`  ${c.id}: could not be scored: ${c.error}`);
    for (const warning of c.warnings ?? []) lines.push(`  warning ${c.id}: ${warning}`);
    for (const check of suite.checks) {
      const result = c.checks[check.name];
      if (!result) continue;
      if (result.expectFail && !result.pass)
        lines.push(`  * ${c.id} ${check.name} (planted, caught): ${result.reason}`);
      else if (result.expectFail)
        lines.push(`  ? ${c.id} ${check.name}: planted fault NOT caught (${result.reason})`);
      else if (!result.pass) lines.push(`  ! ${c.id} ${check.name}: ${result.reason}`);
    }
  }
  if (suite.stale.length > 0) {
    lines.push(
      '  Stale or missing cassettes (re-record with --record, or rebuild the hand-authored fixtures with',
      '  `npx tsx evals/build-cassettes.ts`); agents downstream of a stale one were not reached:',
    );
    const byAgent = new Map<string, string[]>();
    for (const s of suite.stale) {
      const key = `${s.agent} (${s.kind})`;
      const where = s.sample > 1 ? `${s.caseId}/sample-${s.sample}` : s.caseId;
      byAgent.set(key, [...(byAgent.get(key) ?? []), where]);
    }
    for (const [agent, cases] of [...byAgent].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      lines.push(`    ${agent}: ${cases.join(', ')}`);
    }
  }
  for (const check of suite.checks) {
    if (check.pass) continue;
    const why = [
      check.mean < check.threshold
        ? `mean ${check.mean.toFixed(4)} under threshold ${check.threshold}`
        : null,
      check.missed.length > 0 ? `planted fault missed in ${check.missed.join(', ')}` : null,
    ].filter((part) => part !== null);
    lines.push(`  FAIL ${check.name}: ${why.join('; ')}`);
  }
  return lines;
}

function movesTable(moves: readonly BaselineMove[]): string[] {
  if (moves.length === 0) return ['Baseline: no check moved.'];
  const fmt = (n: number | null) => (n === null ? 'n/a' : n.toFixed(2));
  return [
    'Baseline: what moved',
    ...moves.map((m) => {
      const delta = m.delta === null ? '' : ` (${m.delta > 0 ? '+' : ''}${m.delta.toFixed(2)})`;
      const verdict =
        m.passBefore !== m.passAfter
          ? ` ${m.passBefore ? 'pass' : 'fail'} → ${m.passAfter ? 'pass' : 'fail'}`
          : '';
      return `  ${m.suite} ${m.check} ${m.caseId ?? 'mean'}: ${fmt(m.before)} → ${fmt(m.after)}${delta}${verdict}`;
    }),
  ];
}

export function renderTable(report: EvalReport): string {
  const lines: string[] = [];
  for (const suite of report.suites) {
    lines.push(`Suite ${suite.name} (${suite.path})`, '', ...suiteTable(suite), '');
    const details = suiteDetails(suite);
    if (details.length > 0) lines.push(...details, '');
    lines.push(`${suite.passed ? 'PASS' : 'FAIL'} ${suite.name}`, '');
  }
  lines.push('Legend: ! failed  * planted fault caught  ? planted fault missed');
  if (report.prompts.variant)
    lines.push(`Prompts: ${report.prompts.dir} (variant ${report.prompts.variant})`);
  if (report.baseline) lines.push(...movesTable(report.baseline.moves));
  const t = report.timing;
  lines.push(
    `${t.cases} cases (${t.samples} samples) in ${(t.durationMs / 1000).toFixed(2)} s: ${t.casesPerSecond} cases per second`,
  );
  return `${lines.join('\n')}\n`;
}
