// language_matches: each agent's prose is in the brief's language, judged by a stop-word count.
import { AGENT_IDS } from '../../agents/outputs.js';
import { agentOutput, listSome } from './agent-output.js';
import { defineCheck } from './define-check.js';
import { countStopWords, textValues } from './stop-words.js';

/** Below this many stop words an output says too little to judge (e.g. a list of names). */
const MIN_WORDS = 12;
/** The expected language must hold at least this share of the stop words. */
const MIN_SHARE = 0.6;

export const languageMatches = defineCheck({
  name: 'language_matches',
  column: 'lang',
  catches: "an agent's prose not in the brief's language, judged by a stop-word count",
  plantedFault: 'wrong_language',
  run: (c) => {
    const expected = agentOutput(c, 'brief')?.language ?? c.meta?.language ?? null;
    if (expected === null)
      return { pass: false, score: 0, reason: 'cannot check: the brief language is unknown' };
    const other = expected === 'fr' ? 'en' : 'fr';
    const shares: number[] = [];
    const wrong: string[] = [];
    for (const id of AGENT_IDS) {
      const raw = c.agents[id];
      if (raw === null || raw === undefined) continue;
      const counts = countStopWords(textValues(raw).join('\n'));
      const total = counts.fr + counts.en;
      if (total < MIN_WORDS) continue;
      const share = counts[expected] / total;
      shares.push(share >= MIN_SHARE ? 1 : share);
      if (share < MIN_SHARE) {
        wrong.push(
          `${id} reads as ${other} (${counts[other]} ${other} vs ${counts[expected]} ${expected} stop words)`,
        );
      }
    }
    const score =
      shares.length === 0
        ? 1
        : Math.round((shares.reduce((a, b) => a + b, 0) / shares.length) * 10_000) / 10_000;
    if (wrong.length === 0) return { pass: true, score, reason: `${shares.length} outputs in ${expected}` };
    return { pass: false, score, reason: `brief is ${expected}: ${listSome(wrong)}` };
  },
});
