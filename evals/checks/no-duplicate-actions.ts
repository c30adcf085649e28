// no_duplicate_actions: no two candidate actions share a channel and a near-identical title.
import { cannotCheck, listSome, needOutputs, ratio } from './agent-output.js';
import { defineCheck } from './define-check.js';
import { fold, jaccard, keyWords } from './normalise-text.js';

/** Word overlap from which two titles in one channel are the same action reworded. */
const SAME_TITLE = 0.8;

export const noDuplicateActions = defineCheck({
  name: 'no_duplicate_actions',
  column: 'dupes',
  catches: 'two candidate actions on one channel with near-identical titles',
  plantedFault: 'duplicate_action',
  run: (c) => {
    const got = needOutputs(c, ['prioritizer'] as const);
    if (!got.ok) return cannotCheck(got.missing);
    const actions = got.outputs.prioritizer.actions.map((a) => ({
      id: a.id,
      title: a.title,
      channel: fold(a.channel),
      words: keyWords(a.title),
    }));
    const pairs: string[] = [];
    const duplicated = new Set<string>();
    actions.forEach((a, i) => {
      for (const b of actions.slice(i + 1)) {
        if (a.channel === b.channel && jaccard(a.words, b.words) >= SAME_TITLE) {
          pairs.push(`${a.id} "${a.title}" and ${b.id} "${b.title}"`);
          duplicated.add(b.id);
        }
      }
    });
    if (pairs.length === 0) return { pass: true, score: 1, reason: `${actions.length} distinct actions` };
    return {
      pass: false,
      score: ratio(actions.length - duplicated.size, actions.length),
      reason: `same channel, same action: ${listSome(pairs)}`,
    };
  },
});
