// `npm run bench`: every benchmark in one run, a table of figures against their targets on stdout and the raw
// figures in bench/results/latest.json. Asserts nothing: a missed target is printed, not failed.
//   npm run bench                       all six figures (about 2 to 3 minutes)
//   npm run bench -- --only 1,4         some of them (1 critical path … 6 eval replay, 7 web app)
//   npm run bench -- --markdown         also print the table as Markdown, for BENCHMARKS.md
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import { dirname, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { benchAdaptiveRate } from './adaptive-rate.js';
import { benchArbiter } from './arbiter.js';
import { arbiterRows } from './arbiter-rows.js';
import { benchBatchRate } from './batch-rate.js';
import { benchCriticalPath } from './critical-path.js';
import { benchEvalReplay } from './eval-replay.js';
import { benchReview } from './review.js';
import { reviewRows } from './review-rows.js';
import type { BenchRow, BenchSection } from './figure.js';
import { benchStartup } from './startup.js';
import { formatMs, round } from './stats.js';
import { renderMarkdownTable, renderTable } from './table.js';
import { benchTokens } from './tokens.js';
import { benchWebServer } from './web-server.js';

const DEFAULT_OUT = fileURLToPath(new URL('./results/latest.json', import.meta.url));

const FIGURES: Record<string, { title: string; run: () => Promise<BenchSection<unknown>> }> = {
  '1': { title: 'critical path', run: () => benchCriticalPath() },
  '2': { title: 'batch under a requests-per-minute limit', run: () => benchBatchRate() },
  '3': { title: 'tokens per draft', run: () => benchTokens() },
  '4': {
    title: 'arbiter scaling',
    run: async () => {
      const data = benchArbiter();
      return { data, rows: arbiterRows(data) };
    },
  },
  '5': { title: 'offline draft and start-up', run: () => benchStartup() },
  '6': { title: 'eval replay', run: () => benchEvalReplay() },
  '7': { title: 'web app', run: () => benchWebServer() },
  '8': { title: 'batch with no --rpm under a provider limit', run: () => benchAdaptiveRate() },
  '9': {
    title: 'review of actual results',
    run: async () => {
      const data = await benchReview();
      return { data, rows: reviewRows(data) };
    },
  },
};

function selected(only: string | undefined): string[] {
  if (only === undefined) return Object.keys(FIGURES);
  const wanted = only.split(',').map((item) => item.trim());
  const unknown = wanted.filter((item) => !(item in FIGURES));
  if (unknown.length > 0) {
    throw new Error(
      `Expected \`--only\` to list figures among ${Object.keys(FIGURES).join(', ')}, got \`${unknown.join(', ')}\``,
    );
  }
  return Object.keys(FIGURES).filter((key) => wanted.includes(key));
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { only: { type: 'string' }, out: { type: 'string' }, markdown: { type: 'boolean' } },
  });
  const keys = selected(values.only);
  const out = values.out ? resolve(values.out) : DEFAULT_OUT;
  const started = performance.now();
  const loadBefore = loadavg();
  const rows: BenchRow[] = [];
  const figures: Record<string, unknown> = {};
  let crashed = 0;
  for (const key of keys) {
    const figure = FIGURES[key]!;
    const t0 = performance.now();
    process.stderr.write(`bench ${key}: ${figure.title}…`);
    try {
      const section = await figure.run();
      rows.push(...section.rows);
      figures[key] = section.data;
      process.stderr.write(` ${formatMs(performance.now() - t0)}\n`);
    } catch (error) {
      // One broken benchmark must not hide the others' figures.
      crashed += 1;
      const message = error instanceof Error ? error.message : String(error);
      process.stderr.write(` failed\n${message}\n`);
      rows.push({
        figure: `${key} ${figure.title}`,
        name: 'benchmark failed',
        value: message.split('\n')[0]!.slice(0, 100),
        target: '—',
        met: false,
      });
      figures[key] = { error: message };
    }
  }
  const durationMs = performance.now() - started;
  const machine = {
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? 'unknown',
    // Other work on the machine inflates every timing: the load average says how busy it was.
    loadAverage1mBefore: round(loadBefore[0]!, 2),
    loadAverage1mAfter: round(loadavg()[0]!, 2),
  };
  const result = {
    version: 1,
    date: new Date().toISOString(),
    durationMs: round(durationMs, 0),
    machine,
    rows,
    figures,
  };
  await mkdir(dirname(out), { recursive: true });
  await writeFile(out, `${JSON.stringify(result, null, 2)}\n`);

  process.stdout.write(`${renderTable(rows)}\n\n`);
  const missed = rows.filter((row) => row.met === false).length;
  const withTarget = rows.filter((row) => row.met !== null).length;
  process.stdout.write(
    `${withTarget - missed} of ${withTarget} targets met · ${formatMs(durationMs)} · ${machine.cpus} × ${machine.cpuModel}, Node ${machine.node}, load ${machine.loadAverage1mBefore} → ${machine.loadAverage1mAfter}\n` +
      `figures: ${out}\n`,
  );
  if (values.markdown) process.stdout.write(`\n${renderMarkdownTable(rows)}\n`);
  return crashed > 0 ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
