// no_invented_competitor: every competitor the draft names (the brief's reading, pricing references) is one the brief names.

import { defineHonestyCheck } from './define-check.js';
import type { DraftView } from './draft-view.js';
import { verdict } from './honesty-check.js';
import { FILLER_WORDS, termPositions, words } from './word-match.js';

/** A name is the brief's when more than this share of its telling words appear in the brief ("Amazon Books" is not "Lantern Books"). */
const SHARE = 0.5;

function inBrief(briefWords: readonly string[], name: string): boolean {
  const telling = words(name).filter((w) => w.length >= 3 && !FILLER_WORDS.has(w));
  if (telling.length === 0) return true;
  const found = telling.filter((w) => termPositions(briefWords, w).length > 0).length;
  return found / telling.length > SHARE;
}

export const noInventedCompetitor = defineHonestyCheck({
  name: 'no_invented_competitor',
  column: 'rivals',
  catches: 'a competitor the brief does not name, in the brief reading or the pricing references',
  plantedFault: null,
  run: (draft: DraftView) => {
    const briefWords = words(draft.sourceText);
    const names = new Set<string>([
      ...(draft.brief?.competitors ?? []),
      ...(draft.agents.positioning?.pricing.competitorReferences ?? []).map((r) => r.competitor),
    ]);
    const problems = [...names]
      .filter((name) => !inBrief(briefWords, name))
      .map((name) => `competitor "${name}" is not named in the brief`);
    return verdict(names.size, problems, `${names.size} competitors, each named in the brief`);
  },
});
