// Calendar months as plain `YYYY-MM` text and month offsets from the plan's start: no Date, no clock, no time zone.

/** A month of the plan: `YYYY-MM`. */
const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function isMonth(text: string): boolean {
  return MONTH.test(text);
}

/** Months since year 0: comparable and subtractable. Throws on text that is not `YYYY-MM` (callers validate first). */
export function monthIndex(month: string): number {
  const match = MONTH.exec(month);
  if (!match) throw new RangeError(`Not a YYYY-MM month: ${month}`);
  return Number(match[1]) * 12 + Number(match[2]) - 1;
}

export function monthFromIndex(index: number): string {
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}

/** The calendar month `offset` months after `start` (offset 0 is the start itself). */
export function addMonths(start: string, offset: number): string {
  return monthFromIndex(monthIndex(start) + offset);
}

/** Offset of `month` from `start`: 0 for the start month, negative before it. */
export function monthOffset(start: string, month: string): number {
  return monthIndex(month) - monthIndex(start);
}

/** Month of the year, 1-12, at `offset` from `start`. */
export function monthOfYear(start: string, offset: number): number {
  return ((((monthIndex(start) + offset) % 12) + 12) % 12) + 1;
}

/** The first offset from `from` on whose month of the year is `month` (1-12), within `limit` offsets, else null. */
export function nextOffsetOf(start: string, month: number, from: number, limit: number): number | null {
  for (let offset = Math.max(0, from); offset < limit; offset += 1) {
    if (monthOfYear(start, offset) === month) return offset;
  }
  return null;
}
