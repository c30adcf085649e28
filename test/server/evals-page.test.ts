// The Evals page: a report's cases × checks matrix with failing cases first, baseline deltas and stale cassettes.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type RunningServe, rawRequest, startServe } from './serve-helper.js';

const check = (pass: boolean, expectFail = false) => ({
  pass,
  score: pass ? 1 : 0,
  reason: pass ? 'ok' : 'missing G2',
  expectFail,
  samples: [],
});

// Hand-authored: a small report in the shape `boussole eval --report` writes, with one real failure and one stale call.
const REPORT = {
  version: 1,
  passed: false,
  prompts: { dir: 'prompts', variant: null, hashes: {} },
  suites: [
    {
      name: 'bundled',
      path: 'evals/suites/bundled.json',
      passed: false,
      cases: [
        {
          id: 'a-case-that-passes',
          samples: 1,
          status: 'scored',
          error: null,
          checks: { goals_covered: check(true), schema_valid: check(true) },
        },
        {
          id: 'b-planted-fault',
          samples: 1,
          status: 'scored',
          error: null,
          checks: { goals_covered: check(false, true), schema_valid: check(true) },
        },
        {
          id: 'z-case-that-fails',
          samples: 1,
          status: 'scored',
          error: null,
          checks: { goals_covered: check(false), schema_valid: check(true) },
        },
      ],
      checks: [
        {
          name: 'goals_covered',
          threshold: 1,
          mean: 0.5,
          failed: ['z-case-that-fails'],
          caught: ['b-planted-fault'],
          missed: [],
          pass: false,
        },
        { name: 'schema_valid', threshold: 1, mean: 1, failed: [], caught: [], missed: [], pass: true },
      ],
      stale: [{ caseId: 'z-case-that-fails', sample: 0, agent: 'swot', kind: 'stale' }],
    },
  ],
  baseline: {
    path: 'old.json',
    moves: [
      {
        suite: 'bundled',
        check: 'goals_covered',
        caseId: null,
        before: 1,
        after: 0.5,
        delta: -0.5,
        passBefore: true,
        passAfter: false,
      },
    ],
  },
  timing: { durationMs: 1, samples: 3, cases: 3, casesPerSecond: 3 },
};

let serve: RunningServe;

beforeAll(async () => {
  const file = join(mkdtempSync(join(tmpdir(), 'boussole-eval-report-')), 'report.json');
  writeFileSync(file, JSON.stringify(REPORT));
  serve = await startServe({ args: ['--eval-report', file] });
});
afterAll(async () => {
  await serve.stop();
});

it('shows failing cases first, the planted fault as caught, the stale template and the baseline delta', async () => {
  const page = (await rawRequest(`${serve.url}/evals`)).body;
  const order = ['z-case-that-fails', 'a-case-that-passes', 'b-planted-fault'].map((id) =>
    page.indexOf(`>${id}<`),
  );
  expect(order.every((index) => index > 0)).toBe(true);
  expect(order[0]).toBeLessThan(order[1] as number);
  expect(page).toMatch(/<tr class="row-failing">\s*<th scope="row">z-case-that-fails/);
  expect(page).toContain('cell cell-caught');
  expect(page).toContain('cell cell-fail');
  expect(page).toContain('prompts/swot.system.hbs, prompts/swot.user.hbs');
  expect(page).toMatch(
    /goals_covered<\/th><td class="num">1\.00<\/td><td class="num">0\.50<\/td><td class="num">-0\.50/,
  );
});
