// Recognises what a decoded brief is (JSON, Markdown with front matter, prose) and in which language.
import { basename, dirname, extname } from 'node:path';
import type { Language } from '../../agents/brief.js';
import { detectLanguage } from '../language/detect-language.js';
import type { BriefSource } from './brief-source.js';
import { parseFrontMatter, parseJsonBrief } from './parse-structured.js';
import { slugify } from './slug.js';
import { splitFrontMatter } from './split-front-matter.js';

const MARKDOWN_EXTENSIONS = new Set(['.md', '.markdown', '.mdown', '.mkd']);
// Headings, fenced code, links, bold: enough to tell Markdown from prose without a parser.
const MARKDOWN_SYNTAX = /^#{1,6}[ \t]+\S|^```|\[[^\]\n]+\]\([^)\n]+\)|\*\*[^*\n]+\*\*/m;

/**
 * Pure: the same text, path and `lang` give the same BriefSource. `path` is the file path or `-`;
 * it names the brief in messages and is the fallback for the run directory's name.
 */
export function interpretBrief(text: string, path: string, lang?: Language): BriefSource {
  if (text.trimStart().startsWith('{')) {
    const structured = parseJsonBrief(text, path, lang);
    return {
      text,
      body: text,
      format: 'json',
      language: structured.language,
      structured,
      frontMatter: null,
      name: runName(structured.company.name, path),
    };
  }

  const { frontMatter, body } = splitFrontMatter(text, path);
  if (frontMatter) {
    const parsed = parseFrontMatter(frontMatter, body, path, lang);
    const fromFrontMatter = languageOf(parsed.frontMatter);
    return {
      text,
      body,
      format: 'markdown',
      language: parsed.structured?.language ?? lang ?? fromFrontMatter ?? detectLanguage(body),
      structured: parsed.structured,
      frontMatter: parsed.frontMatter,
      name: runName(parsed.structured?.company.name ?? companyNameOf(parsed.frontMatter), path),
    };
  }

  return {
    text,
    body,
    format: isMarkdown(text, path) ? 'markdown' : 'text',
    language: lang ?? detectLanguage(text),
    structured: null,
    frontMatter: null,
    name: runName(undefined, path),
  };
}

function isMarkdown(text: string, path: string): boolean {
  return (path !== '-' && MARKDOWN_EXTENSIONS.has(extname(path).toLowerCase())) || MARKDOWN_SYNTAX.test(text);
}

const GENERIC_FILE_NAMES = new Set(['brief', 'index', 'readme', 'notes', 'input']);

function runName(companyName: string | undefined, path: string): string {
  const fromCompany = companyName ? slugify(companyName) : '';
  if (fromCompany) return fromCompany;
  if (path === '-') return 'stdin';
  const fromFile = slugify(basename(path, extname(path)));
  // "acme/brief.md": a generic file name says less than the folder it sits in.
  const fromFolder = GENERIC_FILE_NAMES.has(fromFile) ? slugify(basename(dirname(path))) : '';
  return fromFolder || fromFile || 'stdin';
}

function languageOf(fields: Record<string, unknown> | null): Language | undefined {
  const language = fields?.language;
  return language === 'fr' || language === 'en' ? language : undefined;
}

function companyNameOf(fields: Record<string, unknown> | null): string | undefined {
  const company = fields?.company;
  if (typeof company !== 'object' || company === null || !('name' in company)) return undefined;
  return typeof company.name === 'string' ? company.name : undefined;
}
