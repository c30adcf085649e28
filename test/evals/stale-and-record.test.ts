// A copy of prompts/ with one edited template: replay names exactly the stale agent's cases and exits 1;
// recording that copy against a local OpenAI-compatible server writes cassettes with no key, after which it passes.
import { appendFileSync, cpSync, existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AgentId } from '../../agents/outputs.js';
import type { EvalReport } from '../../evals/runner/index.js';
import { type AnswerServer, startAnswerServer } from '../../src/cassettes/index.js';
import { runCli } from '../support/cli.js';
import { caseAnswer } from '../support/fixture-cases.js';
import { ROOT, tempSuite } from './suite-files.js';

function editedPrompts(template: string): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'boussole-prompts-')), 'prompts');
  cpSync(join(ROOT, 'prompts'), dir, { recursive: true });
  appendFileSync(join(dir, template), '\nKeep every sentence short.\n');
  return dir;
}

const readReport = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as EvalReport;

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

describe('stale cassettes after a prompt edit', () => {
  it('an edited swot template makes exactly the swot calls of every case and sample stale (exit 1)', async () => {
    const suite = tempSuite({ 'en-coffee-roaster-b2c': 1, 'fr-boulangerie-lyon': 3 });
    const report = join(suite.dir, 'report.json');
    const result = await runCli([
      'eval',
      suite.path,
      '--quiet',
      '--prompts',
      editedPrompts('swot.user.hbs'),
      '--report',
      report,
    ]);
    expect(result.code).toBe(1);
    expect(readReport(report).suites[0]?.stale).toEqual([
      { caseId: 'en-coffee-roaster-b2c', sample: 1, agent: 'swot', kind: 'stale' },
      { caseId: 'fr-boulangerie-lyon', sample: 1, agent: 'swot', kind: 'stale' },
      { caseId: 'fr-boulangerie-lyon', sample: 2, agent: 'swot', kind: 'stale' },
      { caseId: 'fr-boulangerie-lyon', sample: 3, agent: 'swot', kind: 'stale' },
    ]);
    expect(result.stdout).toContain(
      'swot (stale): en-coffee-roaster-b2c, fr-boulangerie-lyon, fr-boulangerie-lyon/sample-2, fr-boulangerie-lyon/sample-3',
    );
    expect(result.stdout).toContain('FAIL temp');
  });

  it('an unedited copy of prompts/ is no variant: it replays the bundled cassettes', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'boussole-prompts-')), 'prompts');
    cpSync(join(ROOT, 'prompts'), dir, { recursive: true });
    const suite = tempSuite({ 'fr-gite-vercors': 1 });
    const report = join(suite.dir, 'report.json');
    const result = await runCli(['eval', suite.path, '--quiet', '--prompts', dir, '--report', report]);
    expect(result.code).toBe(0);
    expect(readReport(report).prompts.variant).toBeNull();
  });

  it('an edited brief template is stale only in the cases whose brief the brief agent reads', async () => {
    // en-saas-devtools has complete front matter: the brief agent is skipped, so its cassettes cannot go stale.
    const suite = tempSuite({ 'en-coffee-roaster-b2c': 1, 'en-saas-devtools': 3 });
    const report = join(suite.dir, 'report.json');
    const result = await runCli([
      'eval',
      suite.path,
      '--quiet',
      '--prompts',
      editedPrompts('brief.user.hbs'),
      '--report',
      report,
    ]);
    expect(result.code).toBe(1);
    const [summary] = readReport(report).suites;
    expect(summary?.stale).toEqual([
      { caseId: 'en-coffee-roaster-b2c', sample: 1, agent: 'brief', kind: 'stale' },
    ]);
    expect(summary?.cases.map((c) => `${c.id} ${c.status}`)).toEqual([
      'en-coffee-roaster-b2c stale',
      'en-saas-devtools scored',
    ]);
  });

  it('a missing cassette folder is reported as missing, not stale', async () => {
    // The case has one recorded sample; asking for two leaves sample 2 with no cassette at all.
    const broken = tempSuite({ 'fr-cabinet-rh-b2b': 2 });
    const report = join(broken.dir, 'report.json');
    const second = await runCli(['eval', broken.path, '--quiet', '--report', report]);
    expect(second.code).toBe(1);
    expect(readReport(report).suites[0]?.stale).toEqual([
      { caseId: 'fr-cabinet-rh-b2b', sample: 2, agent: 'brief', kind: 'missing' },
    ]);
  });
});

