// The eval report: what `--report` writes and `--baseline` reads. Everything but `timing` is the same on every replay.
import type { CheckName } from '../checks/index.js';

export interface SampleCheckResult {
  sample: number;
  pass: boolean;
  score: number;
  reason: string;
}

export interface CaseCheckResult {
  /** Every sample passed. */
  pass: boolean;
  /** Mean over the samples. */
  score: number;
  /** The first failing sample's reason, else the first sample's. */
  reason: string;
  /** The case is listed in the check's expectFail: its failure is the planted fault being caught. */
  expectFail: boolean;
  samples: SampleCheckResult[];
}

export interface StaleCall {
  caseId: string;
  sample: number;
  agent: string;
  /** stale: a cassette for this agent exists under another key (prompt, schema, model or temperature changed). */
  kind: 'stale' | 'missing';
}

export interface CaseReport {
  id: string;
  samples: number;
  status: 'scored' | 'stale' | 'error';
  /** Why the case could not be scored (status error). */
  error: string | null;
  /** Cassettes of the case whose answer was edited since recorded (or carry no digest), one line each. */
  warnings?: string[];
  checks: Partial<Record<CheckName, CaseCheckResult>>;
}

export interface CheckSummary {
  name: CheckName;
  threshold: number;
  /** Mean score over the scored cases not in expectFail (1 when there is none). */
  mean: number;
  /** Scored cases outside expectFail that failed the check. */
  failed: string[];
  /** expectFail cases whose planted fault the check caught. */
  caught: string[];
  /** expectFail cases that passed: the check missed a planted fault. */
  missed: string[];
  pass: boolean;
}

export interface SuiteReport {
  name: string;
  path: string;
  passed: boolean;
  cases: CaseReport[];
  checks: CheckSummary[];
  stale: StaleCall[];
}

export interface BaselineMove {
  suite: string;
  check: CheckName;
  /** null for the check's mean over cases. */
  caseId: string | null;
  before: number | null;
  after: number | null;
  delta: number | null;
  passBefore: boolean | null;
  passAfter: boolean | null;
}

export interface EvalReport {
  version: 1;
  passed: boolean;
  prompts: { dir: string; variant: string | null; hashes: Record<string, string> };
  suites: SuiteReport[];
  /** Filled when --baseline is given: every check or case whose score or verdict moved. */
  baseline: { path: string; moves: BaselineMove[] } | null;
  /** The one part that differs between two replays of the same suite. */
  timing: { durationMs: number; samples: number; cases: number; casesPerSecond: number };
}
