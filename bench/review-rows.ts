// Figure 9: turns `benchReview` (bench/review.ts) results into summary-table rows, beside the arbiter's own figure.
import type { BenchRow } from './figure.js';
import { infoRow } from './figure.js';
import type { ReviewBenchResult } from './review.js';

export function reviewRows(result: ReviewBenchResult): BenchRow[] {
  const figure = '9 review';
  const what = `${result.actions.toLocaleString('en-US')} actions, ${result.months} months of actuals (${result.rows} rows)`;
  return [
    infoRow(figure, `${what}: arbiter alone, no actuals (median)`, `${result.arbiterMs.toFixed(2)} ms`),
    {
      figure,
      name: `${what}: review, the arbiter with the actuals (median)`,
      value: `${result.arbiterWithActualsMs.toFixed(2)} ms`,
      target: `< ${result.targetMs} ms`,
      met: result.withinTarget,
    },
    infoRow(
      figure,
      `${what}: reviewRun end to end, reading and writing the run (median of ${result.runs})`,
      `${result.reviewRunMs.toFixed(1)} ms`,
    ),
  ];
}
