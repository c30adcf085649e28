// POST /api/drafts: the pasted or dropped brief, checked by the same intake as `boussole draft` (same messages).
import type { Language } from '../../agents/brief.js';
import { decodeBriefText } from '../brief/decode-text.js';
import { type BriefSource, interpretBrief } from '../brief/index.js';
import { BoussoleError } from '../errors/index.js';
import { HttpError } from './http-error.js';
import { bodyObject, optionalChoice, optionalMonth, optionalString } from './request-fields.js';
import { runNameOf } from './run-name.js';

/** How intake names a pasted brief; its messages then read "The brief you pasted …". */
const PASTED = 'pasted';
/** A dropped file's name (for its format: .md, .json, .yaml), never a path. */
const FILE_NAME = /^[\p{L}\p{N}][\p{L}\p{N} ._-]{0,99}$/u;

export interface DraftRequest {
  source: BriefSource;
  provider: string;
  start: string | null;
}

export async function parseDraftRequest(
  body: unknown,
  providers: readonly string[],
  maxChars: number,
): Promise<DraftRequest> {
  const fields = bodyObject(body);
  const brief = fields.brief;
  if (typeof brief !== 'string') {
    throw new HttpError(
      400,
      'brief_missing',
      'Expected `brief`: paste the brief, drop a file, or fill in the guided form.',
      'brief',
    );
  }
  const provider = optionalChoice(fields, 'provider', providers) ?? (providers[0] as string);
  const lang = optionalChoice(fields, 'lang', ['fr', 'en'] as const) as Language | undefined;
  const start = optionalMonth(fields, 'start') ?? null;
  const fileName = optionalString(fields, 'fileName', 200);
  const path =
    fileName !== undefined && FILE_NAME.test(fileName) && !fileName.includes('..') ? fileName : PASTED;
  let source: BriefSource;
  try {
    const text = decodeBriefText(Buffer.from(brief, 'utf8'), path, maxChars);
    source = interpretBrief(text, path, lang);
  } catch (error) {
    if (BoussoleError.isInstance(error) && error.exitCode === 2) {
      const message = error.message
        .replaceAll(`brief file ${PASTED}`, 'brief you pasted')
        .replace(
          /raise the limit with --max-brief-chars \(e\.g\. --max-brief-chars \d+\)/,
          'restart `boussole serve --max-brief-chars N` with a higher limit',
        );
      throw new HttpError(400, error.code, message, 'brief');
    }
    throw error;
  }
  return {
    source: { ...source, name: await runNameOf(source.name, source.body, source.format) },
    provider,
    start,
  };
}
