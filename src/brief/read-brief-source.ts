// Entry point of brief intake: reads a file or stdin, refuses bad input with exit 2, returns a BriefSource.
import { InputError } from '../errors/index.js';
import { type BriefSource, DEFAULT_MAX_BRIEF_CHARS, type ReadBriefOptions } from './brief-source.js';
import { decodeBriefText } from './decode-text.js';
import { interpretBrief } from './interpret-brief.js';
import { readBriefBytes } from './read-bytes.js';

/** `path` is a file path or `-` for stdin. Every refusal is an InputError with a `brief_*` code. */
export async function readBriefSource(path: string, options: ReadBriefOptions = {}): Promise<BriefSource> {
  const { stdin = process.stdin, maxChars = DEFAULT_MAX_BRIEF_CHARS, lang, format } = options;
  if (!Number.isSafeInteger(maxChars) || maxChars < 1) {
    throw new InputError(
      'usage',
      `Expected \`--max-brief-chars\` to be a whole number from 1, got \`${maxChars}\`.`,
    );
  }
  if (path === '') {
    throw new InputError(
      'usage',
      'Expected a brief: pass the path of a brief file, or - to read it from stdin.',
    );
  }
  const bytes = await readBriefBytes(path, stdin, maxChars);
  return interpretBrief(decodeBriefText(bytes, path, maxChars), path, lang, format);
}
