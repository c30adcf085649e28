// Shared test helpers for brief intake: fixture paths, temp files, and a refusal matcher.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { BoussoleError, type ErrorCode, InputError } from '../../src/errors/index.js';

export const BAD_BRIEFS = fileURLToPath(new URL('../../fixtures/bad-briefs/', import.meta.url));
export const GOOD_BRIEFS = fileURLToPath(new URL('./fixtures/', import.meta.url));

export interface TempDir {
  path: string;
  write(name: string, content: string | Uint8Array): Promise<string>;
  remove(): Promise<void>;
}

export async function makeTempDir(): Promise<TempDir> {
  const path = await mkdtemp(join(tmpdir(), 'boussole-brief-'));
  return {
    path,
    async write(name, content) {
      const file = join(path, name);
      await writeFile(file, content);
      return file;
    },
    remove: () => rm(path, { recursive: true, force: true }),
  };
}

/** A stdin stand-in that yields the given chunks, then ends. */
export function streamOf(...chunks: (string | Uint8Array)[]): Readable {
  return Readable.from(chunks.map((chunk) => (typeof chunk === 'string' ? Buffer.from(chunk) : chunk)));
}

/** Awaits a refusal and checks what the CLI relies on: InputError, the code, exit 2, one line. */
export async function expectRefusal(promise: Promise<unknown>, code: ErrorCode): Promise<string> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error, 'expected the brief to be refused').toBeInstanceOf(InputError);
  if (!BoussoleError.isInstance(error)) throw new Error('unreachable');
  expect(error.code).toBe(code);
  expect(error.exitCode).toBe(2);
  expect(error.message).not.toContain('\n');
  return error.message;
}
