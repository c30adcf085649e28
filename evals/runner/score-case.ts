// Runs every check of a suite on each sample of one case and folds the samples into one result per check.
import {
  type CaseMeta,
  type CaseOutputs,
  CHECKS,
  type CheckName,
  type SampleOutputs,
} from '../checks/index.js';
import type { CaseCheckResult, SampleCheckResult } from './report.js';

export interface CaseToScore {
  caseId: string;
  sourceText: string;
  meta: CaseMeta | null;
  samples: SampleOutputs[];
}

const round = (value: number) => Math.round(value * 10_000) / 10_000;

export function scoreCase(
  input: CaseToScore,
  checks: readonly { name: CheckName; expectFail: readonly string[] }[],
): Partial<Record<CheckName, CaseCheckResult>> {
  const results: Partial<Record<CheckName, CaseCheckResult>> = {};
  for (const { name, expectFail } of checks) {
    const perSample: SampleCheckResult[] = input.samples.map((sample) => {
      const outputs: CaseOutputs = {
        ...sample,
        caseId: input.caseId,
        sourceText: input.sourceText,
        meta: input.meta,
        otherSamples: input.samples.filter((other) => other.sample !== sample.sample),
      };
      const result = CHECKS[name](outputs);
      return { sample: sample.sample, pass: result.pass, score: round(result.score), reason: result.reason };
    });
    const failing = perSample.find((s) => !s.pass);
    const shown = failing ?? perSample[0];
    const several = perSample.length > 1;
    results[name] = {
      pass: failing === undefined,
      score: round(perSample.reduce((sum, s) => sum + s.score, 0) / Math.max(1, perSample.length)),
      reason: shown
        ? several && failing
          ? `sample ${shown.sample}: ${shown.reason}`
          : shown.reason
        : 'no sample',
      expectFail: expectFail.includes(input.caseId),
      samples: perSample,
    };
  }
  return results;
}
