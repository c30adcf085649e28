// Figure 5: an offline draft from process start to files written, CLI start-up alone (`boussole --help`), and
// `node -e 0` as the baseline, each the median of several spawned runs; plus where the draft's time goes.
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchSection } from './figure.js';
import { infoRow } from './figure.js';
import { fixtureBrief } from './fixture-briefs.js';
import type { OfflinePhases } from './offline-phases.js';
import { runProcess, timeRuns } from './spawn-timer.js';
import { formatMs, median, round } from './stats.js';

export interface StartupOptions {
  /** Spawned runs of each command; medians are reported. @default 5 */
  runs?: number;
  /** @default the fr-boulangerie-lyon fixture (plain text, so the offline brief reader runs too) */
  brief?: string;
  /** @default 1000 */
  targetMs?: number;
}

interface Timing {
  runsMs: number[];
  medianMs: number;
}

export interface StartupData {
  nodeBaseline: Timing;
  help: Timing;
  offlineDraft: Timing;
  /** `boussole --help` ÷ offline draft: how much of a draft is the CLI getting ready. */
  startupShare: number;
  /**
   * One process's life, split (medians of `runs` processes): Node and tsx starting, loading the modules an offline
   * draft needs (first draft minus second), and the work itself (a second draft in the same process).
   */
  breakdown: { bootMs: number; moduleLoadingMs: number; workMs: number };
  targetMs: number;
}

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const BIN = join(ROOT, 'bin', 'boussole.js');
const PHASES = join(ROOT, 'bench', 'offline-phases.ts');

export async function benchStartup(options: StartupOptions = {}): Promise<BenchSection<StartupData>> {
  const { runs = 5, brief = fixtureBrief('fr-boulangerie-lyon'), targetMs = 1000 } = options;
  // No key and no server address: the offline path, whatever the developer's shell has.
  const env = { ...process.env };
  delete env.OPENAI_API_KEY;
  delete env.OPENAI_BASE_URL;
  // A fresh working folder, so no `.env` is read and the run directories go away afterwards.
  const cwd = await mkdtemp(join(tmpdir(), 'boussole-bench-'));
  const node = process.execPath;
  const timing = (runsMs: number[]): Timing => ({
    runsMs: runsMs.map((t) => round(t, 1)),
    medianMs: round(median(runsMs), 1),
  });
  const offlineArgs = (out: string) => [
    BIN,
    'draft',
    brief,
    '--provider',
    'offline',
    '--out',
    join(cwd, out),
  ];
  try {
    // The bundle `npm ci` builds, fresh: bin/ runs it rather than the sources, as on a fresh clone.
    await runProcess('npm', ['run', '--silent', 'build'], { cwd: ROOT, env });
    // One untimed run warms the file cache, as any second use of the CLI finds it.
    await timeRuns(1, node, () => offlineArgs('warm-up'), { cwd, env });
    const nodeBaseline = timing(await timeRuns(runs, node, () => ['-e', '0'], { cwd, env }));
    const help = timing(await timeRuns(runs, node, () => [BIN, '--help'], { cwd, env }));
    const offlineDraft = timing(await timeRuns(runs, node, (run) => offlineArgs(`run-${run}`), { cwd, env }));
    if (!existsSync(join(cwd, 'run-0', 'roadmap.md')))
      throw new Error('the offline draft wrote no roadmap.md');
    // `--import tsx/esm` resolves from the repository, where tsx is installed.
    const phases: OfflinePhases[] = [];
    for (let run = 0; run < runs; run += 1) {
      const dir = join(cwd, `phases-${run}`);
      const { stdout } = await runProcess(node, ['--import', 'tsx/esm', PHASES, brief, dir], {
        cwd: ROOT,
        env,
      });
      phases.push(JSON.parse(stdout) as OfflinePhases);
    }
    const data: StartupData = {
      nodeBaseline,
      help,
      offlineDraft,
      startupShare: round(help.medianMs / offlineDraft.medianMs, 3),
      breakdown: {
        bootMs: round(median(phases.map((p) => p.bootMs)), 1),
        moduleLoadingMs: round(median(phases.map((p) => p.coldMs - p.warmMs)), 1),
        workMs: round(median(phases.map((p) => p.warmMs)), 1),
      },
      targetMs,
    };
    return { data, rows: startupRows(data, runs) };
  } finally {
    await rm(cwd, { recursive: true, force: true });
  }
}

function startupRows(data: StartupData, runs: number) {
  const figure = '5 offline + start-up';
  const { breakdown: b } = data;
  // Shares of one measured process: steadier than comparing its milliseconds with the separately timed CLI runs.
  const whole = b.bootMs + b.moduleLoadingMs + b.workMs;
  return [
    {
      figure,
      name: `offline draft, process start to files written (median of ${runs})`,
      value: formatMs(data.offlineDraft.medianMs),
      target: `< ${formatMs(data.targetMs)}`,
      met: data.offlineDraft.medianMs < data.targetMs,
    },
    infoRow(figure, 'CLI start-up alone: boussole --help', formatMs(data.help.medianMs)),
    infoRow(figure, 'baseline: node -e 0', formatMs(data.nodeBaseline.medianMs)),
    infoRow(
      figure,
      'share of the offline draft spent starting up (--help ÷ draft)',
      `${Math.round(data.startupShare * 100)} %`,
    ),
    infoRow(
      figure,
      'from the sources via tsx (after an edit), one draft split: start · loading modules · the work',
      [b.bootMs, b.moduleLoadingMs, b.workMs]
        .map((ms) => `${formatMs(ms)} (${Math.round((ms / whole) * 100)} %)`)
        .join(' · '),
    ),
  ];
}
