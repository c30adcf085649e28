// What the fake OpenAI handlers are configured with and what they report: options, the request log and stats.
import type { AnswerMode } from './answer.js';
import type { FaultKind, FaultOptions } from './faults.js';
import type { RecordedRequest, Reply as ScriptedReply } from './replies.js';

/** A test's own reply to one request; `undefined` lets the fake answer as configured (faults, latency, answer). */
export type ReplyHook = (
  request: RecordedRequest,
) => ScriptedReply | undefined | Promise<ScriptedReply | undefined>;

export interface FakeOpenAIOptions {
  /** Delay before each model answer, in ms; 429s (limit or fault) are answered at once. @default 0 */
  latencyMs?: number;
  /**
   * `schema-fill`: plausible values valid against the request's JSON schema; `meaningless`: valid but hostile
   * (dangling and duplicate ids, zero/negative/huge numbers, HTML, very long text); or a function.
   * Both fills are deterministic for a given request body. @default 'schema-fill'
   */
  answer?: AnswerMode;
  /** Inject faults into this fraction of chat-completion requests; seeded, so runs repeat. */
  faults?: FaultOptions;
  /** Requests per window (a sliding 60 s one unless `rateWindowMs` says otherwise); past it, 429 with `retry-after`. @default no limit */
  rpmLimit?: number;
  /**
   * The sliding window `rpmLimit` counts over, in ms. Shorter than a minute only to compress time in benchmarks
   * and tests (e.g. 20 requests per 6 s behaves like 20 a minute, ten times faster). @default 60000
   */
  rateWindowMs?: number;
  /**
   * Called first for every chat-completion request whose body is a JSON object (even one OpenAI would refuse),
   * with its headers: the reply it gives is sent as is, before any limit, fault or latency.
   */
  reply?: ReplyHook;
  /** Socket adapter only. @default 0 (the OS picks a free port) */
  port?: number;
  /** Clock for arrival times and the RPM window, in ms; tests inject one to slide the window. @default Date.now */
  now?: () => number;
}

/** One chat-completion request. Only these three facts are kept: no body, no header (never Authorization). */
export interface FakeOpenAILogEntry {
  /** `response_format.json_schema.name`, or null when the request had none. */
  agent: string | null;
  /** Arrival time, in ms from `now`. */
  at: number;
  /** HTTP status sent; 0 when none was (a `reset` fault, the client gone first, or the fake stopped). */
  status: number;
  fault: FaultKind | null;
}

export interface FakeOpenAIStats {
  /** Chat-completion requests received (GET /v1/models is not counted). */
  requests: number;
  /** Requests per agent; requests without a schema name are under `(none)`. */
  byAgent: Record<string, number>;
  /** Responses per status, `0` meaning no status was sent. */
  byStatus: Record<string, number>;
  /** Faults injected, per kind. */
  faults: Record<string, number>;
  /** 429s sent because `rpmLimit` was reached (not counting injected 429 faults). */
  rateLimited: number;
  /** Requests whose client went away before the answer. */
  clientClosed: number;
  /** Most chat-completion requests being handled at the same time. */
  maxInFlight: number;
}

export interface FakeOpenAI {
  /** Base URL to give the client, e.g. `http://127.0.0.1:54321/v1` (socket) or `http://openai.mock/v1` (msw). */
  readonly url: string;
  /** Every chat-completion request, in the order its handling ended. */
  readonly log: readonly FakeOpenAILogEntry[];
  stats(): FakeOpenAIStats;
  /** Stops answering: answers still waiting (latency, `never`) end as dropped connections. */
  stop(): Promise<void>;
}
