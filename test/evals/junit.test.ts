// --junit writes well-formed JUnit XML: testsuites/testsuite/testcase/failure, with every text escaped.
import { describe, expect, it } from 'vitest';
import type { EvalReport } from '../../evals/runner/index.js';
import { renderJunit } from '../../evals/runner/index.js';
import { parseXml } from './xml-check.js';

const HOSTILE = 'A <b>"quoted"</b> & \'single\' ]]> reason\u0007';

function report(): EvalReport {
  const result = (pass: boolean, expectFail = false) => ({
    pass,
    score: pass ? 1 : 0.5,
    reason: pass ? 'fine' : HOSTILE,
    expectFail,
    samples: [{ sample: 1, pass, score: pass ? 1 : 0.5, reason: pass ? 'fine' : HOSTILE }],
  });
  return {
    version: 1,
    passed: false,
    prompts: { dir: 'prompts', variant: null, hashes: {} },
    baseline: null,
    timing: { durationMs: 1234, samples: 4, cases: 4, casesPerSecond: 3.24 },
    suites: [
      {
        name: 's<1>',
        path: 'suite.json',
        passed: false,
        stale: [{ caseId: 'c&stale', sample: 2, agent: 'swot', kind: 'stale' }],
        cases: [
          {
            id: 'c<ok>',
            samples: 1,
            status: 'scored',
            error: null,
            checks: { goals_covered: result(true), currency_matches: result(false) },
          },
          {
            id: 'c-planted',
            samples: 1,
            status: 'scored',
            error: null,
            checks: { goals_covered: result(false, true), currency_matches: result(true) },
          },
          {
            id: 'c-missed',
            samples: 1,
            status: 'scored',
            error: null,
            checks: { goals_covered: result(true), currency_matches: result(true, true) },
          },
          { id: 'c&stale', samples: 2, status: 'stale', error: null, checks: {} },
        ],
        checks: [
          {
            name: 'goals_covered',
            threshold: 1,
            mean: 1,
            failed: [],
            caught: ['c-planted'],
            missed: [],
            pass: true,
          },
          {
            name: 'currency_matches',
            threshold: 1,
            mean: 0.75,
            failed: ['c<ok>'],
            caught: [],
            missed: ['c-missed'],
            pass: false,
          },
        ],
      },
    ],
  };
}

describe('JUnit XML', () => {
  it('is well-formed, escaped, and counts its failures and errors', () => {
    const xml = renderJunit(report());
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n')).toBe(true);
    const root = parseXml(xml);
    expect(root.name).toBe('testsuites');
    expect(root.children.map((s) => s.name)).toEqual(['testsuite', 'testsuite']);
    expect(root.children.map((s) => s.attributes.name)).toEqual([
      's<1>.goals_covered',
      's<1>.currency_matches',
    ]);
    const testcases = root.children.flatMap((s) => s.children);
    expect(testcases.every((t) => t.name === 'testcase')).toBe(true);
    expect(Number(root.attributes.tests)).toBe(testcases.length);
    const failures = testcases.filter((t) => t.children.some((c) => c.name === 'failure'));
    const errors = testcases.filter((t) => t.children.some((c) => c.name === 'error'));
    expect(Number(root.attributes.failures)).toBe(failures.length);
    expect(Number(root.attributes.errors)).toBe(errors.length);
    for (const suite of root.children) {
      expect(Number(suite.attributes.tests)).toBe(suite.children.length);
    }
    // The hostile reason survives the round trip, minus the control character XML cannot carry.
    expect(failures.map((t) => t.children[0]?.text)).toContain(HOSTILE.replace('\u0007', ''));
  });

  it('fails a check sunk by its threshold, a planted fault not caught, and errors stale cases', () => {
    const root = parseXml(renderJunit(report()));
    const verdicts = root.children.flatMap((s) =>
      s.children.map(
        (t) => `${s.attributes.name?.split('.')[1]} ${t.attributes.name}: ${t.children[0]?.name ?? 'ok'}`,
      ),
    );
    expect(verdicts).toEqual([
      'goals_covered c<ok>: ok',
      'goals_covered c-planted: ok',
      'goals_covered c-missed: ok',
      'goals_covered c&stale: error',
      'goals_covered threshold 1: ok',
      'currency_matches c<ok>: failure',
      'currency_matches c-planted: ok',
      'currency_matches c-missed: failure',
      'currency_matches c&stale: error',
      'currency_matches threshold 1: failure',
    ]);
  });

  it('the checker itself refuses broken XML', () => {
    expect(() => parseXml('<a><b></a></b>')).toThrow();
    expect(() => parseXml('<a>x & y</a>')).toThrow();
    expect(() => parseXml('<a b=c/>')).toThrow();
  });
});
