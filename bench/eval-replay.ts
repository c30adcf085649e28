// Figure 6: `boussole eval` on the bundled suite (every fixture case replayed from its cassettes through the real
// client, then scored): whole-command wall time, and cases per second as the runner itself reports them.
import { readFile } from 'node:fs/promises';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchSection } from './figure.js';
import { infoRow } from './figure.js';
import { timeRuns } from './spawn-timer.js';
import { formatMs, median, round } from './stats.js';

export interface EvalReplayOptions {
  /** Spawned runs; medians are reported. @default 3 */
  runs?: number;
  /** @default 10000 */
  targetMs?: number;
}

export interface EvalReplayData {
  cases: number;
  samples: number;
  /** Process start to exit, as `boussole eval` is felt in a shell or CI. */
  wallMs: number[];
  medianWallMs: number;
  casesPerSecond: number;
  /** The runner's own timing (replay and scoring, without start-up), from its JSON report. */
  runnerMs: number[];
  runnerCasesPerSecond: number;
  passed: boolean;
  targetMs: number;
}

interface ReportTiming {
  passed: boolean;
  timing: { durationMs: number; samples: number; cases: number; casesPerSecond: number };
}

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const BIN = join(ROOT, 'bin', 'boussole.js');

export async function benchEvalReplay(
  options: EvalReplayOptions = {},
): Promise<BenchSection<EvalReplayData>> {
  const { runs = 3, targetMs = 10_000 } = options;
  const env = { ...process.env };
  delete env.OPENAI_API_KEY;
  delete env.OPENAI_BASE_URL;
  const dir = await mkdtemp(join(tmpdir(), 'boussole-bench-'));
  try {
    const reports: ReportTiming[] = [];
    const wall: number[] = [];
    for (let run = 0; run < runs; run += 1) {
      const report = join(dir, `report-${run}.json`);
      // The bundled suite is the default; run from the repository like a contributor would.
      wall.push(
        ...(await timeRuns(1, process.execPath, () => [BIN, 'eval', '--quiet', '--report', report], {
          cwd: ROOT,
          env,
        })),
      );
      reports.push(JSON.parse(await readFile(report, 'utf8')) as ReportTiming);
    }
    const first = reports[0]!.timing;
    const runnerMs = reports.map((r) => r.timing.durationMs);
    const medianWallMs = median(wall);
    const data: EvalReplayData = {
      cases: first.cases,
      samples: first.samples,
      wallMs: wall.map((t) => round(t, 1)),
      medianWallMs: round(medianWallMs, 1),
      casesPerSecond: round(first.cases / (medianWallMs / 1000), 2),
      runnerMs,
      runnerCasesPerSecond: round(first.cases / (median(runnerMs) / 1000), 2),
      passed: reports.every((r) => r.passed),
      targetMs,
    };
    const figure = '6 eval replay';
    return {
      data,
      rows: [
        {
          figure,
          name: `bundled suite, ${data.cases} cases (${data.samples} samples), process wall (median of ${runs})`,
          value: `${formatMs(data.medianWallMs)} · ${data.casesPerSecond.toFixed(2)} cases/s`,
          target: `< ${formatMs(targetMs)}`,
          met: data.medianWallMs < targetMs,
        },
        infoRow(
          figure,
          'runner alone (replay + scoring, from its report)',
          `${formatMs(median(runnerMs))} · ${data.runnerCasesPerSecond.toFixed(2)} cases/s`,
        ),
      ],
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
