// The shape of an honesty check, a pure function over one draft, and the verdict most of them return.
import type { DraftView } from './draft-view.js';
import type { CheckResult } from './types.js';

export type HonestyCheck = (draft: DraftView) => CheckResult;

/** Pass when nothing was found, otherwise fail with a score by the share of good items. */
export function verdict(total: number, problems: readonly string[], okReason: string): CheckResult {
  if (problems.length === 0) return { pass: true, score: 1, reason: okReason };
  const score =
    total === 0 ? 0 : Math.max(0, Math.round(((total - problems.length) / total) * 10_000) / 10_000);
  const shown = problems.slice(0, 3).join('; ');
  const more = problems.length > 3 ? `; and ${problems.length - 3} more` : '';
  return { pass: false, score, reason: `${shown}${more}` };
}
