// Argument parsing helpers: node:util parseArgs with messages that say what was wrong and what to do.
import { type ParseArgsConfig, parseArgs } from 'node:util';
import { InputError } from '../errors/index.js';

export type OptionSpec = NonNullable<ParseArgsConfig['options']>;

export function parseCommand<T extends OptionSpec>(command: string, argv: string[], options: T) {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (error) {
    const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new InputError('usage', `${detail} — see \`boussole ${command} --help\`.`);
  }
}

/** A whole number of at least `min`, or undefined when the option was not given. */
export function wholeNumber(name: string, value: string | undefined, min = 1): number | undefined {
  if (value === undefined) return undefined;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < min) {
    throw new InputError(
      'usage',
      `Expected \`--${name}\` to be a whole number from ${min}, got \`${value}\`.`,
    );
  }
  return parsed;
}

/** A finite number of at least `min`, or undefined when the option was not given. */
export function positiveNumber(name: string, value: string | undefined, min = 0): number | undefined {
  if (value === undefined) return undefined;
  const parsed = Number(value.replace(/[\s_]/g, ''));
  if (!Number.isFinite(parsed) || parsed < min) {
    throw new InputError('usage', `Expected \`--${name}\` to be a number from ${min}, got \`${value}\`.`);
  }
  return parsed;
}

export function oneOf<const T extends readonly string[]>(
  name: string,
  value: string | undefined,
  allowed: T,
): T[number] | undefined {
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value)) {
    throw new InputError(
      'usage',
      `Expected \`--${name}\` to be one of ${allowed.join(', ')}, got \`${value}\`.`,
    );
  }
  return value as T[number];
}
