// Words Zod's validation issues as "path: expected X, got Y" lines a person can act on.
import type { z } from 'zod';

const MAX_LISTED = 8;
const MAX_VALUE_CHARS = 40;

/** `budget.amount: expected a number, got "lots"`, one per wrong field, in schema order. */
export function formatIssues(
  issues: readonly z.core.$ZodIssue[],
  prefix: readonly PropertyKey[] = [],
): string[] {
  return issues.flatMap((issue) => {
    const path = [...prefix, ...issue.path];
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => `${formatPath([...path, key])}: unknown field`);
    }
    return [`${formatPath(path)}: ${describeProblem(issue)}`];
  });
}

/** Joins the lines into one, capped, so a hopeless file does not flood the terminal. */
export function joinIssues(lines: readonly string[]): string {
  const shown = lines.slice(0, MAX_LISTED).join('; ');
  return lines.length > MAX_LISTED ? `${shown}; and ${lines.length - MAX_LISTED} more` : shown;
}

export function formatPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(the whole brief)';
  return path
    .map((key, index) => (typeof key === 'number' ? `[${key}]` : `${index === 0 ? '' : '.'}${String(key)}`))
    .join('');
}

function describeProblem(issue: z.core.$ZodIssue): string {
  const got = 'input' in issue ? issue.input : undefined;
  switch (issue.code) {
    case 'invalid_type':
      if (got === undefined) return 'required';
      return `expected ${article(issue.expected)}, got ${describeValue(got)}`;
    case 'invalid_value':
      return `expected one of ${issue.values.map(String).join(', ')}, got ${describeValue(got)}`;
    case 'invalid_union':
      return `not a valid value, got ${describeValue(got)}`;
    default:
      // Range, format and custom issues carry the messages written in brief-input-schema.ts.
      return got === undefined ? issue.message : `${issue.message}, got ${describeValue(got)}`;
  }
}

function article(expected: string): string {
  if (expected === 'array') return 'a list';
  if (expected === 'object') return 'an object';
  return /^[aeiou]/.test(expected) ? `an ${expected}` : `a ${expected}`;
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') {
    const shown = value.length > MAX_VALUE_CHARS ? `${value.slice(0, MAX_VALUE_CHARS)}…` : value;
    return JSON.stringify(shown);
  }
  return String(value);
}
