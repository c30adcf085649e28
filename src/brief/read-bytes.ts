// Reads a brief's raw bytes from a file or a stream, refusing early what cannot fit instead of reading it all.
import { createReadStream, lstatSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { InputError } from '../errors/index.js';
import { describeSource, formatCount, raiseLimitHint } from './describe-source.js';

/**
 * The most bytes `maxChars` characters can take: 4 per code point in UTF-8, plus a 3-byte BOM.
 * (CRLF is 2 bytes for 1 character after normalisation, so it stays under the bound.)
 */
export function maxBytesFor(maxChars: number): number {
  return maxChars * 4 + 3;
}

export async function readBriefBytes(
  path: string,
  stdin: NodeJS.ReadableStream,
  maxChars: number,
): Promise<Buffer> {
  const maxBytes = maxBytesFor(maxChars);
  if (path === '-') return readLimited(stdin, path, maxBytes, maxChars);

  const info = await stat(path).catch((error: unknown) => {
    throw fileError(path, error);
  });
  if (info.isDirectory()) {
    throw new InputError(
      'brief_unreadable',
      `${path} is a directory, not a brief: pass the path of a text, Markdown or JSON file.`,
    );
  }
  // A regular file's size is known up front: a 2 GB file is refused without reading it.
  if (info.isFile() && info.size > maxBytes) {
    throw new InputError(
      'brief_too_large',
      `The brief ${describeSource(path)} is ${formatCount(info.size)} bytes, more than the ` +
        `${formatCount(maxChars)}-character limit can hold: ${raiseLimitHint(maxChars)}.`,
    );
  }
  // Pipes and process substitutions (`<(cat brief)`) are not regular files: read them as streams, bounded.
  try {
    return await readLimited(createReadStream(path), path, maxBytes, maxChars);
  } catch (error) {
    if (InputError.isInstance(error)) throw error;
    throw fileError(path, error);
  }
}

async function readLimited(
  stream: NodeJS.ReadableStream,
  path: string,
  maxBytes: number,
  maxChars: number,
): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk);
    total += bytes.length;
    if (total > maxBytes) {
      // Leaving the loop destroys the stream: nothing more is read.
      throw new InputError(
        'brief_too_large',
        `The brief ${describeSource(path)} is longer than the ${formatCount(maxChars)}-character limit: ` +
          `${raiseLimitHint(maxChars)}.`,
      );
    }
    chunks.push(bytes);
  }
  return Buffer.concat(chunks, total);
}

function fileError(path: string, error: unknown): InputError {
  const code = errorCode(error);
  if (code === 'ENOENT' && isBrokenLink(path)) {
    return new InputError(
      'brief_missing',
      `The brief ${path} is a symbolic link to a file that does not exist: fix the link, or pass the file itself.`,
      error,
    );
  }
  if (code === 'ENOTDIR') {
    return new InputError(
      'brief_missing',
      `Brief file not found: ${path} (a part of that path is a file, not a folder). Check the path, or pass - to read the brief from stdin.`,
      error,
    );
  }
  if (code === 'ENOENT') {
    return new InputError(
      'brief_missing',
      `Brief file not found: ${path}. Check the path, or pass - to read the brief from stdin.`,
      error,
    );
  }
  if (code === 'EISDIR') {
    return new InputError(
      'brief_unreadable',
      `${path} is a directory, not a brief: pass the path of a text, Markdown or JSON file.`,
      error,
    );
  }
  const why = code === 'EACCES' || code === 'EPERM' ? 'permission denied' : (code ?? 'unknown error');
  return new InputError(
    'brief_unreadable',
    `Cannot read the brief file ${path} (${why}): check that it is a readable file, or pipe it in with -.`,
    error,
  );
}

function isBrokenLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

function errorCode(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string') {
    return error.code;
  }
  return undefined;
}
