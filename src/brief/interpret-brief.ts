// Recognises what a decoded brief is (JSON, Markdown with front matter, prose) and in which language.
import { basename, dirname, extname } from 'node:path';
import type { Language } from '../../agents/brief.js';
import { detectLanguage } from '../language/detect-language.js';
import type { BriefFormat, BriefSource } from './brief-source.js';
import { documentProse } from './fields/render-prose.js';
import { parseStructuredText, readStructured, type StructuredKind } from './parse-structured.js';
import { slugify } from './slug.js';
import { splitFrontMatter } from './split-front-matter.js';

const MARKDOWN_EXTENSIONS = new Set(['.md', '.markdown', '.mdown', '.mkd']);
const YAML_EXTENSIONS = new Set(['.yaml', '.yml']);
// Headings, fenced code, links, bold: enough to tell Markdown from prose without a parser.
const MARKDOWN_SYNTAX = /^#{1,6}[ \t]+\S|^```|\[[^\]\n]+\]\([^)\n]+\)|\*\*[^*\n]+\*\*/m;

/**
 * Pure: the same text, path and `lang` give the same BriefSource. `path` is the file path or `-`;
 * it names the brief in messages and is the fallback for the run directory's name. `format` says how to read
 * a text whose path cannot (a saved source.txt); by default the extension and the first character decide.
 */
export function interpretBrief(
  text: string,
  path: string,
  lang?: Language,
  format?: BriefFormat,
): BriefSource {
  const extension = path === '-' ? '' : extname(path).toLowerCase();
  if (format === 'yaml' || (format === undefined && YAML_EXTENSIONS.has(extension))) {
    return structuredSource(text, path, lang, 'yaml');
  }
  const trimmed = text.trimStart();
  if (format === 'json' || extension === '.json' || trimmed.startsWith('{')) {
    return structuredSource(text, path, lang, 'json');
  }
  // "[Draft] Acme sells tea" is prose; only a list that parses as JSON is refused as one.
  if (trimmed.startsWith('[') && parsesAsJson(trimmed)) return structuredSource(text, path, lang, 'json');

  const { frontMatter, body } = splitFrontMatter(text, path);
  if (frontMatter) {
    const part = readStructured(frontMatter, body, path, lang);
    // What the front matter holds beyond the Brief's fields is read with the prose, before it.
    const prose = part.leftovers.length > 0 ? `${part.leftovers.join('\n')}\n\n${body}` : body;
    return {
      text,
      body: part.structured ? body : prose,
      format: 'markdown',
      language: part.language,
      structured: part.structured,
      frontMatter: part.stated ?? null,
      name: runName(part.structured?.company.name ?? part.stated?.company?.name, path),
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

/**
 * A JSON or YAML brief. Complete (a company name, goals, nothing left over): the brief agent is skipped.
 * Otherwise the agent reads every value as "label: value" lines and the fields the file states win.
 */
function structuredSource(
  text: string,
  path: string,
  lang: Language | undefined,
  kind: StructuredKind,
): BriefSource {
  const document = parseStructuredText(text, path, kind);
  const part = readStructured(document, '', path, lang);
  return {
    text,
    body: part.structured ? text : documentProse(document),
    format: kind,
    language: part.language,
    structured: part.structured,
    frontMatter: part.stated,
    name: runName(part.structured?.company.name ?? part.stated?.company?.name, path),
  };
}

function parsesAsJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
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
