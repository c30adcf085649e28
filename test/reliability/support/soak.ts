// The soak: many drafts, in process, against the fake OpenAI server failing a share of its calls with mixed faults.
// Each draft must complete or fail with a typed error, keep every finished output whole, and stay within its bounds.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import PQueue from 'p-queue';
import { AGENTS } from '../../../agents/index.js';
import { AGENT_IDS, type AgentId } from '../../../agents/outputs.js';
import { readBriefSource } from '../../../src/brief/index.js';
import { BoussoleError } from '../../../src/errors/index.js';
import { createOpenAIModel } from '../../../src/llm/openai-model.js';
import { draft, type PipelineContext } from '../../../src/pipeline/draft.js';
import type { RunManifest } from '../../../src/pipeline/manifest.js';
import { loadPromptSet } from '../../../src/prompts/index.js';
import { type FaultKind, startFakeOpenAI } from '../../support/fake-openai-server.js';
import { briefPath, caseIds } from '../../support/fixture-cases.js';
import { agentFilesIn, inspectRunDir, manifestOf } from './run-dir.js';

/** The faults of the issue: rate limits, server errors, dropped connections, and every kind of bad answer. */
export const SOAK_FAULTS: readonly FaultKind[] = [
  '429',
  '500',
  '503',
  'reset',
  'not-json',
  'truncated',
  'schema-break',
  'refusal',
];

/** The loop's bounds, as `createOpenAIModel` defaults them: what every agent's attempts are checked against. */
export const BOUNDS = { transportRetries: 4, repairTurns: 2 } as const;

export interface SoakOptions {
  drafts: number;
  /** Share of model calls that fail, 0 to 1. */
  faultRate: number;
  workDir: string;
  kinds?: readonly FaultKind[];
  /** @default 1 */
  seed?: number;
  /** Agents in flight at once, across every draft. @default 8 */
  concurrency?: number;
  /** Server latency per answer. @default 5 */
  latencyMs?: number;
  /** First backoff before a transport retry: small, so the soak measures behaviour, not waiting. @default 10 */
  backoffBaseMs?: number;
}

export interface SoakReport {
  drafts: number;
  completed: number;
  failed: number;
  /** How failed drafts failed, by error code. */
  failures: Record<string, number>;
  /** Each broken promise: a lost or corrupt output, an untyped error, an attempt count out of bounds. */
  violations: string[];
  /** Calls per agent answer (first call, retries and repair turns), over every agent that ran. */
  callsPerAnswer: { answers: number; mean: number; max: number };
  maxTransportRetries: number;
  maxRepairTurns: number;
  serverRequests: number;
  /** Calls the run.json files account for: equal to serverRequests when nothing went unrecorded. */
  recordedCalls: number;
  faults: Record<string, number>;
  wallMs: number;
}

const KEY = 'sk-boussole-canary-soak-4b1d';
const TYPED_RUN_ERRORS = new Set([
  'llm_transport',
  'llm_rate_limited',
  'llm_auth',
  'llm_bad_request',
  'llm_not_found',
  'llm_output',
  'llm_refusal',
]);

export async function runSoak(options: SoakOptions): Promise<SoakReport> {
  const {
    drafts,
    faultRate,
    workDir,
    kinds = SOAK_FAULTS,
    seed = 1,
    concurrency = 8,
    latencyMs = 5,
  } = options;
  const server = await startFakeOpenAI({ latencyMs, faults: { rate: faultRate, kinds, seed } });
  const started = performance.now();
  try {
    const model = await createOpenAIModel({
      apiKey: KEY,
      baseURL: server.url,
      backoffBaseMs: options.backoffBaseMs ?? 10,
      maxTransportRetries: BOUNDS.transportRetries,
      maxRepairTurns: BOUNDS.repairTurns,
      timeoutMs: 30_000,
    });
    const context: PipelineContext = {
      model,
      baseURL: server.url,
      prompts: loadPromptSet(),
      // One queue for every draft, as `boussole draft` does for a folder of briefs.
      queue: new PQueue({ concurrency }),
      settingsFor: (id) => ({ model: 'fake-openai', temperature: AGENTS[id].temperature }),
      toolVersion: 'soak',
    };
    const briefs = caseIds().map(briefPath);
    const violations: string[] = [];
    const manifests = await Promise.all(
      Array.from({ length: drafts }, async (_, index) => {
        const dir = join(workDir, `draft-${String(index).padStart(3, '0')}`);
        try {
          const source = await readBriefSource(briefs[index % briefs.length] as string);
          await draft(source, dir, context);
        } catch (error) {
          // draft() reports agent failures in run.json; anything it throws is a failure nobody typed.
          const what = BoussoleError.isInstance(error) ? error.code : String(error);
          violations.push(`${dir}: draft threw (${what})`);
          return null;
        }
        violations.push(...checkDraft(dir));
        return manifestOf(dir);
      }),
    );
    const wallMs = Math.round(performance.now() - started);
    return summarise(manifests, violations, server.stats(), wallMs, drafts);
  } finally {
    await server.stop();
  }
}

