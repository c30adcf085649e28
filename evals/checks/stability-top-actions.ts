// stability_top_actions: the five best-scored scheduled actions stay the same across samples of a case.
import type { ScheduledAction } from '../../src/arbiter/roadmap.js';
import { defineCheck } from './define-check.js';
import { stability } from './stability.js';

const TOP = 5;

function topTitles(actions: readonly ScheduledAction[]): string[] {
  return [...actions]
    .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .slice(0, TOP)
    .map((a) => a.title);
}

export const stabilityTopActions = defineCheck({
  name: 'stability_top_actions',
  column: 'stb-act',
  catches: 'the five best-scored scheduled actions changing from one sample of a case to another',
  plantedFault: null,
  run: (c) =>
    stability(c, {
      what: `top-${TOP} action`,
      phrases: (s) => (s.roadmap ? topTitles(s.roadmap.horizons.flatMap((h) => h.actions)) : null),
      // Reworded titles of one action share about half their words ("Hub SEO ..." vs "Centre de ressources SEO ...").
      sameAt: 0.4,
      passAt: 0.4,
    }),
});
