// The one place a run's model is built, for the CLI, the evals and build-cassettes: the offline drafter, or a
// router that sends each agent's call to its model's provider (OpenAI-compatible, or LangChain's `provider:model`),
// straight to the provider or through a cassette session (replay, record).
import { existsSync } from 'node:fs';
import type { CassetteSession, Upstream } from '../cassettes/index.js';
import { InputError } from '../errors/index.js';
import { OPENAI_BASE_URL } from '../llm/endpoint.js';
import type { AgentModel } from '../llm/model.js';
import type { RateLimiters } from '../llm/rate-limiter.js';
import type { CallOptions } from './call-options.js';
import { createLangChainModel, ensureInstalled } from './langchain.js';
import { type ModelSpec, parseModelSpec, providerNameOf, type Wire, wireOf } from './model-spec.js';
import { createOfflineProvider } from './offline.js';
import { createOpenAIProvider } from './openai.js';

/** The model used when neither --model nor BOUSSOLE_MODEL says otherwise. */
export const DEFAULT_MODEL = 'gpt-4.1-mini';

/** `llm` calls each agent's model; `offline` drafts by rules; `replay` answers from cassettes. */
export type ModelSource = 'llm' | 'offline' | 'replay';

export interface ModelConfig extends CallOptions {
  source: ModelSource;
  /** Every model name the run may use (each agent's): checked up front, keys and packages included. */
  models: readonly string[];
  /** Provider keys and base URLs by variable name (OPENAI_API_KEY, ANTHROPIC_BASE_URL…), as configuration read them. */
  variables: Readonly<Record<string, string>>;
  /** Every configured key: the redaction step of every provider is built from all of them. */
  secrets: readonly string[];
  /** One adaptive limiter per endpoint for the whole command. */
  limiters?: RateLimiters;
  /**
   * A cassette folder to replay (source replay) or record into (source llm); or a session the caller opened
   * (the evals share one host between cases).
   */
  cassettes?: { dir: string; record: boolean } | { session: CassetteSession; record: boolean } | null;
  /** The language of the messages people read (a refused key or package), the brief's when known. @default en */
  language?: 'fr' | 'en';
}

/** The model, what to record as the run's endpoint, and what to do when the command is over. */
export interface ModelHandle {
  model: AgentModel;
  /** The one endpoint every agent calls, when it is not its provider's default; else null. */
  baseURL: string | null;
  /** Ends a cassette session this call opened; returns a line for people about the cassettes used, or null. */
  close(): Promise<string | null>;
}

const noClose = async () => null;

interface Endpoint {
  apiKey: string | null;
  baseURL: string | null;
}

export async function createModel(config: ModelConfig): Promise<ModelHandle> {
  if (config.source === 'offline')
    return { model: await createOfflineProvider(), baseURL: null, close: noClose };
  const specs = config.models.map(parseModelSpec);
  const french = config.language === 'fr';
  for (const spec of specs) if (spec.kind === 'langchain') await ensureInstalled(spec.provider, french);
  const cassettes = config.cassettes ?? null;
  // A session the caller opened holds the real endpoints itself (or none, replaying): no key is needed here.
  if (cassettes && 'session' in cassettes) return sessionModel(config, cassettes, null);
  if (config.source === 'replay') {
    if (!cassettes) throw new InputError('usage', '`--provider replay` needs --cassettes DIR.');
    if ('dir' in cassettes && !existsSync(cassettes.dir)) {
      throw new InputError(
        'usage',
        `No cassette folder ${cassettes.dir}: check --cassettes, or record one with --record.`,
      );
    }
    return sessionModel(config, cassettes, null);
  }
  const endpoints = new Map(
    specs.map((spec) => [endpointId(spec), endpointOf(spec, config.variables, french)]),
  );
  const single = endpoints.size === 1 ? [...endpoints.values()][0] : undefined;
  if (cassettes?.record) {
    return { ...(await sessionModel(config, cassettes, endpoints)), baseURL: single?.baseURL ?? null };
  }
  return {
    model: router(config, specs, (spec) => {
      const endpoint = endpoints.get(endpointId(spec)) as Endpoint;
      return { ...endpoint, limiterKey: endpoint.baseURL ?? defaultBaseURL(spec) };
    }),
    baseURL: single?.baseURL ?? null,
    close: noClose,
  };
}

