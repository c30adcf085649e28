// Field checks for API bodies, worded like the CLI's (`Expected \`--budget\` to be a number from 0, got \`x\`.`).
import { HttpError } from './http-error.js';

export type Body = Record<string, unknown>;

const shown = (value: unknown) =>
  `\`${String(typeof value === 'string' ? value : JSON.stringify(value)).slice(0, 60)}\``;

export function bodyObject(body: unknown): Body {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new HttpError(
      400,
      'usage',
      'Expected a JSON object as the request body (Content-Type: application/json).',
    );
  }
  return body as Body;
}

export function optionalNumber(body: Body, name: string, min: number, whole = false): number | undefined {
  const value = body[name];
  if (value === undefined || value === null || value === '') return undefined;
  const parsed =
    typeof value === 'number'
      ? value
      : typeof value === 'string'
        ? Number(value.replace(/[\s_]/g, ''))
        : Number.NaN;
  if (!Number.isFinite(parsed) || parsed < min || (whole && !Number.isInteger(parsed))) {
    throw new HttpError(
      400,
      'usage',
      `Expected \`${name}\` to be a ${whole ? 'whole number' : 'number'} from ${min}, got ${shown(value)}.`,
      name,
    );
  }
  return parsed;
}

export function optionalChoice<const T extends readonly string[]>(
  body: Body,
  name: string,
  allowed: T,
): T[number] | undefined {
  const value = body[name];
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    throw new HttpError(
      400,
      'usage',
      `Expected \`${name}\` to be one of ${allowed.join(', ')}, got ${shown(value)}.`,
      name,
    );
  }
  return value as T[number];
}

export function optionalString(body: Body, name: string, maxLength: number): string | undefined {
  const value = body[name];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string' || value.length > maxLength) {
    throw new HttpError(
      400,
      'usage',
      `Expected \`${name}\` to be text of at most ${maxLength} characters.`,
      name,
    );
  }
  return value;
}

export function optionalBoolean(body: Body, name: string): boolean {
  const value = body[name];
  if (value === undefined || value === null) return false;
  if (typeof value !== 'boolean') {
    throw new HttpError(400, 'usage', `Expected \`${name}\` to be true or false, got ${shown(value)}.`, name);
  }
  return value;
}

/** A calendar month as `YYYY-MM`. */
export function optionalMonth(body: Body, name: string): string | undefined {
  const value = body[name];
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value !== 'string' || !/^\d{4}-(0[1-9]|1[0-2])$/.test(value)) {
    throw new HttpError(
      400,
      'usage',
      `Expected \`${name}\` to be a month as YYYY-MM (e.g. 2027-01), got ${shown(value)}.`,
      name,
    );
  }
  return value;
}
