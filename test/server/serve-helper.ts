// Starts `boussole serve` in-process (the real command) on a random port over a temp runs folder, and stops it.
import { mkdtempSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { main } from '../../src/cli/main.js';

export interface RunningServe {
  url: string;
  port: number;
  runsDir: string;
  /** Everything the command wrote to stderr (its log), for "the key never reaches a log". */
  log(): string;
  stdout(): string;
  stop(): Promise<number>;
}

export async function startServe(
  options: { env?: NodeJS.ProcessEnv; runsDir?: string; args?: string[] } = {},
): Promise<RunningServe> {
  const runsDir = options.runsDir ?? mkdtempSync(join(tmpdir(), 'boussole-serve-'));
  const controller = new AbortController();
  let stdout = '';
  let stderr = '';
  let announced: (url: string) => void = () => {};
  const ready = new Promise<string>((resolve) => {
    announced = resolve;
  });
  const stdin = new PassThrough();
  stdin.end();
  const exit = main(['serve', '--port', '0', '--runs', runsDir, ...(options.args ?? [])], {
    stdout: (text) => {
      stdout += text;
      const url = /http:\/\/127\.0\.0\.1:\d+/.exec(stdout)?.[0];
      if (url) announced(url);
    },
    stderr: (line) => {
      stderr += `${line}\n`;
    },
    env: options.env ?? {},
    cwd: runsDir,
    stdin,
    interrupt: controller.signal,
    debug: false,
  });
  const url = await Promise.race([
    ready,
    exit.then((code) => {
      throw new Error(`boussole serve exited with ${code} before listening: ${stderr}`);
    }),
  ]);
  return {
    url,
    port: Number(new URL(url).port),
    runsDir,
    log: () => stderr,
    stdout: () => stdout,
    stop: async () => {
      controller.abort();
      return exit;
    },
  };
}

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
  json: () => { error?: { code: string; message: string; field: string | null } } & Record<string, unknown>;
}

/** A request made by hand: every header as given (Host and Origin included), nothing added by a browser. */
export function rawRequest(
  url: string,
  init: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const target = new URL(url);
    const req = request(
      {
        host: target.hostname,
        port: target.port,
        path: `${target.pathname}${target.search}`,
        method: init.method ?? 'GET',
        headers: { host: target.host, ...init.headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const body = Buffer.concat(chunks).toString('utf8');
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body, json: () => JSON.parse(body) });
        });
      },
    );
    req.on('error', reject);
    if (init.body !== undefined) req.write(init.body);
    req.end();
  });
}

/** The page's CSRF token, read as a browser would from `<meta name="csrf-token">`. */
export async function pageToken(url: string): Promise<string> {
  const page = await rawRequest(`${url}/`);
  const token = /<meta name="csrf-token" content="([^"]+)">/.exec(page.body)?.[1];
  if (!token) throw new Error('no csrf-token meta on the page');
  return token;
}

/** Headers of a write made by the app's own page. */
export function pageHeaders(url: string, token: string): Record<string, string> {
  return { origin: url, 'x-csrf-token': token, 'content-type': 'application/json' };
}

export async function waitFor<T>(check: () => Promise<T | null>, timeoutMs = 15_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== null) return value;
    if (Date.now() > until) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
