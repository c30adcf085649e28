// Each planted imperfection in the fixture answers makes exactly the check it targets fail, in its sample only.
import { describe, expect, it } from 'vitest';
import { CHECK_FOR_IMPERFECTION, CHECK_NAMES, CHECKS, IMPERFECTION_KINDS } from '../../evals/checks/index.js';
import { caseIds } from '../support/fixture-cases.js';
import { caseMeta, fixtureCase } from './cases.js';

describe('planted imperfections, checked on the hand-authored answers', () => {
  it('maps every kind of imperfection to a different check', () => {
    const targets = IMPERFECTION_KINDS.map((kind) => CHECK_FOR_IMPERFECTION[kind]);
    expect(new Set(targets).size).toBe(IMPERFECTION_KINDS.length);
  });

  it('the fixtures plant every kind at least once', () => {
    const planted = new Set(caseIds().flatMap((id) => caseMeta(id).imperfections.map((i) => i.kind)));
    expect([...planted].sort()).toEqual([...IMPERFECTION_KINDS].sort());
  });

  for (const caseId of caseIds()) {
    it(`${caseId}: only the planted fault's check fails, and only in its sample`, async () => {
      const samples = await fixtureCase(caseId);
      for (const c of samples) {
        const expected = (c.meta?.imperfections ?? [])
          .filter((i) => i.sample === c.sample)
          .map((i) => CHECK_FOR_IMPERFECTION[i.kind]);
        const failing = CHECK_NAMES.filter((name) => !CHECKS[name](c).pass);
        expect(failing, `${caseId} sample ${c.sample}`).toEqual(
          [...new Set(expected)].sort((a, b) => CHECK_NAMES.indexOf(a) - CHECK_NAMES.indexOf(b)),
        );
      }
    });
  }
});
