// The appendix with the score arithmetic (RICE × weights) for every action: the reasons above are in words, this is the check.
import type { ScoreTrace } from '../arbiter/roadmap.js';
import { type Section, section } from './document.js';
import { formatNumber } from './format.js';
import { actionName, type Context } from './roadmap-text.js';

interface Row {
  name: string;
  where: string;
  trace: ScoreTrace | null;
  score: number | null;
}

export function scoreAppendixSection(ctx: Context): Section {
  const { roadmap, labels, words, language } = ctx;
  const n = (value: number, decimals = 2) => formatNumber(value, language, decimals);
  const rows: Row[] = [
    ...roadmap.horizons.flatMap((h) =>
      h.actions.map((a) => ({ name: actionName(ctx, a), where: h.label, trace: a.trace, score: a.score })),
    ),
    ...roadmap.deferred.map((a) => ({
      name: actionName(ctx, a),
      where: labels.notNow,
      trace: a.trace,
      score: a.score,
    })),
    ...roadmap.excluded.map((a) => ({
      name: actionName(ctx, a),
      where: labels.leftOut,
      trace: a.trace,
      score: a.score,
    })),
  ];
  const cells = (row: Row): string[] => {
    const t = row.trace;
    if (t === null) return [row.name, row.where, '—', '—', '—', '—', '—', '—', '—', words.notScored];
    return [
      row.name,
      row.where,
      n(t.reach),
      n(t.impact),
      n(t.confidence),
      n(t.effortDays, 1),
      n(t.rice),
      n(t.goalWeight),
      n(t.profileWeight),
      row.score === null ? words.notScored : n(row.score),
    ];
  };
  return section('score-appendix', words.scoreAppendix, [
    { kind: 'paragraph', text: words.scoreAppendixIntro },
    rows.length === 0
      ? { kind: 'paragraph', text: labels.none }
      : {
          kind: 'table',
          columns: [
            { title: labels.colAction, numeric: false },
            { title: words.colWhere, numeric: false },
            { title: labels.colReach, numeric: true },
            { title: labels.colImpact, numeric: true },
            { title: labels.colConfidence, numeric: true },
            { title: words.colEffortDays, numeric: true },
            { title: words.colRice, numeric: true },
            { title: words.colGoalWeight, numeric: true },
            { title: words.colProfileWeight, numeric: true },
            { title: labels.colScore, numeric: true },
          ],
          rows: rows.map(cells),
        },
  ]);
}