describe('recording a variant prompts folder against a local OpenAI-compatible server', () => {
  const CASE = 'en-coffee-roaster-b2c';
  const KEY = 'sk-test-boussole-RECORD-SECRET-0123456789abcdef';
  const calls: { agent: string; authorization: string | null }[] = [];
  let server: AnswerServer;

  beforeAll(async () => {
    server = await startAnswerServer(({ agent, authorization }) => {
      calls.push({ agent, authorization });
      const answer = caseAnswer(CASE, agent as AgentId);
      return answer
        ? { content: JSON.stringify(answer.content) }
        : { error: { status: 400, message: `no ${agent}` } };
    });
  });
  afterAll(() => server.close());

  it('records only the changed agent into the variant folder, with no key, and then replays it', async () => {
    const checks = { schema_valid: { threshold: 1 }, currency_matches: { threshold: 1, expectFail: [CASE] } };
    const suite = tempSuite({ [CASE]: 1 }, checks);
    const prompts = editedPrompts('journey.user.hbs');
    const env = { OPENAI_API_KEY: KEY, OPENAI_BASE_URL: `${server.origin}/v1` };
    const bundledBefore = filesUnder(suite.cassettesRoot).map((f) => readFileSync(f, 'utf8'));

    const stale = await runCli(['eval', suite.path, '--quiet', '--prompts', prompts]);
    expect(stale.code).toBe(1);
    expect(stale.stdout).toContain(`journey (stale): ${CASE}`);
    expect(calls).toEqual([]);

    const recorded = await runCli(['eval', suite.path, '--quiet', '--prompts', prompts, '--record'], { env });
    expect(recorded.stderr).toBe('');
    expect(recorded.code).toBe(0);
    // Only the edited agent went to the server, with the real key; everything else replayed from the copies.
    expect(calls).toEqual([{ agent: 'journey', authorization: `Bearer ${KEY}` }]);

    const variants = join(suite.dir, 'cassette-variants');
    const [hash] = readdirSync(variants);
    expect(hash).toMatch(/^[0-9a-f]{12}$/);
    const written = filesUnder(join(variants, hash!, CASE));
    expect(written.map((f) => f.split('/').pop()?.split('-')[0]).sort()).toEqual([
      'brief',
      'journey',
      'journey',
      'personas',
      'positioning',
      'prioritizer',
      'swot',
    ]);
    for (const file of written) expect(readFileSync(file, 'utf8')).not.toContain(KEY);
    const journeys = written
      .filter((f) => f.includes('/journey-'))
      .map((f) => JSON.parse(readFileSync(f, 'utf8')));
    expect(journeys.map((c) => c.provenance.kind).sort()).toEqual(['hand-authored', 'recorded']);
    // The bundled cassettes are untouched.
    expect(filesUnder(suite.cassettesRoot).map((f) => readFileSync(f, 'utf8'))).toEqual(bundledBefore);
    expect(existsSync(join(suite.cassettesRoot, 'cassette-variants'))).toBe(false);

    const replay = await runCli(['eval', suite.path, '--quiet', '--prompts', prompts]);
    expect(replay.code).toBe(0);
    expect(replay.stdout).toContain('PASS temp');
    expect(calls).toHaveLength(1);
  });

  it('refuses --record without a configured endpoint (exit 2)', async () => {
    const result = await runCli(['eval', tempSuite({ [CASE]: 1 }).path, '--record'], { env: {} });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('`--record` sends the missing calls to a model');
  });
});
