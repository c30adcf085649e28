// The quality harness: every hand-authored brief of fixtures/briefs drafts offline, and every honesty check passes on
// its draft, except the gaps listed (each with what fails) in known-gaps.json. The list can only shrink: a listed gap
// that passes fails the test until it is removed, and any failure not listed fails it too.
import { readFileSync, rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { HONESTY_CHECK_NAMES, type HonestyCheckName } from '../../evals/checks/index.js';
import { draftBrief, draftRoot, harnessBriefs, judge } from './harness-briefs.js';

const CheckName = z.enum(HONESTY_CHECK_NAMES as [HonestyCheckName, ...HonestyCheckName[]]);
const KnownGaps = z.record(z.string(), z.partialRecord(CheckName, z.string().min(1)));
const knownGaps = KnownGaps.parse(
  JSON.parse(readFileSync(new URL('./known-gaps.json', import.meta.url), 'utf8')),
);

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

  it('lists known gaps only for briefs that exist', () => {
    const ids = new Set(briefs.map((b) => b.id));
    expect(Object.keys(knownGaps).filter((id) => !ids.has(id))).toEqual([]);
  });

  it.each(briefs.map((b) => [b.id, b] as const))(
    '%s: drafts, and passes every honesty check but its listed gaps',
    async (id, brief) => {
      const outcome = await draftBrief(brief, root);
      expect(outcome.code, outcome.stderr).toBe(0);
      const results = judge(outcome);
      const gaps = knownGaps[id] ?? {};
      const unexpected = HONESTY_CHECK_NAMES.filter((name) => !results[name].pass && !(name in gaps)).map(
        (name) => `${name}: ${results[name].reason}`,
      );
      expect(unexpected).toEqual([]);
      const fixed = HONESTY_CHECK_NAMES.filter((name) => name in gaps && results[name].pass);
      expect(fixed, 'fixed: remove these from test/quality/known-gaps.json').toEqual([]);
    },
    60_000,
  );
});
