// The quality harness: every hand-authored brief of fixtures/briefs drafts offline, and every honesty check passes on its draft.
import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { HONESTY_CHECK_NAMES } from '../../evals/checks/index.js';
import { draftBrief, draftRoot, harnessBriefs, judge } from './harness-briefs.js';

const briefs = harnessBriefs();
const root = draftRoot();
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('offline drafts of the hand-authored harness briefs', () => {
  it('has at least 24 briefs, in both languages and every format, each labelled hand-authored', () => {
    expect(briefs.length).toBeGreaterThanOrEqual(24);
    expect(new Set(briefs.map((b) => b.meta.language))).toEqual(new Set(['fr', 'en']));
    expect(new Set(briefs.map((b) => b.meta.format))).toEqual(new Set(['txt', 'md', 'json', 'yaml']));
    for (const b of briefs) expect(b.meta.provenance, b.id).toBe('hand-authored');
  });

  it.each(briefs.map((b) => [b.id, b] as const))(
    '%s: drafts, and passes every honesty check',
    async (_id, brief) => {
      const outcome = await draftBrief(brief, root);
      expect(outcome.code, outcome.stderr).toBe(0);
      const results = judge(outcome);
      const failures = HONESTY_CHECK_NAMES.filter((name) => !results[name].pass).map(
        (name) => `${name}: ${results[name].reason}`,
      );
      expect(failures).toEqual([]);
    },
    60_000,
  );
});
