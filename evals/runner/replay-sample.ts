// Replays one sample of one case: a cassette session in front of the real OpenAI client, the real pipeline into a
// temporary folder of its own. Whatever fails (a broken cassette, an unreadable folder) is this sample's error.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import PQueue from 'p-queue';
import { AGENTS } from '../../agents/index.js';
import { AGENT_IDS, type AgentId } from '../../agents/outputs.js';
import type { Roadmap } from '../../src/arbiter/roadmap.js';
import type { BriefSource } from '../../src/brief/index.js';
import type {
  CassetteHost,
  CassetteMiss,
  CassetteSession,
  SuspectCassette,
  Upstream,
} from '../../src/cassettes/index.js';
import { openCassetteSession } from '../../src/cassettes/index.js';
import type { RateLimiter } from '../../src/llm/rate-limiter.js';
import type { Redactor } from '../../src/llm/redaction.js';
import { draft } from '../../src/pipeline/draft.js';
import type { PromptSet } from '../../src/prompts/index.js';
import { createModel, parseModelSpec } from '../../src/providers/index.js';

export interface ReplaySampleOptions {
  source: BriefSource;
  sample: number;
  /** The cassette folder of this sample (found, or prepared for recording, when the sample starts). */
  cassettesDir: () => Promise<string>;
  prompts: PromptSet;
  /** The model name the cassettes were recorded with (`anthropic:…` replays Messages API cassettes). */
  model: string;
  /**
   * When set, missing calls are forwarded there and recorded (record-missing); otherwise replay only. The upstream
   * is the model's provider's endpoint.
   */
  record: Upstream | null;
  host: CassetteHost;
  /** The upstream's shared limiter when recording. */
  limiter: RateLimiter | null;
  redactor: Redactor;
  toolVersion: string;
  /** Ctrl-C: stops the replay's calls. */
  signal?: AbortSignal;
}

export interface SampleRun {
  sample: number;
  agents: Record<AgentId, unknown>;
  roadmap: Roadmap | null;
  misses: CassetteMiss[];
  /** Why the pipeline stopped, when it did for another reason than a missing cassette. */
  error: string | null;
  recorded: number;
  /** Cassettes whose answer was edited since recording, or carry no digest. */
  suspects: SuspectCassette[];
}

const noWait = async () => {};

export async function replaySample(options: ReplaySampleOptions): Promise<SampleRun> {
  const empty = (error: string): SampleRun => ({
    sample: options.sample,
    agents: Object.fromEntries(AGENT_IDS.map((id) => [id, null])) as Record<AgentId, unknown>,
    roadmap: null,
    misses: [],
    error,
    recorded: 0,
    suspects: [],
  });
  let session: CassetteSession;
  try {
    const spec = parseModelSpec(options.model);
    const wire = spec.kind === 'openai' ? 'openai' : (spec.provider.wire ?? 'openai');
    // `eval --record` forwards to the OpenAI-compatible endpoint it was given: another provider's calls must not go there.
    if (options.record && spec.kind !== 'openai') {
      return empty(
        `--record forwards to the OpenAI-compatible endpoint, not to ${spec.provider.name}: record this case with \`boussole draft --record --model ${options.model} --cassettes DIR\` instead.`,
      );
    }
    session = await openCassetteSession({
      dir: await options.cassettesDir(),
      mode: options.record ? 'record-missing' : 'replay',
      upstreams: options.record ? { [wire]: options.record } : {},
      host: options.host,
      secrets: options.redactor.secrets,
    });
  } catch (error) {
    // A cassette that is not JSON, or whose request was edited: the message names the file.
    return empty(messageOf(error));
  }
  let runDir: string | null = null;
  try {
    runDir = await mkdtemp(join(tmpdir(), 'boussole-eval-'));
    const { model } = await createModel({
      source: options.record ? 'llm' : 'replay',
      models: [options.model],
      variables: {},
      secrets: options.redactor.secrets,
      limiters: options.limiter ? { for: () => options.limiter as RateLimiter } : undefined,
      // Replay has no transport faults to wait out; recording keeps the client's usual patience.
      ...(options.record ? {} : { maxTransportRetries: 0, sleep: noWait }),
      cassettes: { session, record: options.record !== null },
    });
    const outcome = await draft(options.source, join(runDir, 'run'), {
      model,
      baseURL: null,
      prompts: options.prompts,
      // The DAG never has more than three agents ready at once; the case-level queue bounds the total.
      queue: new PQueue({ concurrency: 3 }),
      settingsFor: (id) => ({ model: options.model, temperature: AGENTS[id].temperature }),
      toolVersion: options.toolVersion,
      signal: options.signal,
      redactor: options.redactor,
    });
    const agents = {} as Record<AgentId, unknown>;
    for (const id of AGENT_IDS) agents[id] = await readJson(join(outcome.dir, `${id}.json`));
    const roadmap = (await readJson(join(outcome.dir, 'roadmap.json'))) as Roadmap | null;
    const misses = session.misses();
    const refused = session.refused();
    const failure = outcome.manifest.error;
    let error: string | null = null;
    if (refused.length > 0) error = refused.map((e) => e.message).join('; ');
    else if (failure && misses.length === 0) error = `${failure.agent ?? 'run'}: ${failure.message}`;
    return {
      sample: options.sample,
      agents,
      roadmap,
      misses,
      error,
      recorded: session.stats().recorded,
      suspects: session.suspects(),
    };
  } catch (error) {
    return { ...empty(messageOf(error)), suspects: session.suspects() };
  } finally {
    await session.close();
    if (runDir) await rm(runDir, { recursive: true, force: true });
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

async function readJson(path: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(path, 'utf8'));
  } catch {
    return null;
  }
}
