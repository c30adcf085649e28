// The shape every benchmark hands back: rows for the summary table, and its raw figures for the JSON file.

/** One line of the summary table: a measured value next to its target. */
export interface BenchRow {
  /** Which of the figures this row belongs to, e.g. `1 critical path`. */
  figure: string;
  /** What is measured, in a few words. */
  name: string;
  /** The measured value, formatted for people. */
  value: string;
  /** The target, formatted for people; `—` when the row is a comparison or a breakdown. */
  target: string;
  /** Whether the target is met; null when the row has no target of its own. */
  met: boolean | null;
}

export interface BenchSection<Data> {
  rows: BenchRow[];
  /** Every figure behind the rows, as numbers, for `bench/results/latest.json`. */
  data: Data;
}

/** A row with no target: a baseline, a comparison or a breakdown shown next to the figures that have one. */
export function infoRow(figure: string, name: string, value: string): BenchRow {
  return { figure, name, value, target: '—', met: null };
}
