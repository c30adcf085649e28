// Figure 8: a batch with NO --rpm against a server that allows `limit` requests per sliding window (429 with
// Retry-After past it): what share of the limit the shared adaptive limiter achieves, how many refusals it draws,
// and whether every draft completes.
//
// Time is compressed: the server counts 20 requests per 6 s window by default, which behaves like 20 a minute ten
// times faster (the limiter learns the window from the first Retry-After; it is not told). `--window-ms 60000` runs
// the real minute-scale case (slow).
//   npx tsx bench/adaptive-rate.ts [--limit 20] [--window-ms 6000] [--briefs 4,10,20] [--latency-ms 300]
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { runCli } from '../test/support/cli.js';
import { startFakeOpenAI } from '../test/support/fake-openai-server.js';
import type { BenchRow, BenchSection } from './figure.js';
import { infoRow } from './figure.js';
import { formatMs, round } from './stats.js';

export interface AdaptiveRateOptions {
  /** Requests the server admits per window. @default 20 */
  limit?: number;
  /** The server's sliding window. @default 6000 (20 per 6 s: a 20-per-minute limit, ten times faster) */
  windowMs?: number;
  /** Batch sizes to draft, one run each. @default [4, 10, 20] */
  batches?: readonly number[];
  /** Server latency per answer. @default 300 */
  latencyMs?: number;
  /** @default 0.85 */
  targetRatio?: number;
}

export interface AdaptiveRateRun {
  briefs: number;
  completed: number;
  exitCode: number;
  answered: number;
  refused: number;
  wallMs: number;
  /**
   * Calls admitted per window over the whole windows the run spanned (from the first admission, as many full
   * windows as fit before the last one), ÷ limit. The headline figure.
   */
  ratio: number;
  /**
   * Stricter: admitted calls beyond the first window's burst per window between the first and the LAST admission,
   * ÷ limit. It also counts the tail, where the DAG has fewer calls ready than the limit allows.
   */
  tailRatio: number;
  /** Refusals per real minute of the run, and per window (a "minute" at the compressed scale). */
  refusalsPerMinute: number;
  refusalsPerWindow: number;
  /** Most admissions the server counted in any window: never above the limit, by construction of the server. */
  maxInWindow: number;
}

export interface AdaptiveRateData {
  limit: number;
  windowMs: number;
  latencyMs: number;
  targetRatio: number;
  runs: AdaptiveRateRun[];
}

const SECTORS = ['bakery', 'bike repair shop', 'tea room', 'yoga studio', 'bookshop', 'florist', 'roastery'];

/** Briefs written for the run (plain text, so every agent is called: 6 calls a brief). */
function writeBriefs(dir: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => {
    const path = join(dir, `brief-${i + 1}.txt`);
    writeFileSync(
      path,
      `Maison ${i + 1} is a ${SECTORS[i % SECTORS.length]} in Lyon selling in its shop and online. Goal: grow online revenue by 30% within 12 months. Budget: ${4 + i},000 EUR for the year. Two people, eight hours a week each for marketing.\n`,
    );
    return path;
  });
}

async function runBatch(
  count: number,
  options: Required<Omit<AdaptiveRateOptions, 'batches' | 'targetRatio'>>,
): Promise<AdaptiveRateRun> {
  const { limit, windowMs, latencyMs } = options;
  const server = await startFakeOpenAI({ latencyMs, rpmLimit: limit, rateWindowMs: windowMs });
  const cwd = mkdtempSync(join(tmpdir(), 'boussole-bench-rate-'));
  try {
    const started = performance.now();
    const result = await runCli(['draft', ...writeBriefs(cwd, count), '--out', join(cwd, 'runs')], {
      cwd,
      env: { OPENAI_BASE_URL: server.url, OPENAI_API_KEY: 'bench-not-a-secret' },
    });
    const wallMs = performance.now() - started;
    const runs = existsSync(join(cwd, 'runs')) ? readdirSync(join(cwd, 'runs')) : [];
    const completed = runs.filter((run) => {
      const manifest = JSON.parse(readFileSync(join(cwd, 'runs', run, 'run.json'), 'utf8')) as {
        status: string;
      };
      return manifest.status === 'completed';
    }).length;
    const admitted = server.log
      .filter((entry) => entry.status === 200)
      .map((entry) => entry.at)
      .sort((a, b) => a - b);
    const refused = server.stats().rateLimited;
    const span = admitted.length > 1 ? admitted.at(-1)! - admitted[0]! : Number.NaN;
    // Under a sliding window, the most a client can do over a span S is `limit` per window plus the first window's
    // burst: (admitted − limit) per window of S is the share of that maximum it reached.
    const perWindow = ((admitted.length - limit) / span) * windowMs;
    const fullWindows = Math.floor(span / windowMs);
    const inFullWindows = admitted.filter((at) => at < admitted[0]! + fullWindows * windowMs).length;
    return {
      briefs: count,
      completed,
      exitCode: result.code,
      answered: admitted.length,
      refused,
      wallMs: round(wallMs, 1),
      // One full window is only the opening burst: a rate needs at least two.
      ratio: fullWindows >= 2 ? round(inFullWindows / fullWindows / limit, 3) : Number.NaN,
      tailRatio: round(perWindow / limit, 3),
      refusalsPerMinute: round(refused / (wallMs / 60_000), 2),
      refusalsPerWindow: round(refused / (wallMs / windowMs), 3),
      maxInWindow: mostInWindow(admitted, windowMs),
    };
  } finally {
    await server.stop();
    rmSync(cwd, { recursive: true, force: true });
  }
}

