// Builds the model behind a run: the OpenAI-compatible client, the offline drafter or the cassette replayer.
import { existsSync } from 'node:fs';
import { InputError } from '../errors/index.js';
import { OPENAI_BASE_URL } from '../llm/endpoint.js';
import type { AgentModel } from '../llm/model.js';
import type { RateLimiters } from '../llm/rate-limiter.js';
import type { LlmEvent } from '../llm/structured-call.js';
import type { EnvConfig } from './config.js';

export type Provider = 'openai' | 'offline' | 'replay';
export const PROVIDERS = ['openai', 'offline', 'replay'] as const;

export interface ModelOptions {
  provider: Provider;
  env: EnvConfig;
  timeoutMs: number;
  /** One agent's answer over all its attempts. */
  deadlineMs: number;
  /** One adaptive limiter per endpoint for the whole command (its `--rpm` ceiling included). */
  limiters: RateLimiters;
  onEvent?: (event: LlmEvent) => void;
  /** The cassette folder: replayed from (provider replay), or recorded into (provider openai with `record`). */
  cassettes?: { dir: string; record: boolean } | null;
}

/** The model, and what to do when the command is over (a cassette session must stop intercepting). */
export interface ModelHandle {
  model: AgentModel;
  /** Ends the session; returns a line for people about the cassettes used, or null. */
  close(): Promise<string | null>;
}

/** openai when a key or a server address is configured, else the offline drafter. */
export function defaultProvider(env: EnvConfig): Provider {
  return env.apiKey || env.baseURL ? 'openai' : 'offline';
}

const noClose = async () => null;

export async function createModel(options: ModelOptions): Promise<ModelHandle> {
  switch (options.provider) {
    case 'offline': {
      // Imported here so the LLM paths never load the drafters, and the offline path never loads LangChain.
      const [{ createOfflineModel }, { readBriefWithFiles }] = await Promise.all([
        import('../offline/offline-model.js'),
        import('../offline/reader/render-reading.js'),
      ]);
      // The reading also writes brief.read.yaml: what was read, with the brief's words, for the user to correct.
      return { model: createOfflineModel({ readBrief: readBriefWithFiles }), close: noClose };
    }
    case 'openai': {
      const { apiKey, baseURL } = options.env;
      if (!apiKey && !baseURL) {
        throw new InputError(
          'usage',
          'No OPENAI_API_KEY is set: set it (environment or .env), or OPENAI_BASE_URL for a local server, or use --provider offline.',
        );
      }
      // Local servers (Ollama, llama.cpp...) accept any key; the SDK insists on one.
      const upstream = { apiKey: apiKey ?? 'no-key', baseURL: baseURL ?? OPENAI_BASE_URL };
      if (options.cassettes?.record) return cassetteModel(options, options.cassettes.dir, upstream);
      const { createOpenAIModel } = await import('../llm/openai-model.js');
      const model = await createOpenAIModel({
        ...upstream,
        baseURL,
        timeoutMs: options.timeoutMs,
        deadlineMs: options.deadlineMs,
        secrets: options.env.secrets,
        limiter: options.limiters.for(upstream.baseURL),
        onEvent: options.onEvent,
      });
      return { model, close: noClose };
    }
    case 'replay':
      if (!options.cassettes) throw new InputError('usage', '`--provider replay` needs --cassettes DIR.');
      return cassetteModel(options, options.cassettes.dir, null);
  }
}

/** The real OpenAI client, pointed at a cassette session: replay only, or record-missing against `upstream`. */
async function cassetteModel(
  options: ModelOptions,
  dir: string,
  upstream: { apiKey: string; baseURL: string } | null,
): Promise<ModelHandle> {
  const [{ openCassetteSession }, { createOpenAIModel }] = await Promise.all([
    import('../cassettes/index.js'),
    import('../llm/openai-model.js'),
  ]);
  if (!upstream && !existsSync(dir)) {
    throw new InputError(
      'usage',
      `No cassette folder ${dir}: check --cassettes, or record one with --record.`,
    );
  }
  const session = await openCassetteSession({
    dir,
    mode: upstream ? 'record-missing' : 'replay',
    upstream,
    secrets: options.env.secrets,
  });
  const client = await createOpenAIModel({
    apiKey: session.apiKey,
    baseURL: session.baseURL,
    timeoutMs: options.timeoutMs,
    deadlineMs: options.deadlineMs,
    // The real key is behind the session, but a server echoing it reaches the client through the session.
    secrets: options.env.secrets,
    // Recording calls a real model: the limit holds. Replaying calls nothing, so it runs at full speed.
    limiter: upstream ? options.limiters.for(upstream.baseURL) : undefined,
    onEvent: options.onEvent,
  }).catch(async (error: unknown) => {
    await session.close();
    throw error;
  });
  // Replayed runs say so in run.json and the roadmap; a recording run is the model's own answers.
  const model: AgentModel = upstream ? client : { provider: 'replay', generate: client.generate };
  return {
    model,
    close: async () => {
      await session.close();
      const { replayed, recorded } = session.stats();
      const misses = session.misses();
      const stale = misses.filter((miss) => miss.stale).map((miss) => miss.agent);
      const missing = misses.filter((miss) => !miss.stale).map((miss) => miss.agent);
      return [
        `cassettes ${dir}: ${replayed} replayed, ${recorded} recorded`,
        stale.length > 0 ? `, stale: ${stale.join(', ')}` : '',
        missing.length > 0 ? `, missing: ${missing.join(', ')}` : '',
        session.refused().length > 0 ? `, ${session.refused().length} refused (a secret in the call)` : '',
        suspectsNote(session.suspects()),
      ].join('');
    },
  };
}

/** Cassettes whose answer was edited by hand since recording (or predate answer digests), named by file. */
function suspectsNote(suspects: readonly { file: string; problem: 'edited' | 'undigested' }[]): string {
  const edited = suspects.filter((s) => s.problem === 'edited').map((s) => s.file);
  const unverified = suspects.filter((s) => s.problem === 'undigested').map((s) => s.file);
  return [
    edited.length > 0 ? `\nwarning: cassette answer edited since recorded: ${edited.join(', ')}` : '',
    unverified.length > 0
      ? `\nwarning: cassette with no answer digest, so a hand edit cannot be seen (re-record or rebuild it): ${unverified.join(', ')}`
      : '',
  ].join('');
}
