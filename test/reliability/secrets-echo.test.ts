// A server that echoes the key everywhere — a 500's body while recording, a 200 answer's text, a non-JSON answer
// kept as the last answer, response headers — leaves it in no file and no output of the real CLI process, in any
// form (raw, Bearer, URL-encoded, in a URL's user info), for every configured provider's key.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type EchoReply, type KeyEchoOpenAI, startKeyEchoOpenAI } from '../support/key-echo-openai.js';
import { filesContaining, manifestOf } from './support/run-dir.js';
import { type ProcessResult, runCliProcess } from './support/spawn-cli.js';

/** Spawned CLI processes are slow on a loaded 2-core machine: generous, never a performance threshold. */
const PROCESS_TIMEOUT_MS = 120_000;

/** Characters that URL-encode and base64 differently from the raw key, so every form is a distinct string. */
const KEY = 'sk-echo/canary+7f3a9c21e4=b05d';
const ANTHROPIC_KEY = 'sk-ant-echo-canary-41d9e07c2b';
const MISTRAL_KEY = 'mistral-echo-canary-6c20f8ab93';
const BRIEF = [
  'Atelier Brume is a small perfume workshop in Nantes selling handmade candles and room scents online and',
  'at two weekend markets. Goal: double online revenue within 12 months. Budget: 6,000 EUR for the year.',
  'Two people, ten hours a week each for marketing.',
].join('\n');

const servers: KeyEchoOpenAI[] = [];
const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.stop()));
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function echoing(reply: (agent: string, nth: number) => EchoReply): Promise<KeyEchoOpenAI> {
  const server = await startKeyEchoOpenAI(reply, [ANTHROPIC_KEY, MISTRAL_KEY]);
  servers.push(server);
  return server;
}

function workspace(): string {
  const cwd = mkdtempSync(join(tmpdir(), 'boussole-echo-'));
  dirs.push(cwd);
  return cwd;
}

/** Every form the key may take in a leak; none may appear anywhere. */
const FORMS = [
  KEY,
  encodeURIComponent(KEY),
  Buffer.from(KEY).toString('base64').replace(/=+$/, ''),
  ANTHROPIC_KEY,
  MISTRAL_KEY,
];

function expectNoLeak(cwd: string, outputs: readonly ProcessResult[]): void {
  for (const form of FORMS) {
    expect(filesContaining(cwd, form), form).toEqual([]);
    for (const { stdout, stderr } of outputs) {
      expect(stdout, form).not.toContain(form);
      expect(stderr, form).not.toContain(form);
    }
  }
  // Not even a recognisable part of it.
  for (const { stdout, stderr } of outputs) expect(stdout + stderr).not.toContain('7f3a9c21e4');
}

const env = (url: string) => ({
  OPENAI_API_KEY: KEY,
  OPENAI_BASE_URL: url,
  ANTHROPIC_API_KEY: ANTHROPIC_KEY,
  MISTRAL_API_KEY: MISTRAL_KEY,
});

describe('a server that echoes the key', () => {
  it(
    'in a 500 while recording, then in every answer: the draft completes and the key is in no run file, cassette or output',
    async () => {
      const server = await echoing((_agent, nth) => (nth === 1 ? 'error-500' : 'answer-200'));
      const cwd = workspace();
      const brief = join(cwd, 'brief.txt');
      writeFileSync(brief, BRIEF);
      const result = await runCliProcess(
        [
          'draft',
          brief,
          '--out',
          join(cwd, 'run'),
          '--record',
          '--cassettes',
          join(cwd, 'cassettes'),
          '--debug',
        ],
        { env: env(server.url), cwd },
      );
      expect(result.code, result.stderr).toBe(0);
      // The server did get the real key, and did echo it in a 500 and in answers.
      expect(server.keysSeen).toContain(KEY);
      expect(server.sent['error-500']).toBeGreaterThanOrEqual(5);
      expect(server.sent['answer-200']).toBeGreaterThanOrEqual(5);
      expect(result.stderr).toMatch(/server error \(HTTP 500\): retry 1/);
      // What was echoed is there, redacted: the cassettes and outputs keep the answer, not the key.
      const cassettes = readdirSync(join(cwd, 'cassettes'));
      expect(cassettes.length).toBeGreaterThanOrEqual(5);
      const swot = readdirSync(join(cwd, 'cassettes')).find((name) => name.startsWith('swot-')) as string;
      expect(readFileSync(join(cwd, 'cassettes', swot), 'utf8')).toContain(
        'Authorization: Bearer [redacted]',
      );
      expect(manifestOf(join(cwd, 'run')).status).toBe('completed');
      expectNoLeak(cwd, [result]);
    },
    PROCESS_TIMEOUT_MS,
  );

  it(
    'in answers that are not JSON: the failed agent’s last answer is kept, redacted, and nothing leaks with --debug',
    async () => {
      const server = await echoing((agent, nth) =>
        agent === 'swot' ? 'text-200' : nth === 1 ? 'error-500' : 'answer-200',
      );
      const cwd = workspace();
      const brief = join(cwd, 'brief.txt');
      writeFileSync(brief, BRIEF);
      const out = join(cwd, 'run');
      const result = await runCliProcess(['draft', brief, '--out', out, '--debug'], {
        env: env(server.url),
        cwd,
      });
      expect(result.code, result.stderr).toBe(1);
      expect(server.keysSeen).toContain(KEY);
      const manifest = manifestOf(out);
      expect(manifest.status).toBe('failed');
      expect(manifest.agents.swot.status).toBe('failed');
      const lastAnswer = readFileSync(join(out, 'swot.last-answer.txt'), 'utf8');
      expect(lastAnswer).toContain('I cannot answer in JSON today');
      expect(lastAnswer).toContain('[redacted]');
      expectNoLeak(cwd, [result]);
    },
    PROCESS_TIMEOUT_MS,
  );
});
