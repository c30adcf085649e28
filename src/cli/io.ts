// What a command may touch of the outside world, passed in so tests can run the CLI in-process.
import { readFileSync } from 'node:fs';
import { createRedactor, type Redactor } from '../llm/redaction.js';
import { projectPath } from '../paths.js';
import { loadSecrets } from './config.js';
import { EXIT_INTERRUPTED } from './exit-codes.js';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (line: string) => void;
  env: NodeJS.ProcessEnv;
  cwd: string;
  stdin: NodeJS.ReadableStream;
  /**
   * Fires when the user presses Ctrl-C (SIGINT) or the process is asked to stop (SIGTERM); the command aborts its
   * in-flight calls. Its `reason` is the signal's name, which decides the exit code.
   */
  interrupt: AbortSignal;
  debug: boolean;
  /** The redaction step for everything the command writes; set by `withRedaction`. @default URL credentials only */
  redactor?: Redactor;
}

/** The shell's convention: 128 + the signal number (130 for SIGINT, 143 for SIGTERM). */
const SIGNAL_EXIT_CODES: Record<string, number> = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 };

/** The exit code of an interrupted command: that of the signal that interrupted it. */
export function interruptedExitCode(signal: AbortSignal): number {
  const reason: unknown = signal.reason;
  return typeof reason === 'string' ? (SIGNAL_EXIT_CODES[reason] ?? EXIT_INTERRUPTED) : EXIT_INTERRUPTED;
}

/**
 * The same io with stdout and stderr passed through the redaction step, built from every secret the
 * configuration names (environment and `.env`): a server that echoes the key cannot make the CLI print it.
 */
export function withRedaction(io: CliIo): CliIo {
  if (io.redactor) return io;
  const redactor = createRedactor(loadSecrets(io.env, io.cwd));
  return {
    ...io,
    redactor,
    stdout: (text) => io.stdout(redactor.redact(text)),
    stderr: (line) => io.stderr(redactor.redact(line)),
  };
}

export function toolVersion(): string {
  const pkg = JSON.parse(readFileSync(projectPath('package.json'), 'utf8')) as { version: string };
  return pkg.version;
}
