// Which actions serve a deadline the brief states ("the trade show in March"), and the month it falls in the plan.
// An action serves it by a shared word, by serving the goal whose sentence states the date ("1 600 abonnés
// (ouverture des abonnements le 15 juin 2027)"), or, for a demand peak, by bringing buyers (data/deadline-kinds.json).

import { z } from 'zod';
import type { Brief, Deadline, Goal } from '../../agents/brief.js';
import { addMonths, nextOffsetOf } from './calendar.js';
import type { Candidate } from './candidate.js';
import kinds from './data/deadline-kinds.json' with { type: 'json' };
import { builtOnFor } from './reason-facts.js';
import { compareText, foldText } from './text.js';

export interface DeadlineTarget {
  what: string;
  /** Offset of the deadline's month from the start: the action should end before it. */
  offset: number;
  month: string;
  /**
   * True when the action builds on a channel or an asset the brief names (the 14 000-contact ticketing list before
   * subscriptions open): it is the surest lever for the date, so it is placed before the others that serve it.
   */
  buildsOn?: boolean;
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
  // "le festival qu'on organise chaque juin": how often an event recurs ties it to no action ("un avis à chaque client").
  'chaque',
  'every',
  'annual',
  'annuel',
  'annuelle',
  'organise',
  'organize',
]);

const KINDS = z
  .object({
    about: z.string(),
    demandPeak: z.array(z.string().min(2)),
    peakStages: z.array(z.string()),
    events: z.array(z.string().min(2)),
  })
  .parse(kinds);

/** "subscriptions open on 15 June 2027", "Launch date fixed: 12 May 2027": a dated event the plan must prepare. */
export function isEvent(what: string): boolean {
  const text = ` ${foldText(what)} `;
  return KINDS.events.some((w) => text.includes(` ${w} `));
}

/** "spring is our peak": a deadline that is a demand peak (folded words, whole-word match). */
export function isDemandPeak(what: string): boolean {
  const text = ` ${foldText(what)} `;
  return KINDS.demandPeak.some((w) => text.includes(` ${w} `));
}

/**
 * The deadline's offset from the plan's start: its written year when it has one ("Vinexpo Paris February 2028" is
 * not February 2027), else the month's next occurrence; null when it falls outside the plan or before `from`.
 */
export function deadlineOffset(
  d: Deadline,
  start: string,
  from: number,
  horizonMonths: number,
): number | null {
  if (typeof d.month !== 'number' || d.month < 1 || d.month > 12) return null;
  const month = Math.round(d.month);
  const year = /\b(20\d\d)\b(?!.*\b20\d\d\b)/u.exec(d.what)?.[1];
  const [y, m] = start.split('-').map(Number);
  if (year !== undefined && y !== undefined && m !== undefined) {
    const offset = (Number(year) - y) * 12 + (month - m);
    return offset >= Math.max(0, from) && offset < horizonMonths ? offset : null;
  }
  return nextOffsetOf(start, month, from, horizonMonths);
}

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
  goals: readonly Goal[] = [],
  brief: Brief | null = null,
): Map<string, DeadlineTarget> {
  const own = stems(companyName);
  const targets = deadlines
    .flatMap((d) => {
      if (typeof d.what !== 'string') return [];
      const offset = deadlineOffset(d, start, from, horizonMonths);
      if (offset === null) return [];
      const words = new Set([...stems(d.what)].filter((stem) => !own.has(stem)));
      const what = d.what.trim();
      // The goals whose own sentence states this date: their actions prepare it.
      const folded = foldText(what);
      const goalIds = goals
        .filter((g) => folded.length > 0 && foldText(String(g.statement ?? '')).includes(folded))
        .map((g) => g.id);
      return [
        { what, offset, month: addMonths(start, offset), stems: words, goalIds, peak: isDemandPeak(what) },
      ];
    })
    .filter((t) => t.stems.size > 0 || t.goalIds.length > 0 || t.peak)
    .sort((a, b) => a.offset - b.offset || compareText(a.what, b.what));
  const served = new Map<string, DeadlineTarget>();
  if (targets.length === 0) return served;
  for (const c of candidates) {
    const words = stems([c.source.title, c.source.kpi?.metric].map((t) => String(t ?? '')).join(' '));
    for (const stem of own) words.delete(stem);
    const target =
      targets.find((t) => [...t.stems].some((stem) => words.has(stem))) ??
      targets.find((t) => t.goalIds.some((id) => c.goalIds.includes(id))) ??
      targets.find((t) => t.peak && c.stages.some((stage) => KINDS.peakStages.includes(stage)));
    if (!target) continue;
    const buildsOn = brief !== null && builtOnFor(c, brief) !== null;
    served.set(c.id, { what: target.what, offset: target.offset, month: target.month, buildsOn });
  }
  return served;
}
