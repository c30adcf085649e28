// Renders the summary table every benchmark contributes rows to: figure, what, value, target, met?
import type { BenchRow } from './figure.js';

const HEADERS = ['figure', 'measure', 'value', 'target', 'met?'] as const;

function metText(met: boolean | null): string {
  if (met === null) return '';
  return met ? 'yes' : 'NO';
}

/** A plain-text table with aligned columns (for the terminal). */
export function renderTable(rows: readonly BenchRow[]): string {
  const cells = rows.map((row) => [row.figure, row.name, row.value, row.target, metText(row.met)]);
  const widths = HEADERS.map((header, column) =>
    Math.max(header.length, ...cells.map((line) => line[column]!.length)),
  );
  const line = (values: readonly string[]) =>
    values
      .map((value, column) => value.padEnd(widths[column]!))
      .join('  ')
      .trimEnd();
  return [line(HEADERS), line(widths.map((width) => '-'.repeat(width))), ...cells.map(line)].join('\n');
}

/** The same rows as a Markdown table (for BENCHMARKS.md). */
export function renderMarkdownTable(rows: readonly BenchRow[]): string {
  const escapePipes = (text: string) => text.replaceAll('|', '\\|');
  return [
    `| ${HEADERS.join(' | ')} |`,
    `| ${HEADERS.map(() => '---').join(' | ')} |`,
    ...rows.map(
      (row) =>
        `| ${[row.figure, row.name, row.value, row.target, metText(row.met)].map(escapePipes).join(' | ')} |`,
    ),
  ].join('\n');
}
