// Eval cases fail one by one: a broken cassette is its own case's error, naming the file, while the other cases are
// scored; an answer edited by hand since recording is reported by file (a warning, a failure with --strict).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EvalReport } from '../../evals/runner/index.js';
import { runCli } from '../support/cli.js';
import { tempSuite } from './suite-files.js';

const BROKEN = 'en-coffee-roaster-b2c';
const EDITED = 'en-dental-clinic-group';
const CLEAN = 'en-marketplace-tutors';

const cassetteOf = (root: string, caseId: string, agent: string) => {
  const name = readdirSync(join(root, caseId)).find((file) => file.startsWith(`${agent}-`));
  if (!name) throw new Error(`no ${agent} cassette in ${caseId}`);
  return join(root, caseId, name);
};

const warnings: string[] = [];
const onWarning = (warning: Error) => warnings.push(`${warning.name}: ${warning.message}`);
beforeEach(() => {
  warnings.length = 0;
  process.on('warning', onWarning);
});
afterEach(() => {
  process.off('warning', onWarning);
});

/** Three cases: one cassette that is not JSON, one answer edited by hand, one untouched. */
function damagedSuite() {
  const suite = tempSuite({ [BROKEN]: 1, [EDITED]: 1, [CLEAN]: 1 });
  const broken = cassetteOf(suite.cassettesRoot, BROKEN, 'swot');
  writeFileSync(broken, '{ "version": 1, "key": "trunc');
  // The last agent's answer: nothing downstream re-sends it, so the edit changes no later request.
  const edited = cassetteOf(suite.cassettesRoot, EDITED, 'prioritizer');
  const cassette = JSON.parse(readFileSync(edited, 'utf8')) as {
    response: { body: { choices: { message: { content: string } }[] } };
  };
  const message = cassette.response.body.choices[0]!.message;
  // A small, still valid edit of the answer, as someone "fixing" a fixture by hand would make.
  message.content = message.content.replace(/"title":"([^"]+)"/, '"title":"$1 (edited)"');
  expect(message.content).toContain('(edited)');
  writeFileSync(edited, `${JSON.stringify(cassette, null, 2)}\n`);
  return { suite, broken, edited };
}

describe('an eval with a broken and an edited cassette', () => {
  it('names the broken file as that case’s error, warns of the edited answer by file, and scores the others', async () => {
    const { suite, broken, edited } = damagedSuite();
    const report = join(suite.dir, 'report.json');
    const result = await runCli(['eval', suite.path, '--report', report], { cwd: suite.dir });

    expect(result.code).toBe(1);
    expect(result.stderr).not.toMatch(/unexpected error|ENOTEMPTY|HTTP 404|Connection error/);
    const cases = (JSON.parse(readFileSync(report, 'utf8')) as EvalReport).suites[0]!.cases;
    const byId = Object.fromEntries(cases.map((c) => [c.id, c]));
    expect(byId[BROKEN]).toMatchObject({ status: 'error' });
    expect(byId[BROKEN]?.error).toContain('swot-');
    expect(byId[BROKEN]?.error).toMatch(/is not a usable cassette: it is not JSON/);
    expect(byId[EDITED]?.status).toBe('scored');
    expect(byId[EDITED]?.warnings).toEqual([
      `${edited.slice(suite.dir.length + 1)}: answer edited since recorded (its digest no longer matches)`,
    ]);
    expect(byId[CLEAN]).toMatchObject({ status: 'scored', warnings: [] });
    expect(result.stdout).toContain(
      `${BROKEN}: could not be scored: sample 1: ${broken} is not a usable cassette`,
    );
    expect(result.stdout).toMatch(
      /warning en-dental-clinic-group: .*prioritizer-[0-9a-f]{12}\.json: answer edited since recorded/,
    );
    expect(warnings.filter((w) => w.startsWith('MaxListenersExceededWarning'))).toEqual([]);
  });

  it('fails the edited case with --strict, naming the file', async () => {
    const { suite, edited } = damagedSuite();
    const report = join(suite.dir, 'report.json');
    const result = await runCli(['eval', suite.path, '--strict', '--quiet', '--report', report], {
      cwd: suite.dir,
    });
    expect(result.code).toBe(1);
    const cases = (JSON.parse(readFileSync(report, 'utf8')) as EvalReport).suites[0]!.cases;
    const editedCase = cases.find((c) => c.id === EDITED);
    expect(editedCase?.status).toBe('error');
    expect(editedCase?.error).toMatch(/--strict: cassette answers that cannot be trusted as recorded/);
    expect(editedCase?.error).toContain(edited.slice(suite.dir.length + 1));
    expect(cases.find((c) => c.id === CLEAN)?.status).toBe('scored');
  });
});
