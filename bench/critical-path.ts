// Figure 1: a full draft's wall time against its critical path (DAG levels × server latency), at the default
// concurrency and at --concurrency 1 for comparison.
import { fileURLToPath } from 'node:url';
import { dagDepth } from '../agents/index.js';
import { startFakeOpenAI } from '../test/support/fake-openai-server.js';
import type { BenchSection } from './figure.js';
import { infoRow } from './figure.js';
import { timedDraft } from './llm-draft.js';
import { formatMs, median, round } from './stats.js';

export interface CriticalPathOptions {
  /** The server's fixed answer latency L. @default 1000 */
  latencyMs?: number;
  /** Timed drafts at the default concurrency (the median is reported). @default 3 */
  runs?: number;
  /** Timed drafts at `--concurrency 1`. @default 1 */
  serialRuns?: number;
  /** A plain-text brief, so the brief agent is called too and the draft is the full DAG. */
  brief?: string;
  /** @default 1.1 */
  targetRatio?: number;
}

export interface CriticalPathData {
  latencyMs: number;
  dagLevels: number;
  criticalPathMs: number;
  calls: number;
  parallel: { wallMs: number[]; medianMs: number; ratio: number };
  serial: { wallMs: number[]; medianMs: number; ratio: number };
  targetRatio: number;
}

const DEFAULT_BRIEF = fileURLToPath(
  new URL('../fixtures/cases/fr-boulangerie-lyon/brief.txt', import.meta.url),
);

export async function benchCriticalPath(
  options: CriticalPathOptions = {},
): Promise<BenchSection<CriticalPathData>> {
  const { latencyMs = 1000, runs = 3, serialRuns = 1, brief = DEFAULT_BRIEF, targetRatio = 1.1 } = options;
  const levels = dagDepth();
  const criticalPathMs = levels * latencyMs;

  // A warm-up draft at zero latency loads the LLM modules (LangChain, the OpenAI SDK) once, so the timed runs
  // measure scheduling, not the first dynamic import.
  const warm = await startFakeOpenAI({ latencyMs: 0 });
  try {
    await timedDraft(warm.url, [brief], []);
  } finally {
    await warm.stop();
  }

  const server = await startFakeOpenAI({ latencyMs });
  let parallel: number[];
  let serial: number[];
  try {
    parallel = [];
    for (let i = 0; i < runs; i += 1) parallel.push((await timedDraft(server.url, [brief], [])).wallMs);
    serial = [];
    for (let i = 0; i < serialRuns; i += 1) {
      serial.push((await timedDraft(server.url, [brief], ['--concurrency', '1'])).wallMs);
    }
  } finally {
    await server.stop();
  }
  const calls = server.stats().requests / (runs + serialRuns);
  const summary = (times: number[]) => ({
    wallMs: times.map((t) => round(t, 1)),
    medianMs: round(median(times), 1),
    ratio: round(median(times) / criticalPathMs, 3),
  });
  const data: CriticalPathData = {
    latencyMs,
    dagLevels: levels,
    criticalPathMs,
    calls,
    parallel: summary(parallel),
    serial: summary(serial),
    targetRatio,
  };
  const figure = '1 critical path';
  return {
    data,
    rows: [
      infoRow(
        figure,
        'critical path (DAG levels × L)',
        `${levels} × ${formatMs(latencyMs)} = ${formatMs(criticalPathMs)}`,
      ),
      {
        figure,
        name: `draft wall ÷ critical path (concurrency 4, median of ${runs})`,
        value: `${data.parallel.ratio.toFixed(3)} (${formatMs(data.parallel.medianMs)})`,
        target: `≤ ${targetRatio.toFixed(2)}`,
        met: data.parallel.ratio <= targetRatio,
      },
      infoRow(
        figure,
        `same with --concurrency 1 (${calls} calls in a row)`,
        `${data.serial.ratio.toFixed(3)} (${formatMs(data.serial.medianMs)})`,
      ),
    ],
  };
}
