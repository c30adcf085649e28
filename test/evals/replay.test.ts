// Replay is byte-identical across runs; --junit on a real run is valid XML; --baseline shows what moved and by how much.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { compareWithBaseline, type EvalReport } from '../../evals/runner/index.js';
import { runCli } from '../support/cli.js';
import { parseXml } from './xml-check.js';

const dir = mkdtempSync(join(tmpdir(), 'boussole-eval-replay-'));
const path = (name: string) => join(dir, name);
const read = (name: string) => readFileSync(path(name), 'utf8');
/** One JUnit testsuite, and one baseline move per new case, for each check the bundled suite runs. */
const BUNDLED_CHECKS = Object.keys(
  (
    JSON.parse(readFileSync(new URL('../../evals/suites/bundled.json', import.meta.url), 'utf8')) as {
      checks: object;
    }
  ).checks,
).length;
const withoutTiming = (text: string) => {
  const { timing, ...rest } = JSON.parse(text) as EvalReport;
  expect(timing.cases).toBe(8);
  return JSON.stringify(rest);
};

describe('replaying the bundled suite twice', () => {
  let second: { code: number; stdout: string };

  beforeAll(async () => {
    await runCli(['eval', '--quiet', '--report', path('first.json'), '--junit', path('first.xml')]);
    // The baseline: the first report with two scores moved, as an older prompt version might have scored.
    const baseline = JSON.parse(read('first.json')) as EvalReport;
    const suite = baseline.suites[0]!;
    const coffee = suite.cases.find((c) => c.id === 'en-coffee-roaster-b2c')!;
    coffee.checks.currency_matches = { ...coffee.checks.currency_matches!, score: 1, pass: true };
    const facts = suite.checks.find((c) => c.name === 'facts_consistent')!;
    facts.mean = 0.9;
    facts.pass = false;
    writeFileSync(path('baseline.json'), JSON.stringify(baseline));
    second = await runCli([
      'eval',
      '--quiet',
      '--report',
      path('second.json'),
      '--baseline',
      path('baseline.json'),
    ]);
    // Two full eval runs in child processes: ~20 s on a quiet machine, more while the rest of the suite runs.
  }, 120_000);

  it('writes the same report, byte for byte, apart from timing and the baseline section', () => {
    const first = JSON.parse(read('first.json')) as EvalReport;
    const again = JSON.parse(read('second.json')) as EvalReport;
    expect(first.baseline).toBeNull();
    expect(withoutTiming(JSON.stringify({ ...again, baseline: null }))).toBe(
      withoutTiming(read('first.json')),
    );
  });

  it('writes valid JUnit XML with a testsuite per check and a testcase per case', () => {
    const root = parseXml(read('first.xml'));
    expect(root.name).toBe('testsuites');
    expect(root.attributes.failures).toBe('0');
    expect(root.children).toHaveLength(BUNDLED_CHECKS);
    for (const suite of root.children) expect(suite.children).toHaveLength(9);
  });

  it('lists exactly what moved against the baseline, per case and in the mean', () => {
    const report = JSON.parse(read('second.json')) as EvalReport;
    expect(report.baseline?.moves).toEqual([
      {
        suite: 'bundled',
        check: 'currency_matches',
        caseId: 'en-coffee-roaster-b2c',
        before: 1,
        after: 0.9375,
        delta: -0.0625,
        passBefore: true,
        passAfter: false,
      },
      {
        suite: 'bundled',
        check: 'facts_consistent',
        caseId: null,
        before: 0.9,
        after: 1,
        delta: 0.1,
        passBefore: false,
        passAfter: true,
      },
    ]);
    expect(second.stdout).toContain('Baseline: what moved');
    expect(second.stdout).toContain(
      'bundled currency_matches en-coffee-roaster-b2c: 1.00 → 0.94 (-0.06) pass → fail',
    );
    expect(second.stdout).toContain('bundled facts_consistent mean: 0.90 → 1.00 (+0.10) fail → pass');
    expect(second.code).toBe(0);
  });

  it('finds nothing moved against itself, and reports a case the baseline did not have', () => {
    const report = JSON.parse(read('first.json')) as EvalReport;
    expect(compareWithBaseline(report.suites, report)).toEqual([]);
    const older = structuredClone(report);
    older.suites[0]!.cases = older.suites[0]!.cases.filter((c) => c.id !== 'fr-gite-vercors');
    const moves = compareWithBaseline(report.suites, older);
    expect(moves.filter((m) => m.caseId === 'fr-gite-vercors')).toHaveLength(BUNDLED_CHECKS);
    expect(moves.find((m) => m.caseId === 'fr-gite-vercors')).toMatchObject({ before: null, delta: null });
  });

  it('refuses a baseline that is not a report (exit 2)', async () => {
    writeFileSync(path('not-a-report.json'), '{"hello": 1}');
    const result = await runCli(['eval', '--baseline', path('not-a-report.json')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('is not an eval report');
  });
});
