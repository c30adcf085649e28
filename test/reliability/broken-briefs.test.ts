// Bad briefs through the real CLI process: exit 2, one clear line on stderr, no stack trace, no model call.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeOpenAI, startFakeOpenAI } from '../support/fake-openai-server.js';
import { runCliProcess } from './support/spawn-cli.js';

/** Spawned CLI processes are slow on a loaded 2-core machine: generous, never a performance threshold. */
const PROCESS_TIMEOUT_MS = 90_000;

const BAD_BRIEFS = join(import.meta.dirname, '..', '..', 'fixtures', 'bad-briefs');
const KEY = 'sk-boussole-canary-broken-64aa10';
const TEXT = 'Maison Fournier is a bakery in Lyon that wants 20% more weekday customers within a year.\n';
let server: FakeOpenAI;
let work: string;

beforeAll(async () => {
  server = await startFakeOpenAI();
  work = mkdtempSync(join(tmpdir(), 'boussole-broken-'));
  writeFileSync(
    join(work, 'binary.md'),
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]),
  );
  // "café" saved as Latin-1: 0xE9 is not UTF-8.
  writeFileSync(
    join(work, 'latin1.txt'),
    Buffer.concat([Buffer.from('Le caf'), Buffer.from([0xe9]), Buffer.from(` ${TEXT}`)]),
  );
  writeFileSync(join(work, 'huge.txt'), `${TEXT}${'x'.repeat(100_001)}`);
  writeFileSync(join(work, 'plain.txt'), TEXT);
  mkdirSync(join(work, 'empty-folder'));
  // Unreadable whoever runs the test (root reads a chmod 000 file): the OS refuses to open a symlink loop.
  symlinkSync('loop.md', join(work, 'loop.md'));
});

afterAll(async () => {
  await server.stop();
  rmSync(work, { recursive: true, force: true });
});

/** The brief argument (relative to the work folder, or a fixture) and what the one line must say. */
const CASES: { name: string; brief: () => string; stdin?: string; says: RegExp }[] = [
  { name: 'an empty file', brief: () => join(BAD_BRIEFS, 'empty.txt'), says: /is empty/ },
  {
    name: 'a whitespace-only file',
    brief: () => join(BAD_BRIEFS, 'whitespace-only.txt'),
    says: /only whitespace/,
  },
  { name: 'empty stdin', brief: () => '-', stdin: '', says: /stdin.* is empty|is empty/ },
  { name: 'a binary file', brief: () => 'binary.md', says: /not text/ },
  { name: 'invalid UTF-8', brief: () => 'latin1.txt', says: /not valid UTF-8/ },
  { name: 'an oversized brief', brief: () => 'huge.txt', says: /100,000-character limit.*--max-brief-chars/ },
  { name: 'a folder with no brief in it', brief: () => 'empty-folder', says: /holds no brief/ },
  {
    name: 'an unreadable file (a symlink loop)',
    brief: () => 'loop.md',
    says: /Cannot read the brief file.*ELOOP/,
  },
  { name: 'a path through a file (ENOTDIR)', brief: () => 'plain.txt/brief.md', says: /not found/ },
  { name: 'a missing file', brief: () => 'no-such-brief.md', says: /not found/ },
  {
    name: 'a JSON list, which cannot be a brief',
    brief: () => join(BAD_BRIEFS, 'not-a-brief.json'),
    says: /not-a-brief\.json is a bare JSON list, not a brief/,
  },
  { name: 'JSON that does not parse', brief: () => join(BAD_BRIEFS, 'invalid.json'), says: /JSON/ },
];

const lines = (text: string) => text.split('\n').filter((line) => line.trim() !== '');

describe.concurrent('a broken brief, given to the CLI process', () => {
  it.each(CASES)(
    '$name: exit 2, one line on stderr, no stack trace',
    async ({ brief, stdin, says }) => {
      const result = await runCliProcess(['draft', brief()], {
        env: { OPENAI_API_KEY: KEY, OPENAI_BASE_URL: server.url },
        cwd: work,
        stdin,
      });

      expect(result.code, result.stderr).toBe(2);
      expect(lines(result.stderr)).toHaveLength(1);
      expect(result.stderr).toMatch(/^boussole: /);
      expect(result.stderr).toMatch(says);
      expect(result.stderr).not.toMatch(/\bat .*:\d+:\d+/);
      expect(result.stdout).toBe('');
    },
    PROCESS_TIMEOUT_MS,
  );

  it(
    '--debug adds the stack trace under the same first line',
    async () => {
      const result = await runCliProcess(['draft', join(BAD_BRIEFS, 'not-a-brief.json'), '--debug'], {
        env: { OPENAI_API_KEY: KEY, OPENAI_BASE_URL: server.url },
        cwd: work,
      });

      expect(result.code).toBe(2);
      expect(lines(result.stderr)[0]).toMatch(/^boussole: /);
      expect(result.stderr).toMatch(/\n\s+at .*:\d+:\d+/);
    },
    PROCESS_TIMEOUT_MS,
  );
});

describe('after every broken brief', () => {
  it('no model was called: bad input costs nothing', () => {
    expect(server.stats().requests).toBe(0);
  });
});
