// The DAG runner: starts every agent as soon as its inputs exist, on a shared p-queue, saving each output at once.
import { createHash } from 'node:crypto';
import type PQueue from 'p-queue';
import type { Brief } from '../../agents/brief.js';
import { AGENTS } from '../../agents/index.js';
import { AGENT_IDS, type AgentId, type AgentOutputs } from '../../agents/outputs.js';
import { BoussoleError } from '../errors/index.js';
import { LlmError } from '../llm/errors.js';
import type { AgentModel, TokenUsage } from '../llm/model.js';
import type { PromptSet } from '../prompts/index.js';
import { promptVariables } from '../prompts/index.js';
import { applyFrontMatter } from './front-matter.js';
import { accumulated, computeTotals, type RunManifest } from './manifest.js';
import { type RunStore, rawAnswerFile } from './run-store.js';

export type ProgressEvent =
  | { type: 'agent-start'; agentId: AgentId; model: string }
  | { type: 'agent-done'; agentId: AgentId; durationMs: number; usage: TokenUsage; calls: number }
  | { type: 'agent-failed'; agentId: AgentId; durationMs: number; error: unknown };

export interface AgentSettings {
  model: string;
  temperature: number;
}

export interface RunAgentsOptions {
  store: RunStore;
  /** Updated in place as agents finish and saved after each change; the caller owns it. */
  manifest: RunManifest;
  /** Agents to compute now; every other agent's output must be in `pinned`. */
  toRun: readonly AgentId[];
  pinned: Partial<AgentOutputs>;
  sourceText: string | null;
  /** Month 1 of a new run's plan (`YYYY-MM`), handed to the model with the inputs. */
  start?: string | null;
  /** Partial front matter from the brief: its fields win over what the brief agent read in the text. */
  frontMatter: Record<string, unknown> | null;
  language: 'fr' | 'en';
  model: AgentModel;
  prompts: PromptSet;
  /** Shared across briefs in a batch, so one concurrency bound and one rate limit hold for all of them. */
  queue: PQueue;
  settingsFor: (agentId: AgentId) => AgentSettings;
  signal?: AbortSignal;
  onProgress?: (event: ProgressEvent) => void;
}

export interface RunAgentsResult {
  outputs: Partial<AgentOutputs>;
  /** The first agent that failed, if any; its siblings already in flight were allowed to finish. */
  failure: { agentId: AgentId; error: unknown } | null;
  interrupted: boolean;
}

const sha12 = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 12);

export async function runAgents(options: RunAgentsOptions): Promise<RunAgentsResult> {
  const { store, manifest, queue, signal } = options;
  const outputs: Partial<AgentOutputs> = { ...options.pinned };
  const running = new Set(options.toRun);
  let failure: RunAgentsResult['failure'] = null;
  const stopped = () => failure !== null || signal?.aborted === true;

  const save = () => {
    manifest.totals = computeTotals(manifest.agents);
    return store.writeManifest(manifest);
  };

  const runOne = async (id: AgentId): Promise<void> => {
    if (stopped()) return;
    const agent = AGENTS[id];
    const settings = options.settingsFor(id);
    const language = outputs.brief?.language ?? options.language;
    const prompt = options.prompts.render(
      id,
      promptVariables(id, { sourceText: options.sourceText, upstream: outputs, language }),
    );
    const record = manifest.agents[id];
    Object.assign(record, {
      status: 'running',
      provider: options.model.providerFor?.(settings.model) ?? options.model.provider,
      model: settings.model,
      temperature: settings.temperature,
      promptHash: options.prompts.hashes[id],
      inputsHash: sha12(`${prompt.system}\n${prompt.user}`),
      error: null,
    });
    options.onProgress?.({ type: 'agent-start', agentId: id, model: settings.model });
    const started = performance.now();
    try {
      const answer = await options.model.generate({
        agentId: id,
        schema: agent.output,
        system: prompt.system,
        user: prompt.user,
        model: settings.model,
        temperature: settings.temperature,
        inputs: { sourceText: options.sourceText, upstream: { ...outputs }, language, start: options.start ?? null },
        signal,
      });
      // Every provider's answer is checked against the same schema, offline drafts included.
      const parsed = agent.output.parse(answer.output);
      // The run's language was settled at intake (--lang, the brief's own field, else detection): it wins.
      const output =
        id === 'brief'
          ? { ...applyFrontMatter(parsed as Brief, options.frontMatter), language: options.language }
          : parsed;
      (outputs as Record<AgentId, unknown>)[id] = output;
      await store.writeAgent(id, output);
      // A plain file name only: an artifact never writes outside the run folder.
      for (const artifact of answer.artifacts ?? [])
        if (/^[\w.-]+$/.test(artifact.name) && !artifact.name.startsWith('.'))
          await store.writeText(artifact.name, artifact.content);
      const durationMs = Math.round(performance.now() - started);
      Object.assign(record, {
        status: 'done',
        model: answer.model,
        durationMs,
        finishReason: answer.finishReason,
        ...accumulated(record, answer.attempts, answer.usage),
      });
      await save();
      options.onProgress?.({
        type: 'agent-done',
        agentId: id,
        durationMs,
        usage: answer.usage,
        calls: answer.attempts.calls,
      });
    } catch (error) {
      const durationMs = Math.round(performance.now() - started);
      const aborted = signal?.aborted === true;
      Object.assign(record, {
        status: aborted ? 'pending' : 'failed',
        durationMs,
        error: aborted ? null : describeError(error),
      });
      // A typed LLM error says what the failed answer cost and how it ended: billed calls count too.
      if (LlmError.isInstance(error)) {
        Object.assign(record, {
          finishReason: error.finishReason,
          ...accumulated(record, error.attempts, error.usage),
        });
      }
      if (!aborted) {
        failure ??= { agentId: id, error };
        const raw = rawTextOf(error);
        if (raw !== null) await store.writeText(rawAnswerFile(id), raw);
      }
      await save();
      if (!aborted) options.onProgress?.({ type: 'agent-failed', agentId: id, durationMs, error });
    }
  };

  // One promise per agent, resolved when its output exists: pinned ones at once, the others when computed.
  const done = new Map<AgentId, Promise<void>>();
  for (const id of AGENT_IDS) {
    if (!running.has(id)) {
      done.set(id, Promise.resolve());
      continue;
    }
    const needs = AGENTS[id].needs.map((need) => done.get(need) as Promise<void>);
    done.set(
      id,
      Promise.all(needs).then(() => {
        const missing = AGENTS[id].needs.filter((need) => outputs[need] === undefined);
        if (missing.length > 0 || stopped()) return;
        return queue
          .add(() => runOne(id), { signal })
          .catch((error) => {
            if (!signal?.aborted) throw error;
          });
      }),
    );
  }
  await Promise.all(done.values());
  return { outputs, failure, interrupted: signal?.aborted === true };
}

function describeError(error: unknown): { code: string; message: string } {
  if (BoussoleError.isInstance(error)) return { code: error.code, message: error.message };
  return { code: 'internal', message: error instanceof Error ? error.message : String(error) };
}

function rawTextOf(error: unknown): string | null {
  return LlmError.isInstance(error) ? error.lastRawText : null;
}
