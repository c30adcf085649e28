// The shape brief intake hands to the rest of Boussole: the normalised text plus what was recognised in it.
import type { Brief, Language } from '../../agents/brief.js';

export type BriefFormat = 'json' | 'yaml' | 'markdown' | 'text';

export interface BriefSource {
  /** The brief exactly as given, after removing a UTF-8 BOM and turning CRLF into LF. Never evaluated. */
  text: string;
  /** The prose part: `text` without its front matter (the whole text for plain text and JSON). */
  body: string;
  format: BriefFormat;
  language: Language;
  /**
   * Set when a JSON or YAML brief, or front matter, states a company name and goals and holds nothing else to
   * read as text: the brief agent's call is skipped.
   */
  structured: Brief | null;
  /**
   * When the brief is not complete: the Brief fields its front matter, JSON or YAML states (valid against the
   * contract, no defaults filled in), laid over what the brief agent reads so the author's fields win.
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
  /** How to read a text whose file name cannot say (a run's saved source.txt). @default from the extension and content */
  format?: BriefFormat;
}

export const DEFAULT_MAX_BRIEF_CHARS = 100_000;
