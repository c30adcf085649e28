// Options shared by the commands that call agents (draft, agent): provider, models, limits, prompts.
import { setMaxListeners } from 'node:events';
import { resolve } from 'node:path';
import PQueue from 'p-queue';
import type { Language } from '../../agents/brief.js';
import { AGENTS, isAgentId } from '../../agents/index.js';
import { AGENT_IDS, type AgentId } from '../../agents/outputs.js';
import { InputError } from '../errors/index.js';
import { DEFAULT_AGENT_DEADLINE_MS } from '../llm/openai-model.js';
import { createRateLimiters, type RateLimiters } from '../llm/rate-limiter.js';
import { createRedactor } from '../llm/redaction.js';
import { realSleep } from '../llm/sleep.js';
import type { LlmEvent } from '../llm/structured-call.js';
import type { PipelineContext } from '../pipeline/draft.js';
import { loadPromptSet } from '../prompts/index.js';
import { createModel, DEFAULT_MODEL, parseModelSpec } from '../providers/index.js';
import { type OptionSpec, oneOf, positiveNumber, wholeNumber } from './args.js';
import { type EnvConfig, loadEnvConfig, validBaseURL } from './config.js';
import type { CliIo } from './io.js';
import { toolVersion } from './io.js';
import { defaultProvider, PROVIDERS, type Provider } from './model-factory.js';
import { describeLlmEvent, progressPrinter } from './progress.js';

export const RUN_OPTIONS = {
  provider: { type: 'string' },
  model: { type: 'string', multiple: true },
  temperature: { type: 'string' },
  timeout: { type: 'string' },
  deadline: { type: 'string' },
  concurrency: { type: 'string' },
  rpm: { type: 'string' },
  cassettes: { type: 'string' },
  record: { type: 'boolean' },
  prompts: { type: 'string' },
  debug: { type: 'boolean' },
} as const satisfies OptionSpec;

export interface RunOptionValues {
  provider?: string;
  model?: string[];
  temperature?: string;
  timeout?: string;
  deadline?: string;
  concurrency?: string;
  rpm?: string;
  cassettes?: string;
  record?: boolean;
  prompts?: string;
}

/** Split `--model NAME` (every agent) from `--model AGENT=NAME` (one agent). */
function parseModels(values: string[] | undefined): {
  all: string | null;
  perAgent: Partial<Record<AgentId, string>>;
} {
  let all: string | null = null;
  const perAgent: Partial<Record<AgentId, string>> = {};
  for (const value of values ?? []) {
    const eq = value.indexOf('=');
    if (eq === -1) {
      all = value;
      continue;
    }
    const agent = value.slice(0, eq);
    if (!isAgentId(agent)) {
      throw new InputError(
        'usage',
        `Expected \`--model AGENT=NAME\` with a known agent, got \`${agent}\` (see \`boussole agents\`).`,
      );
    }
    perAgent[agent] = value.slice(eq + 1);
  }
  return { all, perAgent };
}

/**
 * `limiters`: a long-lived process (the web app) passes one set for all its jobs, so every draft it runs shares
 * each endpoint's limit; a command builds its own, shared by all its briefs.
 */
