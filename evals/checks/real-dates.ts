// real_dates: the plan runs on real calendar months from the run's start: no year 2000 gantt, no "fictional" calendar.

import { defineHonestyCheck } from './define-check.js';
import type { DraftView } from './draft-view.js';
import { verdict } from './honesty-check.js';
import { textValues } from './stop-words.js';
import { mentionsAny } from './word-match.js';

const FICTIONAL = [
  'fictive',
  'fictif',
  'fictional',
  'fictitious',
  'relative calendar',
  'calendrier relatif',
  'date fictive',
];
const DATE = /\b(\d{4})-(\d{2})(?:-(\d{2}))?\b/gu;

/** Months since year 0, so two dates compare as numbers. */
const monthIndex = (year: number, month: number) => year * 12 + (month - 1);

function horizonMonths(draft: DraftView): number {
  const roadmap = draft.roadmapJson as { constraints?: { horizonMonths?: unknown } } | null;
  const fromRoadmap = roadmap?.constraints?.horizonMonths;
  return typeof fromRoadmap === 'number' ? fromRoadmap : (draft.brief?.horizonMonths ?? 12);
}

export const realDates = defineHonestyCheck({
  name: 'real_dates',
  column: null,
  catches:
    'a fictional calendar: year-2000 gantt dates, months outside the plan from its start, no calendar month in roadmap.json',
  plantedFault: null,
  run: (draft) => {
    const problems: string[] = [];
    const start = draft.start?.match(/^(\d{4})-(\d{2})$/u);
    if (!start) return { pass: false, score: 0, reason: 'cannot check: the run has no start month' };
    const first = monthIndex(Number(start[1]), Number(start[2]));
    // The last bar of a gantt may end on the first day after the plan's last month.
    const last = first + horizonMonths(draft) + 1;
    const texts = [
      { where: 'roadmap.md', text: draft.roadmapMd ?? '' },
      { where: 'roadmap.json', text: textValues(draft.roadmapJson ?? {}).join('\n') },
    ];
    let dates = 0;
    let jsonDates = 0;
    for (const { where, text } of texts) {
      for (const m of text.matchAll(DATE)) {
        const month = Number(m[2]);
        if (month < 1 || month > 12) continue;
        dates += 1;
        if (where === 'roadmap.json') jsonDates += 1;
        const at = monthIndex(Number(m[1]), month);
        if (at < first || at > last)
          problems.push(
            `${where}: ${m[0]} is outside the plan (${draft.start} + ${last - first - 1} months)`,
          );
      }
      const fictional = text.split('\n').find((line) => mentionsAny(line, FICTIONAL));
      if (fictional)
        problems.push(`${where} says its calendar is fictional: "${fictional.trim().slice(0, 80)}"`);
    }
    if (draft.roadmapJson && jsonDates === 0)
      problems.push('roadmap.json carries no calendar month (YYYY-MM)');
    return verdict(
      Math.max(dates, 1),
      [...new Set(problems)],
      `${dates} dates, all real months of the plan from ${draft.start}`,
    );
  },
});
