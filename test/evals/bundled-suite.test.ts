// `npm test` runs the bundled eval suite: every threshold met, every planted imperfection caught by its check only.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CHECK_FOR_IMPERFECTION } from '../../evals/checks/index.js';
import type { EvalReport } from '../../evals/runner/index.js';
import { runCli } from '../support/cli.js';
import { caseMeta } from './cases.js';

describe('the bundled suite (evals/suites/bundled.json)', () => {
  let report: EvalReport;
  let code: number;
  let stdout: string;

  beforeAll(async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'boussole-eval-')), 'report.json');
    // No suite argument: the bundled one. No key in the environment: replay needs none.
    const result = await runCli(['eval', '--quiet', '--report', out]);
    code = result.code;
    stdout = result.stdout;
    report = JSON.parse(readFileSync(out, 'utf8')) as EvalReport;
  });

  it('passes: exit 0, no stale cassette, every check over its threshold', () => {
    const [suite] = report.suites;
    // Most telling first: a stale cassette or an unscored case explains everything after it.
    expect(suite?.stale).toEqual([]);
    expect(suite?.cases.filter((c) => c.status !== 'scored')).toEqual([]);
    expect(stdout).toContain('PASS bundled');
    expect(code).toBe(0);
    expect(report.passed).toBe(true);
    for (const check of suite?.checks ?? [])
      expect(check, check.name).toMatchObject({ pass: true, missed: [], failed: [] });
  });

  it('catches each planted imperfection with the check it targets, and with no other check', () => {
    const [suite] = report.suites;
    expect(suite?.cases.length).toBeGreaterThanOrEqual(8);
    for (const c of suite?.cases ?? []) {
      const planted = caseMeta(c.id).imperfections.map((i) => CHECK_FOR_IMPERFECTION[i.kind]);
      const failing = Object.entries(c.checks)
        .filter(([, result]) => !result.pass)
        .map(([name]) => name);
      expect(failing.sort(), c.id).toEqual([...new Set(planted)].sort());
      for (const name of planted)
        expect(c.checks[name]?.expectFail, `${c.id} ${name} listed in expectFail`).toBe(true);
    }
  });

  it('prints the case × check table, the reasons of the caught faults and the speed', () => {
    expect(stdout).toMatch(/^en-marketplace-tutors\s+1\.00\s+0\.99\*/m);
    expect(stdout).toContain('prioritizer A10.personaIds → P7 does not exist');
    expect(stdout).toMatch(/8 cases \(14 samples\) in [\d.]+ s: [\d.]+ cases per second/);
  });
});