/**
 * The key and base URL a model's provider needs, from its conventional variables; a provider with no key is bad
 * input (exit 2) that names the variable to set, never a silent offline draft.
 */
function endpointOf(spec: ModelSpec, variables: Readonly<Record<string, string>>, french: boolean): Endpoint {
  if (spec.kind === 'openai') {
    const apiKey = variables.OPENAI_API_KEY ?? null;
    const baseURL = variables.OPENAI_BASE_URL ?? null;
    if (!apiKey && !baseURL) {
      throw new InputError(
        'usage',
        french
          ? `Pas de OPENAI_API_KEY pour le modèle \`${spec.model}\` : définissez-la (environnement ou .env), ou OPENAI_BASE_URL pour un serveur local, choisissez le modèle d'un autre fournisseur (par ex. --model anthropic:claude-sonnet-4-5), ou utilisez --provider offline.`
          : `No OPENAI_API_KEY is set for the model \`${spec.model}\`: set it (environment or .env), or OPENAI_BASE_URL for a local server, choose a model of another provider (e.g. --model anthropic:claude-sonnet-4-5), or use --provider offline.`,
      );
    }
    // Local servers (Ollama, llama.cpp...) accept any key; the SDK insists on one.
    return { apiKey: apiKey ?? 'no-key', baseURL };
  }
  const { provider } = spec;
  const apiKey = provider.keyVariable ? (variables[provider.keyVariable] ?? null) : null;
  if (provider.keyVariable && !apiKey) {
    throw new InputError(
      'usage',
      french
        ? `Pas de ${provider.keyVariable} pour le modèle \`${provider.id}:${spec.model}\` : définissez-la (environnement ou .env), choisissez un autre modèle, ou utilisez --provider offline.`
        : `No ${provider.keyVariable} is set for the model \`${provider.id}:${spec.model}\`: set it (environment or .env), choose another model, or use --provider offline.`,
    );
  }
  const baseURL = provider.baseUrlVariable ? (variables[provider.baseUrlVariable] ?? null) : null;
  return { apiKey, baseURL };
}

function endpointId(spec: ModelSpec): string {
  return spec.kind === 'openai' ? 'openai' : spec.provider.name;
}

function defaultBaseURL(spec: ModelSpec): string {
  return spec.kind === 'openai' ? OPENAI_BASE_URL : (spec.provider.defaultBaseURL ?? spec.provider.id);
}

type EndpointFor = (spec: ModelSpec) => Endpoint & { limiterKey: string | null };

/**
 * An AgentModel that hands each agent's request to its model's provider, built on first use and shared by every
 * agent of that provider. run.json records the provider of each agent, and of the run when there is one.
 */
function router(
  config: ModelConfig,
  specs: readonly ModelSpec[],
  endpointFor: EndpointFor,
  label?: string,
): AgentModel {
  const built = new Map<string, Promise<AgentModel>>();
  const names = new Set(specs.map(providerNameOf));
  const modelOf = (spec: ModelSpec): Promise<AgentModel> => {
    const id = endpointId(spec);
    let model = built.get(id);
    if (!model) {
      const endpoint = endpointFor(spec);
      const limiter =
        endpoint.limiterKey && config.limiters ? config.limiters.for(endpoint.limiterKey) : undefined;
      const shared = { ...callOptions(config), secrets: config.secrets, limiter };
      model =
        spec.kind === 'openai'
          ? createOpenAIProvider({
              ...shared,
              apiKey: endpoint.apiKey ?? 'no-key',
              baseURL: endpoint.baseURL,
            })
          : createLangChainModel({
              ...shared,
              provider: spec.provider,
              apiKey: endpoint.apiKey,
              baseURL: endpoint.baseURL,
            });
      built.set(id, model);
    }
    return model;
  };
  return {
    provider: label ?? (names.size === 1 ? [...names][0]! : 'mixed'),
    providerFor: (model) => label ?? providerNameOf(parseModelSpec(model)),
    generate: async (request) => {
      const spec = parseModelSpec(request.model);
      const answer = await (await modelOf(spec)).generate({ ...request, model: spec.model });
      // run.json keeps the name as the user gave it, provider prefix included.
      return { ...answer, model: request.model };
    },
  };
}