export async function benchAdaptiveRate(
  options: AdaptiveRateOptions = {},
): Promise<BenchSection<AdaptiveRateData>> {
  const { limit = 20, windowMs = 6000, batches = [4, 10, 20], latencyMs = 300, targetRatio = 0.85 } = options;
  const runs: AdaptiveRateRun[] = [];
  for (const count of batches) runs.push(await runBatch(count, { limit, windowMs, latencyMs }));
  const figure = '8 batch, no --rpm';
  const scale = `${limit} per ${round(windowMs / 1000, 1)} s window`;
  const rows: BenchRow[] = runs.flatMap((run) => [
    infoRow(
      figure,
      `${run.briefs} briefs, ${run.answered} calls, server ${scale}`,
      `${formatMs(run.wallMs)} wall, ${run.completed}/${run.briefs} completed`,
    ),
    Number.isNaN(run.ratio)
      ? infoRow(
          figure,
          `${run.briefs} briefs: achieved rate ÷ limit`,
          'n/a (the batch fits in one window and a burst)',
        )
      : {
          figure,
          name: `${run.briefs} briefs: achieved rate ÷ limit`,
          value: run.ratio.toFixed(3),
          target: `≥ ${targetRatio}`,
          met: run.ratio >= targetRatio,
        },
    infoRow(figure, `${run.briefs} briefs: with the tail, first to last admission`, run.tailRatio.toFixed(3)),
    {
      figure,
      name: `${run.briefs} briefs: every draft completed`,
      value: `${run.completed}/${run.briefs} (exit ${run.exitCode})`,
      target: `${run.briefs}/${run.briefs}`,
      met: run.completed === run.briefs && run.exitCode === 0,
    },
    infoRow(
      figure,
      `${run.briefs} briefs: 429 refusals`,
      `${run.refused} (${run.refusalsPerMinute}/real min, ${run.refusalsPerWindow}/window)`,
    ),
  ]);
  return { data: { limit, windowMs, latencyMs, targetRatio, runs }, rows };
}

/** Most arrivals (sorted, ms) within any half-open window (t - windowMs, t]. */
function mostInWindow(sorted: readonly number[], windowMs: number): number {
  let most = 0;
  let first = 0;
  for (let last = 0; last < sorted.length; last += 1) {
    while (sorted[first]! <= sorted[last]! - windowMs) first += 1;
    most = Math.max(most, last - first + 1);
  }
  return most;
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      limit: { type: 'string' },
      'window-ms': { type: 'string' },
      briefs: { type: 'string' },
      'latency-ms': { type: 'string' },
    },
  });
  const section = await benchAdaptiveRate({
    limit: values.limit ? Number(values.limit) : undefined,
    windowMs: values['window-ms'] ? Number(values['window-ms']) : undefined,
    batches: values.briefs ? values.briefs.split(',').map(Number) : undefined,
    latencyMs: values['latency-ms'] ? Number(values['latency-ms']) : undefined,
  });
  for (const row of section.rows) {
    const verdict = row.met === null ? '' : row.met ? '  ok' : '  MISSED';
    process.stdout.write(
      `${row.name}: ${row.value}${row.target === '—' ? '' : ` (target ${row.target})`}${verdict}\n`,
    );
  }
  process.stdout.write(`${JSON.stringify(section.data.runs)}\n`);
  return section.rows.every((row) => row.met !== false) ? 0 : 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
