// What `boussole serve` hands the server: where runs live, how to draft, which providers exist, what must stay secret.
import type { AgentId } from '../../agents/outputs.js';
import type { BriefSource } from '../brief/index.js';
import type { RunOutcome } from '../pipeline/draft.js';
import type { ProgressEvent } from '../pipeline/run-agents.js';

export interface DraftJob {
  provider: string;
  /** Month 1 of a new draft's plan (`YYYY-MM`); null for the current month. */
  start: string | null;
  onProgress: (event: ProgressEvent) => void;
  signal: AbortSignal;
}

/**
 * The pipeline behind the pages, built by the CLI (which owns configuration and the model factory) so the server
 * never reads the environment and never imports upward into src/cli.
 */
export interface Drafter {
  /** Providers configured on this machine, the default first (offline when no key is set). */
  readonly providers: readonly string[];
  /**
   * The model names the LLM choice calls (`BOUSSOLE_MODEL`, else the default, then per-agent ones), so a page
   * names their real provider (`anthropic:claude-sonnet-4-5` is Anthropic, not OpenAI); absent: not named.
   */
  readonly models?: readonly string[];
  draft(source: BriefSource, dir: string, job: DraftJob): Promise<RunOutcome>;
  rerun(dir: string, agentId: AgentId, cascade: boolean, job: DraftJob): Promise<RunOutcome>;
}

export interface ServerOptions {
  /** The folder holding one sub-folder per run (the CLI's `runs/` by default). */
  runsDir: string;
  /** 0 picks a free port (tests); `boussole serve` passes the first free port from 4477. */
  port: number;
  drafter: Drafter;
  /** Values that must never leave the process (API keys): scrubbed from every answer and event. */
  secrets: readonly string[];
  /** Longest brief accepted, in characters. @default 100_000 */
  maxBriefChars?: number;
  /** Largest request body, in bytes. @default 1 MiB */
  bodyLimit?: number;
  /** The latest eval report for the Evals page (a `boussole eval --report` file), or null. */
  evalReport?: string | null;
  /** One line per request and per failure, for the terminal. Never given secrets. */
  log?: (line: string) => void;
}