export async function buildRunContext(
  values: RunOptionValues,
  io: CliIo,
  progressPrefix = '',
  limiters?: RateLimiters,
  /** The brief's language when it is known before the run (`--lang`, or read from the text): the notices follow it. */
  language: Language = 'en',
): Promise<PipelineContext & { provider: Provider; close: () => Promise<void> }> {
  const env = loadEnvConfig(io.env, io.cwd);
  const explicit = oneOf('provider', values.provider, PROVIDERS);
  const cassettes = cassetteOption(values, explicit, io.cwd);
  const models = parseModels(values.model);
  // What the user typed wins over the environment: --model A=N, --model N, BOUSSOLE_MODEL_A, BOUSSOLE_MODEL.
  const modelOf = (id: AgentId) =>
    models.perAgent[id] ?? models.all ?? env.agentModels[id] ?? env.model ?? DEFAULT_MODEL;
  const chosen = AGENT_IDS.map(modelOf);
  // `--record` records against the configured endpoint: it is the LLM provider with a cassette session in front.
  const provider = explicit ?? (cassettes?.record ? 'openai' : defaultProvider(env, chosen));
  // A malformed server address is bad input: refused here, before any run folder exists or any call is made.
  if (provider === 'openai') {
    for (const model of new Set(chosen)) {
      const spec = parseModelSpec(model);
      const variable = spec.kind === 'openai' ? 'OPENAI_BASE_URL' : spec.provider.baseUrlVariable;
      if (variable) validBaseURL(env.variables[variable] ?? null, variable);
    }
  }
  if (!explicit && provider === 'offline') {
    io.stderr(
      language === 'fr'
        ? 'Pas de OPENAI_API_KEY : brouillon hors ligne, avec les règles intégrées de Boussole (pour un brouillon par modèle de langage, définissez une clé, ou OPENAI_BASE_URL, ou choisissez un modèle comme --model anthropic:claude-sonnet-4-5 avec sa clé).'
        : 'No OPENAI_API_KEY set: drafting offline with the built-in rule-based drafters (set a key, or OPENAI_BASE_URL, or choose a model such as --model anthropic:claude-sonnet-4-5 with its key, for an LLM draft).',
    );
  }
  const temperature = positiveNumber('temperature', values.temperature, 0);
  const timeoutSeconds = positiveNumber('timeout', values.timeout, 0.001) ?? 120;
  const concurrency = wholeNumber('concurrency', values.concurrency) ?? 4;
  const rpm = wholeNumber('rpm', values.rpm);
  const deadlineMs = agentDeadlineMs(values.deadline, env);
  const prompts = loadPromptSet(values.prompts ? resolve(io.cwd, values.prompts) : undefined);
  // One Ctrl-C signal is shared by every call of the command (each queue slot, backoff and request listens to it).
  setMaxListeners(0, io.interrupt);
  const onEvent = (event: LlmEvent) => {
    const line = describeLlmEvent(event);
    if (line) io.stderr(`${progressPrefix}[${event.agentId}] ${line}`);
  };
  const handle = await createModel({
    source: provider === 'openai' ? 'llm' : provider,
    models: chosen,
    variables: env.variables,
    secrets: env.secrets,
    timeoutMs: timeoutSeconds * 1000,
    deadlineMs,
    // One limiter per endpoint for the whole command: every brief and agent of it shares the server's limit.
    limiters: limiters ?? createRateLimiters({ ceilingRpm: rpm ?? null, sleep: realSleep }),
    onEvent,
    cassettes,
    language,
  });
  const model = handle.model;
  const settingsFor = (id: AgentId) => ({
    model: provider === 'offline' ? 'offline-drafter' : modelOf(id),
    temperature: temperature ?? AGENTS[id].temperature,
  });
  return {
    provider,
    model,
    baseURL: handle.baseURL,
    prompts,
    queue: new PQueue({ concurrency }),
    settingsFor,
    toolVersion: toolVersion(),
    redactor: io.redactor ?? createRedactor(env.secrets),
    signal: io.interrupt,
    onProgress: progressPrinter(io.stderr, progressPrefix, language),
    close: async () => {
      const line = await handle.close();
      if (line) io.stderr(`${progressPrefix}${line}`);
    },
  };
}

/** `--deadline SECONDS`, else BOUSSOLE_AGENT_DEADLINE, else the default; every attempt of one agent fits in it. */
function agentDeadlineMs(flag: string | undefined, env: EnvConfig): number {
  const fromFlag = positiveNumber('deadline', flag, 1);
  if (fromFlag !== undefined) return fromFlag * 1000;
  if (env.agentDeadlineSeconds === null) return DEFAULT_AGENT_DEADLINE_MS;
  const seconds = Number(env.agentDeadlineSeconds);
  if (!Number.isFinite(seconds) || seconds < 1) {
    throw new InputError(
      'usage',
      `Expected BOUSSOLE_AGENT_DEADLINE to be a number of seconds from 1, got \`${env.agentDeadlineSeconds}\`.`,
    );
  }
  return seconds * 1000;
}

/** `--cassettes DIR` with `--provider replay` or `--record`: required with them, meaningless without. */
function cassetteOption(
  values: RunOptionValues,
  provider: Provider | undefined,
  cwd: string,
): { dir: string; record: boolean } | null {
  const record = values.record === true;
  if (record && provider !== undefined && provider !== 'openai') {
    throw new InputError(
      'usage',
      `\`--record\` calls the configured model and saves its answers: it cannot go with \`--provider ${provider}\`.`,
    );
  }
  if (!record && provider !== 'replay') {
    if (values.cassettes !== undefined) {
      throw new InputError(
        'usage',
        '`--cassettes DIR` is used with `--provider replay` or `--record`: add one of them, or drop it.',
      );
    }
    return null;
  }
  if (values.cassettes === undefined || values.cassettes.trim() === '') {
    const what = record ? '`--record`' : '`--provider replay`';
    throw new InputError(
      'usage',
      `${what} needs \`--cassettes DIR\`, the cassette folder of this brief (e.g. fixtures/cassettes/fr-boulangerie-lyon).`,
    );
  }
  return { dir: resolve(cwd, values.cassettes), record };
}
