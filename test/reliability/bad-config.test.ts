// Bad configuration and bad paths are bad input: one clear line, exit 2, and nothing created before the refusal —
// a malformed base URL, a deadline that is not a number, a run folder under a file or behind a broken link.
import { existsSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A working folder with a brief, a plain file and a broken symbolic link in it. */
function workspace(): { cwd: string; brief: string } {
  const cwd = mkdtempSync(join(tmpdir(), 'boussole-badconfig-'));
  dirs.push(cwd);
  const brief = join(cwd, 'brief.txt');
  writeFileSync(brief, 'Atelier Brume makes candles in Nantes. Goal: double online revenue in 12 months.\n');
  writeFileSync(join(cwd, 'afile'), 'not a folder\n');
  symlinkSync(join(cwd, 'nowhere'), join(cwd, 'broken'));
  return { cwd, brief };
}

/** The one line a refusal prints, the exit code, and proof nothing new appeared in the working folder. */
async function refused(argv: string[], env: NodeJS.ProcessEnv = {}) {
  const { cwd } = workspace();
  const before = readdirSync(cwd).sort();
  const result = await runCli(argv, { cwd, env });
  const lines = result.stderr.trim().split('\n');
  return {
    ...result,
    last: lines.at(-1) ?? '',
    created: readdirSync(cwd)
      .sort()
      .filter((n) => !before.includes(n)),
  };
}

describe('a malformed base URL', () => {
  it.each(['not a url', 'localhost:11434/v1', 'ftp://127.0.0.1/v1'])(
    '`%s` exits 2 before any run folder exists',
    async (baseURL) => {
      const { cwd, brief } = workspace();
      const result = await runCli(['draft', brief], { cwd, env: { OPENAI_BASE_URL: baseURL } });
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/OPENAI_BASE_URL (is not a URL|must be an http)/);
      expect(result.stderr).not.toMatch(/unexpected/i);
      expect(existsSync(join(cwd, 'runs'))).toBe(false);
    },
  );

  it('with credentials in it exits 2 without repeating them', async () => {
    const { cwd, brief } = workspace();
    const result = await runCli(['draft', brief, '--out', join(cwd, 'run')], {
      cwd,
      env: { OPENAI_BASE_URL: 'http://admin:hunter2-gateway-pass@127.0.0.1:9/v1' },
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/OPENAI_BASE_URL holds credentials/);
    expect(result.stderr + result.stdout).not.toContain('hunter2-gateway-pass');
    expect(existsSync(join(cwd, 'run'))).toBe(false);
  });

  it('refuses `eval --record` the same way', async () => {
    const result = await refused(['eval', '--record'], {
      OPENAI_API_KEY: 'sk-x',
      OPENAI_BASE_URL: 'not a url',
    });
    expect(result.code).toBe(2);
    expect(result.last).toMatch(/OPENAI_BASE_URL is not a URL/);
  });
});

describe('the per-agent deadline', () => {
  it.each([
    [['--deadline', '0'], {}, /Expected `--deadline` to be a number from 1, got `0`/],
    [
      [],
      { BOUSSOLE_AGENT_DEADLINE: 'soon' },
      /Expected BOUSSOLE_AGENT_DEADLINE to be a number of seconds from 1, got `soon`/,
    ],
  ])('%j %j exits 2 with what was wrong', async (flags, env, message) => {
    const { cwd, brief } = workspace();
    const result = await runCli(['draft', brief, ...flags], {
      cwd,
      env: { OPENAI_API_KEY: 'sk-test-not-used', OPENAI_BASE_URL: 'http://127.0.0.1:9/v1', ...env },
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(existsSync(join(cwd, 'runs'))).toBe(false);
  });
});

describe('path errors', () => {
  it.each([
    [
      'a run folder under a file',
      (cwd: string) => ['--out', join(cwd, 'afile', 'run')],
      /a part of that path is a file/,
    ],
    [
      'a run folder behind a broken link',
      (cwd: string) => ['--out', join(cwd, 'broken')],
      /broken symbolic link/,
    ],
    [
      'a run folder that is a file',
      (cwd: string) => ['--out', join(cwd, 'afile')],
      /is a file: choose a folder/,
    ],
  ])('%s exits 2 with one clear line', async (_what, out, message) => {
    const { cwd, brief } = workspace();
    const result = await runCli(['draft', brief, ...out(cwd), '--provider', 'offline'], { cwd });
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n').at(-1)).toMatch(message);
    expect(result.stderr).not.toMatch(/EEXIST|ENOTDIR|ENOENT|unexpected/);
  });

  it.each([
    ['a brief that is a broken link', 'broken', /symbolic link to a file that does not exist/],
    ['a brief under a file', join('afile', 'brief.md'), /a part of that path is a file/],
  ])('%s exits 2 with one clear line', async (_what, path, message) => {
    const result = await refused(['draft', path, '--provider', 'offline']);
    expect(result.code).toBe(2);
    expect(result.last).toMatch(message);
    expect(result.created).toEqual([]);
  });

  it('`--resume` of a path under a file exits 2', async () => {
    const { cwd } = workspace();
    const result = await runCli(['draft', '--resume', join(cwd, 'afile', 'run'), '--provider', 'offline'], {
      cwd,
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/No run directory at/);
  });

  it('an eval report under a file exits 2', async () => {
    const { cwd } = workspace();
    const result = await runCli(['eval', '--quiet', '--report', join(cwd, 'afile', 'report.json')], { cwd });
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n').at(-1)).toMatch(
      /Cannot write --report .*a part of that path is a file/,
    );
  });
});
