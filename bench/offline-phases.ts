// Splits an offline draft into loading its modules and doing the work: drafts twice in one process, the first
// run paying for every import, the second only for reading, drafting, arbitrating, rendering and writing.
// Spawned by bench/startup.ts as `node --import tsx/esm bench/offline-phases.ts <brief> <work-dir>`; prints JSON.
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';

export interface OfflinePhases {
  /** Process start to this script running: Node, then tsx registering and loading this file. */
  bootMs: number;
  /** First in-process draft: module loading plus the work. */
  coldMs: number;
  /** Second in-process draft of the same brief: the work alone. */
  warmMs: number;
}

async function measure(brief: string, dir: string): Promise<OfflinePhases> {
  // `performance.now()` counts from the process's start, so the three phases add up to one process's life.
  const started = performance.now();
  // Imported here, after the clock started, so its loading is part of the first draft as in the CLI.
  const { runCli } = await import('../test/support/cli.js');
  const draft = async (name: string) => {
    const result = await runCli(['draft', brief, '--provider', 'offline', '--out', join(dir, name)], {
      cwd: dir,
    });
    if (result.code !== 0) throw new Error(`offline draft exited with ${result.code}: ${result.stderr}`);
  };
  await draft('cold');
  const coldMs = performance.now() - started;
  const t0 = performance.now();
  await draft('warm');
  return { bootMs: started, coldMs, warmMs: performance.now() - t0 };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [brief, dir] = process.argv.slice(2);
  if (!brief || !dir)
    throw new Error('Usage: node --import tsx/esm bench/offline-phases.ts <brief> <work-dir>');
  process.stdout.write(`${JSON.stringify(await measure(brief, dir))}\n`);
}
