// Shared by the two stability checks: mean pairwise overlap of one list of phrases across a case's samples.
import { listSome } from './agent-output.js';
import { phraseOverlap } from './normalise-text.js';
import type { CaseOutputs, CheckResult, SampleOutputs } from './types.js';

export interface StabilityOptions {
  what: string;
  /** The phrases of one sample, or null when that sample lacks the output. */
  phrases: (sample: SampleOutputs) => string[] | null;
  /** Word overlap from which two phrases say the same thing. */
  sameAt: number;
  /** Mean overlap from which the case counts as stable. */
  passAt: number;
}

export function stability(c: CaseOutputs, options: StabilityOptions): CheckResult {
  if (c.otherSamples.length === 0) return { pass: true, score: 1, reason: 'single sample' };
  // Every sample in sample order, so each sample of a case gets the same answer.
  const samples = [c as SampleOutputs, ...c.otherSamples].sort((a, b) => a.sample - b.sample);
  const lists = samples.map((s) => ({ sample: s.sample, phrases: options.phrases(s) }));
  const missing = lists.filter((l) => l.phrases === null).map((l) => `sample ${l.sample}`);
  if (missing.length > 0)
    return { pass: false, score: 0, reason: `cannot compare: no ${options.what} in ${listSome(missing)}` };
  const overlaps: string[] = [];
  let sum = 0;
  let pairs = 0;
  lists.forEach((a, i) => {
    for (const b of lists.slice(i + 1)) {
      const overlap = phraseOverlap(a.phrases ?? [], b.phrases ?? [], options.sameAt);
      sum += overlap;
      pairs += 1;
      overlaps.push(`${a.sample}~${b.sample} ${overlap.toFixed(2)}`);
    }
  });
  const score = Math.round((sum / pairs) * 10_000) / 10_000;
  const detail = `${options.what} overlap ${score.toFixed(2)} across ${lists.length} samples (${overlaps.join(', ')})`;
  return score >= options.passAt
    ? { pass: true, score, reason: detail }
    : { pass: false, score, reason: `${detail}, under ${options.passAt}` };
}
