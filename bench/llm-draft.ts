// Runs `boussole draft` in-process against a local OpenAI-compatible server, timing it from call to return.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { runCli } from '../test/support/cli.js';

export interface TimedDraft {
  wallMs: number;
  code: number;
  stderr: string;
}

/**
 * In-process, so the figure is the pipeline's own wall time, not Node and tsx starting (figure 5 measures that).
 * The working folder is a fresh temporary one: a developer's `.env` (and real key) is never read, and the
 * run directories are removed afterwards.
 */
export async function timedDraft(baseURL: string, briefs: readonly string[], flags: readonly string[]) {
  const cwd = await mkdtemp(join(tmpdir(), 'boussole-bench-'));
  try {
    const started = performance.now();
    const result = await runCli(['draft', ...briefs, '--out', join(cwd, 'runs'), ...flags], {
      cwd,
      env: { OPENAI_BASE_URL: baseURL, OPENAI_API_KEY: 'bench-not-a-secret' },
    });
    const draft: TimedDraft = {
      wallMs: performance.now() - started,
      code: result.code,
      stderr: result.stderr,
    };
    if (draft.code !== 0) {
      throw new Error(
        `boussole draft exited with ${draft.code}:\n${draft.stderr.split('\n').slice(-8).join('\n')}`,
      );
    }
    return draft;
  } finally {
    await rm(cwd, { recursive: true, force: true });
  }
}
