// Separates a Markdown brief's YAML front matter from its prose, parsing the YAML as data only.
import { parse, YAMLParseError } from 'yaml';
import { InputError } from '../errors/index.js';
import { describeSource } from './describe-source.js';

export interface SplitBrief {
  /** The parsed mapping, or null when there is none (or it is empty). */
  frontMatter: Record<string, unknown> | null;
  /** The text after the closing fence, or the whole text when there is no front matter. */
  body: string;
}

const FENCE = /^---[ \t]*\n(?:([\s\S]*?)\n)?(?:---|\.\.\.)[ \t]*(?:\n|$)/;
// A Markdown file may open with a `---` rule; only a block that starts like `key: value` is front matter.
const LOOKS_LIKE_MAPPING = /^(?:[ \t]*(?:#.*)?\n)*[ \t]*["']?[\p{L}_$][^\n:]*:(?:[ \t\n]|$)/u;

export function splitFrontMatter(text: string, path: string): SplitBrief {
  const match = FENCE.exec(text);
  const yaml = match?.[1] ?? '';
  if (!match || (yaml.trim() !== '' && !LOOKS_LIKE_MAPPING.test(`${yaml}\n`))) {
    return { frontMatter: null, body: text };
  }
  const body = text.slice(match[0].length);
  let parsed: unknown;
  try {
    // The YAML 1.2 core schema builds plain data: an unknown tag such as !!js/function stays a string, and
    // aliases are capped against blow-ups. Warnings are not printed: the pipeline owns stderr.
    parsed = parse(yaml, { uniqueKeys: true, maxAliasCount: 100, logLevel: 'error' });
  } catch (error) {
    throw new InputError(
      'brief_invalid',
      `The front matter of the brief ${describeSource(path)} is not valid YAML: ${yamlProblem(error)}. ` +
        'Fix it, or remove the front matter and write the brief as prose.',
      error,
    );
  }
  if (parsed === null || parsed === undefined) return { frontMatter: null, body };
  if (typeof parsed !== 'object' || Array.isArray(parsed)) return { frontMatter: null, body: text };
  return { frontMatter: parsed as Record<string, unknown>, body };
}

function yamlProblem(error: unknown): string {
  if (!(error instanceof YAMLParseError)) return String(error);
  const summary = error.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? error.code;
  const position = error.linePos?.[0];
  // +1 because the file's line 1 is the opening `---`.
  return position ? `${summary} (line ${position.line + 1}, column ${position.col})` : summary;
}
