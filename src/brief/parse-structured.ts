// Validates a hand-written structured brief (JSON, or Markdown front matter) and fills in its defaults.
import type { z } from 'zod';
import { Brief, type Language } from '../../agents/brief.js';
import { InputError } from '../errors/index.js';
import { detectLanguage } from '../language/detect-language.js';
import {
  type BriefInput,
  FrontMatterBriefInput,
  JsonBriefInput,
  PARTIAL_FIELDS,
} from './brief-input-schema.js';
import { describeSource } from './describe-source.js';
import { formatIssues, joinIssues } from './format-issues.js';

export interface StructuredPart {
  structured: Brief | null;
  frontMatter: Record<string, unknown> | null;
}

/** A JSON brief must be a whole Brief (defaults aside); `lang` is `--lang`, which wins over the file's. */
export function parseJsonBrief(text: string, path: string, lang: Language | undefined): Brief {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new InputError(
      'brief_invalid',
      `The brief ${describeSource(path)} starts with { but is not valid JSON: ${jsonProblem(error, text)}. ` +
        'Fix it, or write the brief as plain text or Markdown.',
      error,
    );
  }
  const result = JsonBriefInput.safeParse(value, { reportInput: true });
  if (!result.success) throw shapeError(`The JSON brief ${describeSource(path)}`, result.error.issues);
  const { $schema: _schema, ...input } = result.data;
  // The brief's own words, not its JSON keys, say which language it is in.
  return toBrief(input, lang ?? input.language ?? detectLanguage(stringValues(value).join('\n')));
}

/**
 * Front matter with a company name and at least one goal is a complete brief; anything less is partial
 * and only validated field by field, to be merged over what the brief agent reads in the prose.
 */
export function parseFrontMatter(
  frontMatter: Record<string, unknown>,
  body: string,
  path: string,
  lang: Language | undefined,
): StructuredPart {
  const where = `The front matter of the brief ${describeSource(path)}`;
  if (isComplete(frontMatter)) {
    const result = FrontMatterBriefInput.safeParse(frontMatter, { reportInput: true });
    if (!result.success) throw shapeError(where, result.error.issues);
    const detected = () => detectLanguage(`${stringValues(frontMatter).join('\n')}\n${body}`);
    const structured = toBrief(result.data, lang ?? result.data.language ?? detected());
    return { structured, frontMatter: validatedFields(frontMatter, where) };
  }
  return { structured: null, frontMatter: validatedFields(frontMatter, where) };
}

function isComplete(frontMatter: Record<string, unknown>): boolean {
  const { company, goals } = frontMatter;
  const name =
    typeof company === 'string'
      ? company
      : typeof company === 'object' && company !== null && 'name' in company
        ? company.name
        : undefined;
  const hasGoals = Array.isArray(goals) ? goals.length > 0 : typeof goals === 'string' && goals.trim() !== '';
  return typeof name === 'string' && name.trim() !== '' && hasGoals;
}

/** Known Brief fields validated one by one (no defaults added); other keys kept as written. */
function validatedFields(frontMatter: Record<string, unknown>, where: string): Record<string, unknown> {
  const fields: [string, unknown][] = [];
  const problems: string[] = [];
  for (const [key, value] of Object.entries(frontMatter)) {
    const schema = Object.hasOwn(PARTIAL_FIELDS, key) ? PARTIAL_FIELDS[key] : undefined;
    if (!schema) {
      fields.push([key, value]);
      continue;
    }
    const result = schema.safeParse(value, { reportInput: true });
    if (result.success) fields.push([key, result.data]);
    else problems.push(...formatIssues(result.error.issues, [key]));
  }
  if (problems.length > 0) throw shapeErrorFromLines(where, problems);
  // fromEntries defines own properties: a `__proto__` key stays a key instead of replacing the prototype.
  return Object.fromEntries(fields);
}

function toBrief(input: BriefInput, language: Language): Brief {
  // Parsing with the contract itself guards against the lenient schema drifting away from it.
  return Brief.parse({ ...input, language });
}

function shapeError(where: string, issues: readonly z.core.$ZodIssue[]): InputError {
  return shapeErrorFromLines(where, formatIssues(issues));
}

function shapeErrorFromLines(where: string, lines: readonly string[]): InputError {
  return new InputError(
    'brief_invalid',
    `${where} does not match the Brief shape: ${joinIssues(lines)}. Fix ${lines.length === 1 ? 'this field' : 'these fields'} and try again.`,
  );
}

/** Every string inside a parsed value, depth first, in key order. */
function stringValues(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringValues);
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(stringValues);
  return [];
}

function jsonProblem(error: unknown, text: string): string {
  const message = error instanceof Error ? error.message : String(error);
  const position = /at position (\d+)/.exec(message);
  if (!position?.[1] || /line \d+/.test(message)) return message;
  const before = text.slice(0, Number(position[1]));
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  return `${message} (line ${line}, column ${column})`;
}
