// Times a child process from spawn to exit, as a user at a shell would feel it.
import { spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';

export interface SpawnOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
}

/** Runs a process to its end: wall time in ms and what it printed on stdout; rejects when the exit code is not 0. */
export function runProcess(
  command: string,
  args: readonly string[],
  options: SpawnOptions,
): Promise<{ ms: number; stdout: string }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8');
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
    });
    child.once('error', reject);
    child.once('close', (code) => {
      const ms = performance.now() - started;
      if (code === 0) resolve({ ms, stdout });
      else reject(new Error(`${command} ${args.join(' ')} exited with ${code}:\n${stderr.slice(-800)}`));
    });
  });
}

/** Runs the same command `runs` times in a row and returns every wall time. */
export async function timeRuns(
  runs: number,
  command: string,
  args: (run: number) => readonly string[],
  options: SpawnOptions,
): Promise<number[]> {
  const times: number[] = [];
  for (let run = 0; run < runs; run += 1) times.push((await runProcess(command, args(run), options)).ms);
  return times;
}
