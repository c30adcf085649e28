// What every eval check reads (one case's outputs, one sample) and returns (pass, score, reason).
import type { Language } from '../../agents/brief.js';
import type { AgentId } from '../../agents/outputs.js';
import type { Roadmap } from '../../src/arbiter/roadmap.js';

/** The planted faults a fixture case may declare in its case.json. */
export const IMPERFECTION_KINDS = [
  'dangling_persona',
  'over_budget_action',
  'duplicate_action',
  'wrong_currency',
  'wrong_language',
  'unsupported_differentiator',
  'goal_uncovered',
  'contradicted_fact',
  'invented_figure',
  'channel_called_unused',
  'implausible_kpi',
  'pasted_fragment',
] as const;
export type ImperfectionKind = (typeof IMPERFECTION_KINDS)[number];

export interface Imperfection {
  agent: AgentId;
  sample: number;
  kind: ImperfectionKind;
  description: string;
}

/** A fixture case's case.json, as far as checks care. */
export interface CaseMeta {
  id: string;
  language: Language | null;
  imperfections: Imperfection[];
}

/** One sample's outputs: each agent's JSON as written (null when absent; it may not match its schema). */
export interface SampleOutputs {
  sample: number;
  agents: Record<AgentId, unknown>;
  roadmap: Roadmap | null;
}

export interface CaseOutputs extends SampleOutputs {
  caseId: string;
  /** The brief exactly as the user gave it. */
  sourceText: string;
  meta: CaseMeta | null;
  /** The case's other samples (empty for a single-sample case), for the stability checks. */
  otherSamples: SampleOutputs[];
}

export interface CheckResult {
  pass: boolean;
  /** 0..1, 1 is best. */
  score: number;
  reason: string;
}

export type Check = (c: CaseOutputs) => CheckResult;
