// Turns per-case results into each check's verdict: the mean against its threshold, and planted faults caught or missed.

import type { ResolvedSuite } from './load-suite.js';
import type { CaseReport, CheckSummary } from './report.js';

export function summariseChecks(suite: ResolvedSuite, cases: readonly CaseReport[]): CheckSummary[] {
  return suite.checks.map(({ name, threshold, expectFail }) => {
    const scored = cases.filter((c) => c.status === 'scored');
    const judged = scored.filter((c) => !expectFail.includes(c.id));
    const scores = judged.map((c) => c.checks[name]?.score ?? 0);
    const mean =
      scores.length === 0
        ? 1
        : Math.round((scores.reduce((a, b) => a + b, 0) / scores.length) * 10_000) / 10_000;
    const failed = judged.filter((c) => c.checks[name]?.pass === false).map((c) => c.id);
    const planted = scored.filter((c) => expectFail.includes(c.id));
    const caught = planted.filter((c) => c.checks[name]?.pass === false).map((c) => c.id);
    const missed = planted.filter((c) => c.checks[name]?.pass !== false).map((c) => c.id);
    return { name, threshold, mean, failed, caught, missed, pass: mean >= threshold && missed.length === 0 };
  });
}
