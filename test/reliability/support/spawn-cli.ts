// Runs the real CLI as a child process (`node bin/boussole.js`), with only the environment a test gives it.
import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const BIN = fileURLToPath(new URL('../../../bin/boussole.js', import.meta.url));

export interface ProcessResult {
  /** Null when the process was ended by a signal. */
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface SpawnedCli {
  readonly child: ChildProcess;
  /** Output so far, for polling on progress lines. */
  readonly output: () => { stdout: string; stderr: string };
  readonly exited: Promise<ProcessResult>;
}

export interface SpawnOptions {
  /** The whole environment of the child, besides PATH: nothing of the developer's own leaks in. */
  env: Record<string, string>;
  cwd: string;
  stdin?: string | Buffer;
}

export function spawnCli(argv: string[], { env, cwd, stdin }: SpawnOptions): SpawnedCli {
  const child = spawn(process.execPath, [BIN, ...argv], {
    cwd,
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin', ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk;
  });
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
  });
  child.stdin?.end(stdin ?? '');
  const exited = new Promise<ProcessResult>((resolve, reject) => {
    child.once('error', reject);
    // 'close' (not 'exit') so every byte of stdout and stderr has been read.
    child.once('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
  return { child, output: () => ({ stdout, stderr }), exited };
}

/** Runs the CLI to its end. */
export function runCliProcess(argv: string[], options: SpawnOptions): Promise<ProcessResult> {
  return spawnCli(argv, options).exited;
}
