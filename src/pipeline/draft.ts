// Draft, resume and single-agent rerun: prepares the run directory and manifest, runs the DAG, then finishes the run.
import { join } from 'node:path';
import type PQueue from 'p-queue';
import type { Profile } from '../../agents/brief.js';
import { AGENTS, downstreamOf } from '../../agents/index.js';
import { AGENT_IDS, type AgentId, type AgentOutputs } from '../../agents/outputs.js';
import type { BriefSource } from '../brief/index.js';
import { readBriefSource } from '../brief/index.js';
import { BoussoleError, InputError } from '../errors/index.js';
import type { AgentModel } from '../llm/model.js';
import type { Redactor } from '../llm/redaction.js';
import type { PromptSet } from '../prompts/index.js';
import { claimRunDir, type RunDirTarget } from './claim-run-dir.js';
import { type FinishedRun, finishRun } from './finish-run.js';
import { draftKindOf, emptyAgentRecord, type RunManifest, redactUrl } from './manifest.js';
import { type AgentSettings, type ProgressEvent, runAgents } from './run-agents.js';
import { newRunPlan, writeRunPlan } from './run-state.js';
import { agentFile, openRunStore, type RunStore, SOURCE_FILE } from './run-store.js';

export interface PipelineContext {
  model: AgentModel;
  baseURL: string | null;
  prompts: PromptSet;
  queue: PQueue;
  settingsFor: (agentId: AgentId) => AgentSettings;
  toolVersion: string;
  signal?: AbortSignal;
  onProgress?: (event: ProgressEvent) => void;
  /** The redaction step every file of the run passes through. @default URL credentials only */
  redactor?: Redactor;
  /** Month 1 of a new run's plan (`YYYY-MM`), read from the clock by the CLI only. @default null: relative months */
  start?: string | null;
  /** The reader a new run's roadmap.md is shaped for (`draft --profile`), kept in plan.json like a replan's. */
  profile?: Profile;
}

export interface RunOutcome extends FinishedRun {
  dir: string;
  manifest: RunManifest;
  ran: AgentId[];
  /** Agents whose saved output no longer matches their upstream (after a single-agent rerun without --cascade). */
  stale: AgentId[];
}

/**
 * Start a new run of every agent for `source`: in exactly `target` (which must not hold a previous run), or in a
 * new folder claimed atomically under a parent (see claim-run-dir.ts).
 */
export async function draft(
  source: BriefSource,
  target: RunDirTarget,
  context: PipelineContext,
): Promise<RunOutcome> {
  const redact = (text: string) => context.redactor?.redact(text) ?? text;
  const dir = await claimRunDir(target, redact(source.text));
  const store = openRunStore(dir, context.redactor);
  const plan = newRunPlan(context.start ?? null, source.text);
  if (context.profile !== undefined) plan.overrides.profile = context.profile;
  await writeRunPlan(store, plan);
  const manifest = newManifest(source, context);
  const pinned: Partial<AgentOutputs> = {};
  if (source.structured) {
    pinned.brief = source.structured;
    await store.writeAgent('brief', source.structured);
    manifest.agents.brief.status = 'skipped';
  }
  await store.writeManifest(manifest);
  const toRun = AGENT_IDS.filter((id) => pinned[id] === undefined);
  return execute(store, manifest, source, pinned, toRun, context);
}

/** Continue a run: agents whose output is saved and valid are kept as they are; the others run. */
export async function resume(dir: string, context: PipelineContext): Promise<RunOutcome> {
  const store = openRunStore(dir, context.redactor);
  const manifest = await store.readManifest();
  const source = await readSavedSource(store, manifest);
  const stale = AGENT_IDS.filter((id) => manifest.agents[id]?.status === 'stale');
  const pinned = await readPinned(
    store,
    AGENT_IDS.filter((id) => !stale.includes(id)),
  );
  const toRun = AGENT_IDS.filter((id) => pinned[id] === undefined);
  for (const id of toRun) {
    const { attempts, tokens } = manifest.agents[id];
    manifest.agents[id] = { ...emptyAgentRecord(), attempts, tokens };
  }
  // A kill between an agent's file and the manifest update leaves a valid output recorded as running: the file wins.
  for (const id of AGENT_IDS) {
    const record = manifest.agents[id];
    if (pinned[id] !== undefined && record.status !== 'done' && record.status !== 'skipped') {
      manifest.agents[id] = { ...record, status: 'done', error: null };
    }
  }
  await store.removeTempFiles();
  manifest.prompts = { dir: context.prompts.dir, hashes: context.prompts.hashes };
  return execute(store, manifest, source, pinned, toRun, context);
}

