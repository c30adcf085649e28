// Turns a brief's bytes into text, refusing empty, binary, non-UTF-8 and oversized input with a clear line.
import { InputError } from '../errors/index.js';
import { describeSource, formatCount, raiseLimitHint } from './describe-source.js';

/** Above this share of control characters, the "text" is a binary file that happened to be valid UTF-8. */
const MAX_CONTROL_SHARE = 0.3;
// Tab, LF, FF and CR are the C0 controls plain text legitimately holds.
const TEXT_CONTROLS = new Set([0x09, 0x0a, 0x0c, 0x0d]);

/** Decodes, strips a BOM, normalises CRLF to LF; `path` is only used to word the messages. */
export function decodeBriefText(bytes: Uint8Array, path: string, maxChars: number): string {
  const where = describeSource(path);
  if (bytes.length === 0) throw emptyError(where, 'is empty');
  if (bytes.includes(0)) {
    throw new InputError(
      'brief_binary',
      `The brief ${where} is not text (it contains NUL bytes: a binary file, or text saved as UTF-16): ` +
        'save it as UTF-8 plain text, Markdown or JSON.',
    );
  }

  let decoded: string;
  try {
    decoded = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch (error) {
    throw new InputError(
      'brief_binary',
      `The brief ${where} is not valid UTF-8 text: re-save it as UTF-8 ` +
        '(from Latin-1 or Windows-1252: iconv -f WINDOWS-1252 -t UTF-8 brief.txt > brief-utf8.txt).',
      error,
    );
  }

  const text = (decoded.startsWith('\uFEFF') ? decoded.slice(1) : decoded).replace(/\r\n/g, '\n');
  const length = countChars(text);
  const controls = countControls(text);
  if (length > 0 && controls / length > MAX_CONTROL_SHARE) {
    throw new InputError(
      'brief_binary',
      `The brief ${where} is not text (${Math.round((controls / length) * 100)}% control characters): ` +
        'save it as UTF-8 plain text, Markdown or JSON.',
    );
  }
  if (text.trim() === '') throw emptyError(where, length === 0 ? 'is empty' : 'contains only whitespace');
  if (length > maxChars) {
    throw new InputError(
      'brief_too_large',
      `The brief ${where} has ${formatCount(length)} characters, more than the ` +
        `${formatCount(maxChars)}-character limit: ${raiseLimitHint(maxChars)}.`,
    );
  }
  return text;
}

/** Characters as a person counts them (code points), not UTF-16 units: an emoji is one character. */
export function countChars(text: string): number {
  let count = 0;
  for (const _ of text) count += 1;
  return count;
}

function emptyError(where: string, what: string): InputError {
  return new InputError(
    'brief_empty',
    `The brief ${where} ${what}: write a few lines about the company (what it sells, to whom, its goals) ` +
      'and try again.',
  );
}

/** C0 control characters and DEL, other than those text uses. */
function countControls(text: string): number {
  let count = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if ((code < 0x20 && !TEXT_CONTROLS.has(code)) || code === 0x7f) count += 1;
  }
  return count;
}
