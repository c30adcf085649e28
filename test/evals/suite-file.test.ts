// A bad suite file is bad usage: exit 2, and the message names the file and the bad field.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { BUNDLED_SUITE } from './suite-files.js';

function writeVariant(change: (suite: Record<string, unknown>) => void): string {
  const suite = JSON.parse(readFileSync(BUNDLED_SUITE, 'utf8')) as Record<string, unknown>;
  change(suite);
  const path = join(mkdtempSync(join(tmpdir(), 'boussole-suite-')), 'suite.json');
  writeFileSync(path, JSON.stringify(suite));
  return path;
}

describe('suite files', () => {
  it('refuses a threshold out of range, naming the field', async () => {
    const path = writeVariant((s) => {
      (s.checks as Record<string, { threshold: number }>).references_resolve!.threshold = 1.5;
    });
    const result = await runCli(['eval', path]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/Bad suite .*suite\.json: checks\.references_resolve\.threshold: /);
  });

  it('refuses a check that does not exist', async () => {
    const path = writeVariant((s) => {
      (s.checks as Record<string, unknown>).vibes_good = { threshold: 1 };
    });
    const result = await runCli(['eval', path]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('checks: ');
    expect(result.stderr).toContain('vibes_good');
  });

  it('refuses an expectFail naming an unknown case, and a case without cassettes', async () => {
    const unknown = writeVariant((s) => {
      (s.checks as Record<string, { expectFail: string[] }>).goals_covered!.expectFail = [
        'fr-gite-vercors',
        'nope',
      ];
    });
    const first = await runCli(['eval', unknown]);
    expect(first.code).toBe(2);
    expect(first.stderr).toContain('checks.goals_covered.expectFail.1: unknown case "nope"');

    const noCassettes = writeVariant((s) => {
      (s.cases as Record<string, unknown>[])[0]!.cassettes = undefined;
    });
    const second = await runCli(['eval', noCassettes]);
    expect(second.code).toBe(2);
    expect(second.stderr).toContain('cases.0.cassettes');
  });

  it('says so for a suite that is not JSON or does not exist, and for a bad option', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'boussole-suite-')), 'suite.json');
    writeFileSync(path, '{ "name": ');
    expect((await runCli(['eval', path])).stderr).toContain('is not valid JSON');
    const missing = await runCli(['eval', join(tmpdir(), 'no-such-suite.json')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('Cannot read the suite');
    const option = await runCli(['eval', '--concurrency', 'zero']);
    expect(option.code).toBe(2);
    expect(option.stderr).toContain('Expected `--concurrency` to be a whole number from 1, got `zero`');
  });
});