/** Rerun one agent with every upstream output pinned; its dependants are marked stale, or rerun with `cascade`. */
export async function rerunAgent(
  dir: string,
  agentId: AgentId,
  cascade: boolean,
  context: PipelineContext,
): Promise<RunOutcome> {
  const store = openRunStore(dir, context.redactor);
  const manifest = await store.readManifest();
  const source = await readSavedSource(store, manifest);
  const downstream = downstreamOf(agentId);
  const toRun = cascade ? [agentId, ...downstream] : [agentId];
  const pinnedIds = AGENT_IDS.filter((id) => !toRun.includes(id));
  const pinned = await readPinned(store, pinnedIds);
  // Every agent that will run needs its inputs: pinned from the directory, or produced by this rerun.
  const missing = [...new Set(toRun.flatMap((id) => AGENTS[id].needs))].filter(
    (need) => pinned[need] === undefined && !toRun.includes(need),
  );
  if (missing.length > 0) {
    throw new InputError(
      'run_dir',
      `Cannot rerun ${agentId}: ${missing.join(', ')} ${missing.length > 1 ? 'have' : 'has'} no valid output in ${dir}. Finish the run first with \`boussole draft --resume ${dir}\`.`,
    );
  }
  manifest.prompts = { dir: context.prompts.dir, hashes: context.prompts.hashes };
  if (agentId === 'brief' && source.structured) {
    // A structured brief is the user's own data: rerunning the brief agent means reading it again, not asking a model.
    await store.writeAgent('brief', source.structured);
    return execute(store, manifest, source, { ...pinned, brief: source.structured }, toRun.slice(1), context);
  }
  const before = await store.readText(agentFile(agentId));
  const outcome = await execute(store, manifest, source, pinned, toRun, context, cascade ? [] : downstream);
  // Dependants are stale only when the rerun changed what they read.
  if (!cascade && (await store.readText(agentFile(agentId))) === before) return unmarkStale(store, outcome);
  return outcome;
}

/** Undo the stale marks of a rerun that gave the same output as before. */
async function unmarkStale(store: RunStore, outcome: RunOutcome): Promise<RunOutcome> {
  for (const id of outcome.stale) outcome.manifest.agents[id].status = 'done';
  await store.writeManifest(outcome.manifest);
  return { ...outcome, stale: [] };
}

async function execute(
  store: RunStore,
  manifest: RunManifest,
  source: BriefSource,
  pinned: Partial<AgentOutputs>,
  toRun: AgentId[],
  context: PipelineContext,
  markStale: AgentId[] = [],
): Promise<RunOutcome> {
  const started = performance.now();
  manifest.status = 'running';
  manifest.error = null;
  await store.writeManifest(manifest);
  const result = await runAgents({
    store,
    manifest,
    toRun,
    pinned,
    sourceText: source.body,
    start: context.start ?? null,
    frontMatter: source.frontMatter,
    language: source.language,
    model: context.model,
    prompts: context.prompts,
    queue: context.queue,
    settingsFor: context.settingsFor,
    signal: context.signal,
    onProgress: context.onProgress,
  });
  const stale: AgentId[] = [];
  if (!result.failure && !result.interrupted) {
    for (const id of markStale) {
      if (manifest.agents[id].status === 'done' || manifest.agents[id].status === 'stale') {
        manifest.agents[id].status = 'stale';
        stale.push(id);
      }
    }
  }
  if (result.interrupted) {
    manifest.status = 'interrupted';
    manifest.error = {
      agent: null,
      code: 'interrupted',
      message: 'Interrupted: finished outputs were kept.',
    };
  } else if (result.failure) {
    const { agentId, error } = result.failure;
    manifest.status = 'failed';
    manifest.error = {
      agent: agentId,
      code: BoussoleError.isInstance(error) ? error.code : 'internal',
      message: error instanceof Error ? error.message : String(error),
    };
  } else {
    const missing = AGENT_IDS.filter((id) => result.outputs[id] === undefined);
    manifest.status = missing.length === 0 ? 'completed' : 'failed';
    manifest.error =
      missing.length === 0
        ? null
        : {
            agent: missing[0] as AgentId,
            code: 'incomplete',
            message: `No output yet for ${missing.join(', ')}: run \`boussole draft --resume ${store.dir}\` to finish the run.`,
          };
  }
  manifest.durationMs = Math.round(performance.now() - started);
  const finished = await finishRun(store, result.outputs, manifest, draftKindOf(manifest));
  await store.writeManifest(manifest);
  return { ...finished, dir: store.dir, manifest, ran: toRun, stale };
}

function newManifest(source: BriefSource, context: PipelineContext): RunManifest {
  const agents = Object.fromEntries(AGENT_IDS.map((id) => [id, emptyAgentRecord()])) as RunManifest['agents'];
  return {
    version: 1,
    tool: { name: 'boussole', version: context.toolVersion },
    status: 'running',
    provider: context.model.provider,
    baseURL: redactUrl(context.baseURL),
    brief: {
      source: source.name,
      format: source.format,
      language: source.language,
      chars: [...source.text].length,
    },
    prompts: { dir: context.prompts.dir, hashes: context.prompts.hashes },
    agents,
    totals: { calls: 0, promptTokens: 0, completionTokens: 0 },
    error: null,
    startedAt: new Date().toISOString(),
    durationMs: null,
  };
}

async function readSavedSource(store: RunStore, manifest: RunManifest): Promise<BriefSource> {
  // The saved source was accepted once; its size limit must not refuse it now.
  // source.txt says nothing of its format: a YAML brief is read as YAML again because run.json says so.
  return readBriefSource(join(store.dir, SOURCE_FILE), {
    lang: manifest.brief.language,
    format: manifest.brief.format === 'yaml' ? 'yaml' : undefined,
    maxChars: Number.MAX_SAFE_INTEGER,
  });
}

/** Saved outputs that still validate against their schema; an invalid one is treated as missing and redone. */
export async function readPinned(store: RunStore, ids: readonly AgentId[]): Promise<Partial<AgentOutputs>> {
  const pinned: Partial<AgentOutputs> = {};
  for (const id of ids) {
    const saved = await store.readAgent(id);
    if (saved === null) continue;
    const parsed = AGENTS[id].output.safeParse(saved);
    if (parsed.success) (pinned as Record<AgentId, unknown>)[id] = parsed.data;
  }
  return pinned;
}
