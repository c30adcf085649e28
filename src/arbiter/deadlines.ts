// Which actions serve a deadline the brief states ("the trade show in March"), and the month it falls in the plan.
import type { Deadline } from '../../agents/brief.js';
import { addMonths, nextOffsetOf } from './calendar.js';
import type { Candidate } from './candidate.js';
import { compareText, foldText } from './text.js';

export interface DeadlineTarget {
  what: string;
  /** Offset of the deadline's month from the start: the action should end before it. */
  offset: number;
  month: string;
}

/** Words too common in action titles to tie an action to a deadline. */
const GENERIC = new Set([
  'client',
  'clients',
  'customer',
  'customers',
  'marketing',
  'campagne',
  'campaign',
  'offre',
  'offer',
  'ventes',
  'sales',
  'avant',
  'before',
  'during',
  'pendant',
  'annee',
  'year',
  'month',
  'mois',
]);

/** Stems of the meaningful words: five letters or more, cut to five so plurals and genders meet. */
function stems(text: string): Set<string> {
  return new Set(
    foldText(text)
      .split(' ')
      .filter((word) => word.length >= 5 && !GENERIC.has(word))
      .map((word) => word.slice(0, 5)),
  );
}

/**
 * An action serves a deadline when its title or KPI shares a meaningful word with it — not a word of the company's
 * own name, which every title may carry ("Brasserie du Semnoz" must not tie every action to "ateliers de brassage").
 */
export function matchDeadlines(
  deadlines: readonly Deadline[],
  candidates: readonly Candidate[],
  start: string,
  from: number,
  horizonMonths: number,
  companyName: string,
): Map<string, DeadlineTarget> {
  const own = stems(companyName);
  const targets = deadlines
    .flatMap((d) => {
      if (typeof d.month !== 'number' || d.month < 1 || d.month > 12 || typeof d.what !== 'string') return [];
      const offset = nextOffsetOf(start, Math.round(d.month), from, horizonMonths);
      if (offset === null) return [];
      const words = new Set([...stems(d.what)].filter((stem) => !own.has(stem)));
      return [{ what: d.what.trim(), offset, month: addMonths(start, offset), stems: words }];
    })
    .filter((t) => t.stems.size > 0)
    .sort((a, b) => a.offset - b.offset || compareText(a.what, b.what));
  const served = new Map<string, DeadlineTarget>();
  if (targets.length === 0) return served;
  for (const c of candidates) {
    const words = stems([c.source.title, c.source.kpi?.metric].map((t) => String(t ?? '')).join(' '));
    for (const stem of own) words.delete(stem);
    const target = targets.find((t) => [...t.stems].some((stem) => words.has(stem)));
    if (target) served.set(c.id, { what: target.what, offset: target.offset, month: target.month });
  }
  return served;
}
