// The API key, from the environment or from .env, appears in no file of the run directory and no output of the
// CLI process: not after a full draft, not after a 401 whose body quotes the key back, not after a resume.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type FakeOpenAI, startFakeOpenAI } from '../support/fake-openai-server.js';
import { briefPath } from '../support/fixture-cases.js';
import { type KeyRefusingOpenAI, startKeyRefusingOpenAI } from '../support/key-echo-openai.js';
import { filesContaining, manifestOf } from './support/run-dir.js';
import { scriptedAnswers } from './support/scripted-answers.js';
import { type ProcessResult, runCliProcess } from './support/spawn-cli.js';

/**
 * Three CLI processes in a row, each starting Node (and tsx when the bundle is stale): at a load average of 15 on
 * 2 cores one test took 77 to 90 s, so 90 s timed it out. Generous, never a performance threshold. Every exit code is
 * asserted with the process's stderr as its message, so a failure says why the CLI failed.
 */
const PROCESS_TIMEOUT_MS = 240_000;

const CASE = 'en-dental-clinic-group';
const stops: (FakeOpenAI | KeyRefusingOpenAI)[] = [];
const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(stops.splice(0).map((server) => server.stop()));
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function answering(): Promise<FakeOpenAI> {
  const fake = await startFakeOpenAI({ answer: scriptedAnswers(CASE).answer });
  stops.push(fake);
  return fake;
}

async function refusing(): Promise<KeyRefusingOpenAI> {
  const server = await startKeyRefusingOpenAI();
  stops.push(server);
  return server;
}

/** Where the key comes from: the child's environment, or a .env file in its working folder. */
const SOURCES = [
  { from: 'the environment', key: 'sk-boussole-canary-env-0d9f2a61c4' },
  { from: '.env in the working folder', key: 'sk-boussole-canary-dotenv-7be3190a55' },
] as const;

describe.each(SOURCES)('an API key from $from', ({ from, key }) => {
  it(
    'appears in no run file and no output after a draft, a refused (401) run and a resume',
    async () => {
      const cwd = mkdtempSync(join(tmpdir(), 'boussole-secrets-'));
      dirs.push(cwd);
      const withKey = (baseURL: string): Record<string, string> => {
        if (from === 'the environment') return { OPENAI_API_KEY: key, OPENAI_BASE_URL: baseURL };
        writeFileSync(join(cwd, '.env'), `OPENAI_API_KEY=${key}\nOPENAI_BASE_URL=${baseURL}\n`);
        return {};
      };
      const outputs: ProcessResult[] = [];

      // 1. A full draft.
      const good = await answering();
      const full = join(cwd, 'full');
      outputs.push(
        await runCliProcess(['draft', briefPath(CASE), '--out', full], { env: withKey(good.url), cwd }),
      );
      expect(outputs[0]?.code, outputs[0]?.stderr).toBe(0);

      // 2. A run the server refuses with a 401 quoting the key back, with --debug to print every stack.
      const refuser = await refusing();
      const refused = join(cwd, 'refused');
      const failed = await runCliProcess(['draft', briefPath(CASE), '--out', refused, '--debug'], {
        env: withKey(refuser.url),
        cwd,
      });
      outputs.push(failed);
      expect(refuser.keysSeen).toContain(key);
      expect(failed.code, failed.stderr).toBe(1);
      expect(failed.stdout).toMatch(/refused the API key \(HTTP 401\)/);
      expect(manifestOf(refused).error?.code).toBe('llm_auth');

      // 3. The refused run, resumed against a server that answers.
      const again = await answering();
      outputs.push(await runCliProcess(['draft', '--resume', refused], { env: withKey(again.url), cwd }));
      expect(outputs[2]?.code, outputs[2]?.stderr).toBe(0);
      expect(manifestOf(refused).status).toBe('completed');

      for (const dir of [full, refused]) expect(filesContaining(dir, key)).toEqual([]);
      for (const { stdout, stderr } of outputs) {
        expect(stdout).not.toContain(key);
        expect(stderr).not.toContain(key);
      }
      // Not even a recognisable part of it.
      for (const { stdout, stderr } of outputs) expect(stdout + stderr).not.toContain(key.slice(-10));
    },
    PROCESS_TIMEOUT_MS,
  );
});