/** Everything one finished draft promises, as a list of what was broken. */
export function checkDraft(dir: string): string[] {
  const problems: string[] = [];
  const manifest = manifestOf(dir);
  const { problems: files, tempFiles } = inspectRunDir(dir);
  problems.push(...files.map((problem) => `${dir}: ${problem}`));
  if (tempFiles.length > 0) problems.push(`${dir}: temp files left: ${tempFiles.join(', ')}`);
  // What run.json says is finished is exactly what is on disk.
  const finished = AGENT_IDS.filter((id) => ['done', 'skipped'].includes(manifest.agents[id].status));
  const onDisk = agentFilesIn(dir);
  if (finished.join() !== onDisk.join())
    problems.push(`${dir}: run.json says ${finished} finished, disk has ${onDisk}`);
  if (manifest.status === 'completed') {
    if (finished.length !== AGENT_IDS.length)
      problems.push(`${dir}: completed with ${finished.length} agents`);
    if (!existsSync(join(dir, 'roadmap.json'))) problems.push(`${dir}: completed without roadmap.json`);
  } else if (manifest.status === 'failed') {
    problems.push(...checkFailure(dir, manifest));
  } else {
    problems.push(`${dir}: ended with status ${manifest.status}`);
  }
  for (const id of AGENT_IDS) {
    const { calls, transportRetries, repairTurns } = manifest.agents[id].attempts;
    if (transportRetries > BOUNDS.transportRetries || repairTurns > BOUNDS.repairTurns) {
      problems.push(`${dir}: ${id} made ${transportRetries} retries and ${repairTurns} repair turns`);
    }
    const ran = manifest.agents[id].status === 'done' || manifest.agents[id].status === 'failed';
    if (ran && calls !== 1 + transportRetries + repairTurns) {
      problems.push(
        `${dir}: ${id} counts ${calls} calls for ${transportRetries} retries and ${repairTurns} repairs`,
      );
    }
  }
  return problems;
}

function checkFailure(dir: string, manifest: RunManifest): string[] {
  const problems: string[] = [];
  const error = manifest.error;
  if (!error?.agent || !TYPED_RUN_ERRORS.has(error.code)) {
    return [`${dir}: failed without a typed error: ${JSON.stringify(error)}`];
  }
  const record = manifest.agents[error.agent];
  if (record.status !== 'failed' || record.error?.code !== error.code) {
    problems.push(`${dir}: run.json blames ${error.agent}, whose record says ${record.status}`);
  }
  const content = error.code === 'llm_output' || error.code === 'llm_refusal';
  if (content && !existsSync(join(dir, `${error.agent}.last-answer.txt`))) {
    problems.push(`${dir}: ${error.agent} failed on its answers but its last answer was not kept`);
  }
  return problems;
}

function summarise(
  manifests: (RunManifest | null)[],
  violations: string[],
  stats: { requests: number; faults: Record<string, number> },
  wallMs: number,
  drafts: number,
): SoakReport {
  const finished = manifests.filter((manifest): manifest is RunManifest => manifest !== null);
  const failures: Record<string, number> = {};
  for (const manifest of finished) {
    if (manifest.status === 'failed')
      failures[manifest.error?.code ?? '?'] = (failures[manifest.error?.code ?? '?'] ?? 0) + 1;
  }
  const records = finished.flatMap((manifest) =>
    AGENT_IDS.map((id: AgentId) => manifest.agents[id]).filter((record) => record.attempts.calls > 0),
  );
  const calls = records.map((record) => record.attempts.calls);
  const recordedCalls = calls.reduce((sum, n) => sum + n, 0);
  if (recordedCalls !== stats.requests) {
    violations.push(
      `the server answered ${stats.requests} calls, run.json files account for ${recordedCalls}`,
    );
  }
  return {
    drafts,
    completed: finished.filter((manifest) => manifest.status === 'completed').length,
    failed: finished.filter((manifest) => manifest.status === 'failed').length,
    failures,
    violations,
    callsPerAnswer: {
      answers: calls.length,
      mean: calls.length === 0 ? 0 : Math.round((recordedCalls / calls.length) * 100) / 100,
      max: Math.max(0, ...calls),
    },
    maxTransportRetries: Math.max(0, ...records.map((record) => record.attempts.transportRetries)),
    maxRepairTurns: Math.max(0, ...records.map((record) => record.attempts.repairTurns)),
    serverRequests: stats.requests,
    recordedCalls,
    faults: stats.faults,
    wallMs,
  };
}
