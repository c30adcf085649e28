// Drives `boussole init` in a real pseudo-terminal (util-linux `script`), typing keystrokes as a person would.
import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';

const BIN = join(import.meta.dirname, '..', '..', 'bin', 'boussole.js');

export interface Terminal {
  /** Everything the terminal showed so far, escape sequences and carriage returns removed. */
  screen(): string;
  /** Waits until `text` has been shown `count` times in all (a prompt asked again counts twice). */
  waitFor(text: string, count?: number): Promise<void>;
  /** Types a line and presses Enter. */
  type(line: string): void;
  /** Sends raw bytes (e.g. "\x03" for Ctrl-C). */
  press(bytes: string): void;
  exited: Promise<number>;
}

export function startInit(args: string[], options: { cwd: string; env: NodeJS.ProcessEnv }): Terminal {
  const command = ['node', BIN, 'init', ...args].map((part) => `'${part.replace(/'/g, "'\\''")}'`).join(' ');
  // -e: exit with the command's code; -f: flush at once; the log goes nowhere, the output comes on stdout.
  const child: ChildProcess = spawn('script', ['-qfec', command, '/dev/null'], {
    cwd: options.cwd,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, TERM: 'xterm', ...options.env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let output = '';
  const waiters: (() => void)[] = [];
  const onData = (chunk: Buffer) => {
    output += chunk.toString('utf8');
    for (const wake of waiters.splice(0)) wake();
  };
  child.stdout?.on('data', onData);
  child.stderr?.on('data', onData);
  const exited = new Promise<number>((resolve) => child.on('close', (code) => resolve(code ?? -1)));
  // Cursor and colour sequences, written by readline in terminal mode.
  const escapes = new RegExp(`${String.fromCharCode(27)}\\[[0-9;?]*[A-Za-z]`, 'g');
  const screen = () => output.replace(escapes, '').replace(/\r\n?/g, '\n');
  const occurrences = (text: string) => screen().split(text).length - 1;
  return {
    screen,
    async waitFor(text, count = 1) {
      const deadline = Date.now() + 60_000;
      while (occurrences(text) < count) {
        if (Date.now() > deadline)
          throw new Error(`Timed out waiting for ${JSON.stringify(text)}; screen:\n${screen()}`);
        await Promise.race([
          new Promise<void>((wake) => waiters.push(wake)),
          new Promise((r) => setTimeout(r, 200)),
        ]);
      }
    },
    type(line) {
      child.stdin?.write(`${line}\r`);
    },
    press(bytes) {
      child.stdin?.write(bytes);
    },
    exited,
  };
}
