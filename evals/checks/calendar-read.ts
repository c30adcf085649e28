// calendar_read: the busy months and the spend already committed that the brief states are read, and no heavy action starts in a busy month.

import { defineHonestyCheck } from './define-check.js';
import { roadmapActions } from './draft-view.js';
import { verdict } from './honesty-check.js';

/** Work of more than this many person-days is heavy: it does not start in a month the brief says is too busy. */
const HEAVY_DAYS = 2;
/** A committed amount read within this share of the stated one is the same amount. */
const TOLERANCE = 0.05;

export const calendarRead = defineHonestyCheck({
  name: 'calendar_read',
  column: null,
  catches:
    'busy months or spend already committed (a booked trade show) that the draft did not read, or a heavy action (over 2 person-days) started in a busy month',
  plantedFault: null,
  run: (draft) => {
    const problems: string[] = [];
    const busy = draft.stated.busyMonths;
    const readBusy = new Set(draft.brief?.calendar.busyMonths ?? []);
    const missed = busy.filter((m) => !readBusy.has(m));
    if (missed.length > 0)
      problems.push(`busy months ${missed.join(', ')} stated in the brief were not read`);
    const starts = roadmapActions(draft.roadmapJson).filter(
      (a) => a.scheduled && a.startDate !== null && (a.effortDays ?? 0) > HEAVY_DAYS,
    );
    for (const a of starts) {
      const month = Number(a.startDate?.slice(5, 7));
      if (busy.includes(month))
        problems.push(
          `${a.id} "${a.title}" (${a.effortDays} person-days) starts in month ${month}, a busy month of the brief`,
        );
    }
    const stated = draft.stated.committedSpend.reduce((sum, amount) => sum + amount, 0);
    if (stated > 0) {
      const read = (draft.brief?.committedSpend ?? []).reduce((sum, s) => sum + s.amount, 0);
      if (Math.abs(read - stated) > TOLERANCE * stated)
        problems.push(`the brief commits ${stated} already; the draft read ${read} of committed spend`);
    }
    const total = busy.length + starts.length + (stated > 0 ? 1 : 0);
    return verdict(Math.max(total, 1), problems, 'busy months and committed spend read and respected');
  },
});
