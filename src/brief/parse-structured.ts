// Reads a structured brief (a JSON or YAML file, or Markdown front matter): parses it as data, refuses only what
// cannot be a brief, and maps the rest onto the Brief, leaving what it cannot map as text for the brief reader.
import { parse, YAMLParseError } from 'yaml';
import { Brief, type Language } from '../../agents/brief.js';
import { InputError } from '../errors/index.js';
import { detectLanguage } from '../language/detect-language.js';
import { describeSource } from './describe-source.js';
import { DEFAULT_HORIZON_MONTHS, emptyBrief } from './empty-brief.js';
import { mapBriefFields, type StatedFields } from './fields/map-fields.js';
import { type Fields, isRecord } from './fields/values.js';

/** A plan horizon taken from the goals is capped here, as the offline reader does: a 5-year goal is not a 5-year plan. */
const MAX_GOAL_HORIZON_MONTHS = 24;

export interface StructuredPart {
  /** The whole Brief, when the document states a company name and goals and nothing is left to read as text. */
  structured: Brief | null;
  /** Otherwise the fields it states, laid over what the brief agent reads; null when it states none. */
  stated: StatedFields | null;
  /** What the document holds that is not a Brief field, as "label: value" lines. */
  leftovers: string[];
  language: Language;
}

export type StructuredKind = 'json' | 'yaml';

const EXAMPLE =
  'a brief is a set of fields such as company, description, goals, budget, team, channels ' +
  '(`boussole init` writes one), or plain text';

/** JSON.parse or a YAML parse, refusing a document that is not a mapping of fields. */
export function parseStructuredText(text: string, path: string, kind: StructuredKind): Fields {
  let value: unknown;
  try {
    value =
      kind === 'json'
        ? JSON.parse(text)
        : parse(text, { uniqueKeys: true, maxAliasCount: 100, logLevel: 'error' });
  } catch (error) {
    const problem = kind === 'json' ? jsonProblem(error, text) : yamlProblem(error, 0);
    throw new InputError(
      'brief_invalid',
      kind === 'json'
        ? `The brief ${describeSource(path)} starts with { but is not valid JSON: ${problem}. Fix it, or write the brief as plain text or Markdown.`
        : `The brief ${describeSource(path)} is not valid YAML: ${problem}. Fix it, or write the brief as plain text or Markdown.`,
      error,
    );
  }
  if (!isRecord(value)) {
    throw new InputError(
      'brief_invalid',
      `The brief ${describeSource(path)} is ${describeValue(value, kind)}, not a brief: ${EXAMPLE}.`,
    );
  }
  return value;
}

/**
 * Maps a parsed document onto the Brief. `prose` is text that comes with it (a Markdown body), used only to
 * detect the language; `lang` is `--lang`, which wins over the document's own `language`.
 */
export function readStructured(
  document: Fields,
  prose: string,
  path: string,
  lang: Language | undefined,
): StructuredPart {
  const detected = lang ?? detectLanguage(`${stringValues(document).join('\n')}\n${prose}`);
  let mapped = mapBriefFields(document, detected);
  const stated = mapped.stated.language;
  if (!lang && stated && stated !== detected) mapped = mapBriefFields(document, stated);
  const language = lang ?? mapped.stated.language ?? detected;
  const fields = mapped.stated;
  if (Object.keys(fields).length === 0 && mapped.leftovers.length === 0 && prose.trim() === '') {
    throw new InputError(
      'brief_empty',
      `The brief ${describeSource(path)} has no field with a value in it: ${EXAMPLE}.`,
    );
  }
  const complete =
    typeof fields.company?.name === 'string' &&
    fields.company.name.trim() !== '' &&
    (fields.goals?.length ?? 0) > 0 &&
    mapped.leftovers.length === 0;
  return {
    structured: complete ? toBrief(fields, language) : null,
    stated: complete || Object.keys(fields).length === 0 ? null : fields,
    leftovers: mapped.leftovers,
    language,
  };
}

/** The whole Brief from the stated fields: what the document leaves out is null or empty, never a guess. */
function toBrief(fields: StatedFields, language: Language): Brief {
  const goalHorizons = (fields.goals ?? []).flatMap((goal) =>
    goal.horizonMonths === null ? [] : [goal.horizonMonths],
  );
  const horizonMonths =
    fields.horizonMonths ??
    (goalHorizons.length > 0
      ? Math.min(MAX_GOAL_HORIZON_MONTHS, Math.max(...goalHorizons))
      : DEFAULT_HORIZON_MONTHS);
  // Parsing with the contract itself guards against this mapping drifting away from it. The stated name (a complete
  // brief has one) replaces the empty brief's null.
  const empty = emptyBrief(null, language);
  return Brief.parse({
    ...empty,
    ...fields,
    company: { ...empty.company, ...fields.company },
    language,
    horizonMonths,
  });
}

/** Every string inside a parsed value, depth first, in key order: the brief's own words, not its keys. */
function stringValues(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringValues);
  if (isRecord(value)) return Object.values(value).flatMap(stringValues);
  return [];
}

function describeValue(value: unknown, kind: StructuredKind): string {
  const format = kind === 'json' ? 'JSON' : 'YAML';
  if (Array.isArray(value)) return `a bare ${format} list`;
  if (typeof value === 'string') return `a single ${format} string`;
  if (typeof value === 'number') return `a single ${format} number`;
  if (typeof value === 'boolean') return `a single ${format} true/false`;
  return `an empty ${format} document`;
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

/** `lineOffset` counts lines above the YAML in the file (1 for front matter, after its opening `---`). */
export function yamlProblem(error: unknown, lineOffset: number): string {
  if (!(error instanceof YAMLParseError)) return error instanceof Error ? error.message : String(error);
  const summary = error.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? error.code;
  const position = error.linePos?.[0];
  return position ? `${summary} (line ${position.line + lineOffset}, column ${position.col})` : summary;
}
