// The shape brief intake hands to the rest of Boussole: the normalised text plus what was recognised in it.
import type { Brief, Language } from '../../agents/brief.js';

export type BriefFormat = 'json' | 'markdown' | 'text';

export interface BriefSource {
  /** The brief exactly as given, after removing a UTF-8 BOM and turning CRLF into LF. Never evaluated. */
  text: string;
  /** The prose part: `text` without its front matter (the whole text for plain text and JSON). */
  body: string;
  format: BriefFormat;
  language: Language;
  /** Set when the brief is a JSON Brief or has complete front matter: the brief agent's LLM call is skipped. */
  structured: Brief | null;
  /**
   * The front matter's fields, validated: the Brief fields given (and only those, no defaults filled in,
   * so they can win over what the text suggests) plus any other keys, kept as written.
   */
  frontMatter: Record<string, unknown> | null;
  /** A slug for the run directory: the company name, else the file name, else `stdin`. */
  name: string;
}

export interface ReadBriefOptions {
  /** Where `-` reads from. @default process.stdin */
  stdin?: NodeJS.ReadableStream;
  /** Longest brief accepted, in characters (Unicode code points). @default 100_000 */
  maxChars?: number;
  /** `--lang`: wins over the brief's own `language` and over detection. */
  lang?: Language;
}

export const DEFAULT_MAX_BRIEF_CHARS = 100_000;
