// The one place that reads the calendar: today's month, and `--start YYYY-MM` checked. Everything below receives it.
import { InputError } from '../errors/index.js';

/** This month in local time, `YYYY-MM`. */
export function currentMonth(now: Date = new Date()): string {
  return `${String(now.getFullYear()).padStart(4, '0')}-${String(now.getMonth() + 1).padStart(2, '0')}`;
}

/** `--start 2027-01` → `2027-01`; undefined when absent; a usage error naming the value otherwise. */
export function monthOption(name: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const trimmed = value.trim();
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(trimmed)) {
    throw new InputError(
      'usage',
      `Expected \`--${name}\` to be a month as YYYY-MM (e.g. 2027-01), got \`${value}\`.`,
    );
  }
  return trimmed;
}
