// Runs the CLI in-process (so msw can answer its HTTP calls) with captured output and an explicit environment.
import { PassThrough } from 'node:stream';
import { main } from '../../src/cli/main.js';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface CliRunOptions {
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  stdin?: string;
  signal?: AbortSignal;
}

export async function runCli(argv: string[], options: CliRunOptions = {}): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const stdin = new PassThrough();
  stdin.end(options.stdin ?? '');
  const code = await main(argv, {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (line) => {
      stderr += `${line}\n`;
    },
    // Only what the test gives: a developer's own OPENAI_API_KEY must never leak into a test run.
    env: options.env ?? {},
    cwd: options.cwd ?? process.cwd(),
    stdin,
    interrupt: options.signal ?? new AbortController().signal,
    debug: false,
  });
  return { code, stdout, stderr };
}
