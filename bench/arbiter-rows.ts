// Figure 4: turns `benchArbiter` (bench/arbiter.ts) results into summary-table rows.
import type { ArbiterBenchResult } from './arbiter.js';
import type { BenchRow } from './figure.js';
import { infoRow } from './figure.js';

export function arbiterRows(result: ArbiterBenchResult): BenchRow[] {
  const figure = '4 arbiter';
  return [
    ...result.sizes.map((size): BenchRow => {
      const name = `${size.actions.toLocaleString('en-US')} actions, ms per roadmap (median of ${size.runs})`;
      const value = `${size.msPerRoadmap.toFixed(2)} ms`;
      return size.actions === 1_000
        ? { figure, name, value, target: `< ${result.targetMs} ms`, met: size.msPerRoadmap < result.targetMs }
        : infoRow(figure, name, value);
    }),
    infoRow(
      figure,
      'growth per 10× actions (≈10 linear, ≈100 quadratic)',
      result.growth.map((g) => `×${g.ratio}`).join(' · '),
    ),
  ];
}
