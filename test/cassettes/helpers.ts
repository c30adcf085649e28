// Shared by the cassette tests: temp folders, fixture paths, run outputs, and a local upstream answering from fixtures.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach } from 'vitest';
import type { AgentId } from '../../agents/outputs.js';
import {
  type AnswerCall,
  type AnswerResult,
  type AnswerServer,
  startAnswerServer,
} from '../../src/cassettes/index.js';
import { caseAnswer } from '../support/fixture-cases.js';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const CASSETTES_DIR = join(ROOT, 'fixtures', 'cassettes');
export const PROMPTS_DIR = join(ROOT, 'prompts');

/** Files a run writes that must not vary between two replays (run.json holds dates and durations). */
export const STABLE_RUN_FILES = [
  'brief.json',
  'swot.json',
  'personas.json',
  'positioning.json',
  'journey.json',
  'prioritizer.json',
  'roadmap.json',
];

/** A fresh temp folder per call, removed after the test. */
export function useTempDirs(): () => Promise<string> {
  const made: string[] = [];
  afterEach(async () => {
    await Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
  });
  return async () => {
    const dir = await mkdtemp(join(tmpdir(), 'boussole-cassette-test-'));
    made.push(dir);
    return dir;
  };
}

/** Every file under `dir` (recursively), as [relative path, content]. */
export async function readTree(dir: string): Promise<[string, string][]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
  return Promise.all(
    files
      .sort()
      .map(async (file) => [file.slice(dir.length + 1), await readFile(file, 'utf8')] as [string, string]),
  );
}

export interface FixtureUpstream extends AnswerServer {
  /** Every call the upstream answered, with the Authorization header it saw. */
  calls: AnswerCall[];
}

/**
 * A local OpenAI-compatible server answering each agent with a fixture case's hand-authored answer;
 * `override` may answer some calls differently (e.g. with a leaked key).
 */
export async function startFixtureUpstream(
  caseId: string,
  override: (call: AnswerCall) => AnswerResult | null = () => null,
): Promise<FixtureUpstream> {
  const calls: AnswerCall[] = [];
  const server = await startAnswerServer((call) => {
    calls.push(call);
    const special = override(call);
    if (special) return special;
    const answer = caseAnswer(caseId, call.agent as AgentId);
    if (!answer) return { error: { status: 400, message: `no fixture answer for ${call.agent}` } };
    return { content: JSON.stringify(answer.content) };
  });
  return { ...server, calls };
}
