// What a command may touch of the outside world, passed in so tests can run the CLI in-process.
import { readFileSync } from 'node:fs';
import { projectPath } from '../paths.js';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (line: string) => void;
  env: NodeJS.ProcessEnv;
  cwd: string;
  stdin: NodeJS.ReadableStream;
  /** Fires when the user presses Ctrl-C (SIGINT); the command aborts its in-flight calls. */
  interrupt: AbortSignal;
  debug: boolean;
}

export function toolVersion(): string {
  const pkg = JSON.parse(readFileSync(projectPath('package.json'), 'utf8')) as { version: string };
  return pkg.version;
}
