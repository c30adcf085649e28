// business_reasons: each scheduled action says why now in business words (the goal, the lever, the constraint), not score arithmetic.

import { defineHonestyCheck } from './define-check.js';
import type { DraftView } from './draft-view.js';
import { verdict } from './honesty-check.js';

/** "score 924 = RICE 700 × objectif 1.2 × profil 1.1": the arithmetic belongs in the appendix, not in the reason. */
const ARITHMETIC = [
  /\bRICE\b/u,
  /\bscore\s+[\d.,]+\s*=/iu,
  /\d\s*[×x*]\s*(?:goal|objectif|profil|profile)\b/iu,
];
/** Fewer words than this is a label, not a reason. */
const MIN_WORDS = 5;

function rationales(draft: DraftView): { id: string; rationale: string }[] {
  const roadmap = draft.roadmapJson as {
    horizons?: { actions?: { id?: unknown; rationale?: unknown }[] }[];
  } | null;
  return (roadmap?.horizons ?? []).flatMap((h) =>
    (h.actions ?? []).map((a) => ({
      id: typeof a.id === 'string' ? a.id : '?',
      rationale: typeof a.rationale === 'string' ? a.rationale : '',
    })),
  );
}

export const businessReasons = defineHonestyCheck({
  name: 'business_reasons',
  column: null,
  catches:
    'a "why now" that is score arithmetic ("score 924 = RICE 700 × objectif 1.2") or no sentence at all',
  plantedFault: null,
  run: (draft) => {
    const list = rationales(draft);
    const problems: string[] = [];
    for (const { id, rationale } of list) {
      if (ARITHMETIC.some((re) => re.test(rationale)))
        problems.push(`${id}'s reason is score arithmetic: "${rationale.slice(0, 90)}"`);
      else if (rationale.split(/\s+/u).filter((w) => w !== '').length < MIN_WORDS)
        problems.push(`${id} gives no reason in words: "${rationale}"`);
    }
    return verdict(list.length, problems, `${list.length} scheduled actions, each with a business reason`);
  },
});