function callOptions(config: ModelConfig): CallOptions {
  const { timeoutMs, deadlineMs, maxTransportRetries, maxRepairTurns, sleep, now, onEvent } = config;
  return { timeoutMs, deadlineMs, maxTransportRetries, maxRepairTurns, sleep, now, onEvent };
}

/** The real clients, pointed at a cassette session: replay only, or record-missing against the real endpoints. */
async function sessionModel(
  config: ModelConfig,
  cassettes: NonNullable<ModelConfig['cassettes']>,
  endpoints: Map<string, Endpoint> | null,
): Promise<ModelHandle> {
  const specs = config.models.map(parseModelSpec);
  const upstreams: Partial<Record<Wire, Upstream>> = {};
  for (const spec of specs) {
    const endpoint = endpoints?.get(endpointId(spec));
    if (endpoint)
      upstreams[wireOf(spec)] = {
        apiKey: endpoint.apiKey ?? 'no-key',
        baseURL: endpoint.baseURL ?? defaultBaseURL(spec),
      };
  }
  const opened = 'session' in cassettes ? null : cassettes.dir;
  let session: CassetteSession;
  if ('session' in cassettes) session = cassettes.session;
  else {
    const { openCassetteSession } = await import('../cassettes/index.js');
    session = await openCassetteSession({
      dir: cassettes.dir,
      mode: endpoints ? 'record-missing' : 'replay',
      upstreams,
      secrets: config.secrets,
    });
  }
  const recording = endpoints !== null || cassettes.record;
  const model = router(
    config,
    specs,
    (spec) => ({
      // A dummy key: the real one, when recording, stays inside the session.
      apiKey: session.apiKey,
      baseURL: session.baseURLs[wireOf(spec)],
      // Recording calls a real model: the limit holds. Replaying calls nothing, so it runs at full speed.
      limiterKey: recording ? (upstreams[wireOf(spec)]?.baseURL ?? session.baseURLs[wireOf(spec)]) : null,
    }),
    // Replayed runs say so in run.json and the roadmap; a recording run is the model's own answers.
    recording ? undefined : 'replay',
  );
  if (!opened) return { model, baseURL: null, close: noClose };
  return {
    model,
    baseURL: null,
    close: async () => {
      await session.close();
      return cassetteSummary(opened, session);
    },
  };
}

function cassetteSummary(dir: string, session: CassetteSession): string {
  const { replayed, recorded } = session.stats();
  const misses = session.misses();
  const stale = misses.filter((miss) => miss.stale).map((miss) => miss.agent);
  const missing = misses.filter((miss) => !miss.stale).map((miss) => miss.agent);
  const suspects = session.suspects();
  const edited = suspects.filter((s) => s.problem === 'edited').map((s) => s.file);
  const unverified = suspects.filter((s) => s.problem === 'undigested').map((s) => s.file);
  return [
    `cassettes ${dir}: ${replayed} replayed, ${recorded} recorded`,
    stale.length > 0 ? `, stale: ${stale.join(', ')}` : '',
    missing.length > 0 ? `, missing: ${missing.join(', ')}` : '',
    session.refused().length > 0 ? `, ${session.refused().length} refused (a secret in the call)` : '',
    edited.length > 0 ? `\nwarning: cassette answer edited since recorded: ${edited.join(', ')}` : '',
    unverified.length > 0
      ? `\nwarning: cassette with no answer digest, so a hand edit cannot be seen (re-record or rebuild it): ${unverified.join(', ')}`
      : '',
  ].join('');
}
