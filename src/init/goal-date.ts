// Turns the date a goal is written with ("by June 2027", "d'ici fin 2027", "2027-06") into months from the
// month `init` runs in: the answer is written once, so counting from today is what the person meant.
import { monthsIn } from '../brief/fields/read-calendar.js';

export interface YearMonth {
  year: number;
  /** 1-12 */
  month: number;
}

/** Months from `now` to the date in `statement`; null when it names no future month and year. */
export function monthsUntil(statement: string, now: YearMonth): number | null {
  const year = /\b(20\d{2})\b/.exec(statement);
  if (!year?.[1]) return null;
  // "fin 2027", "end of 2027" or a bare year: December of that year.
  const month = monthsIn(statement.replace(/\b20\d{2}-(\d{2})\b/, ' $&'))[0] ?? 12;
  const months = (Number(year[1]) - now.year) * 12 + (month - now.month);
  return months > 0 && months <= 120 ? months : null;
}
