// run.json: what a run did — provider, models, prompt hashes, tokens, durations, attempts and status per agent.
import type { AgentId } from '../../agents/outputs.js';

export type AgentStatus = 'pending' | 'running' | 'done' | 'failed' | 'stale' | 'skipped';
export type RunStatus = 'running' | 'completed' | 'failed' | 'interrupted';

export interface AgentRecord {
  status: AgentStatus;
  /** Who wrote the saved output: a run resumed or rerun with another provider mixes them, and says so. */
  provider: string | null;
  model: string | null;
  temperature: number | null;
  promptHash: string | null;
  /** Hash of the rendered prompt (templates and the upstream data they show): what the output was drafted from. */
  inputsHash: string | null;
  /** Tokens billed for this agent in this run directory, failed calls, resumes and reruns included. */
  tokens: { prompt: number; completion: number };
  durationMs: number | null;
  /** Calls made for this agent in this run directory, counted like `tokens`. */
  attempts: { calls: number; transportRetries: number; repairTurns: number };
  finishReason: string | null;
  error: { code: string; message: string } | null;
}

export interface RunManifest {
  version: 1;
  tool: { name: 'boussole'; version: string };
  status: RunStatus;
  /** `openai`, `offline`, `replay`, a LangChain provider (`anthropic`, `mistralai`…), or `mixed`. */
  provider: string;
  /** Server address with any credentials removed; null for the default OpenAI endpoint or no server. */
  baseURL: string | null;
  brief: { source: string; format: 'json' | 'yaml' | 'markdown' | 'text'; language: 'fr' | 'en'; chars: number };
  prompts: { dir: string; hashes: Record<AgentId, string> };
  agents: Record<AgentId, AgentRecord>;
  totals: { calls: number; promptTokens: number; completionTokens: number };
  error: { agent: AgentId | null; code: string; message: string } | null;
  /** Timing is the one thing that differs between two identical runs; it lives here and nowhere else. */
  startedAt: string;
  durationMs: number | null;
}

export function emptyAgentRecord(): AgentRecord {
  return {
    status: 'pending',
    provider: null,
    model: null,
    temperature: null,
    promptHash: null,
    inputsHash: null,
    tokens: { prompt: 0, completion: 0 },
    durationMs: null,
    attempts: { calls: 0, transportRetries: 0, repairTurns: 0 },
    finishReason: null,
    error: null,
  };
}

/** A record's calls and tokens plus those of one more answer (or failed answer). */
export function accumulated(
  record: AgentRecord,
  attempts: AgentRecord['attempts'],
  usage: { promptTokens: number; completionTokens: number },
): Pick<AgentRecord, 'attempts' | 'tokens'> {
  return {
    attempts: {
      calls: record.attempts.calls + attempts.calls,
      transportRetries: record.attempts.transportRetries + attempts.transportRetries,
      repairTurns: record.attempts.repairTurns + attempts.repairTurns,
    },
    tokens: {
      prompt: record.tokens.prompt + usage.promptTokens,
      completion: record.tokens.completion + usage.completionTokens,
    },
  };
}

/** How the outputs were drafted, for the roadmap's label: offline if any output is, else replay if any is, else llm. */
export function draftKindOf(manifest: RunManifest): 'llm' | 'offline' | 'replay' {
  const providers = new Set(
    Object.values(manifest.agents).map((record) => record.provider ?? manifest.provider),
  );
  if (providers.has('offline')) return 'offline';
  if (providers.has('replay')) return 'replay';
  return 'llm';
}

export function computeTotals(agents: Record<AgentId, AgentRecord>): RunManifest['totals'] {
  let calls = 0;
  let promptTokens = 0;
  let completionTokens = 0;
  for (const record of Object.values(agents)) {
    calls += record.attempts.calls;
    promptTokens += record.tokens.prompt;
    completionTokens += record.tokens.completion;
  }
  return { calls, promptTokens, completionTokens };
}

/** Drop user:password@ and query strings (which may hold api keys) from a server address before it is saved. */
export function redactUrl(url: string | null): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    parsed.username = '';
    parsed.password = '';
    parsed.search = '';
    return parsed.toString();
  } catch {
    return '(unparseable URL)';
  }
}
