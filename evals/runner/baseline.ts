// Compares a report with an earlier one (--baseline): which checks moved, by how much, per case and in the mean.
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { InputError } from '../../src/errors/index.js';
import { CHECK_NAMES } from '../checks/index.js';
import type { BaselineMove, SuiteReport } from './report.js';

/** Only what a comparison reads, so a report from an older Boussole still loads. */
const BaselineReport = z.object({
  suites: z.array(
    z.object({
      name: z.string(),
      cases: z.array(
        z.object({
          id: z.string(),
          checks: z.partialRecord(z.enum(CHECK_NAMES), z.object({ score: z.number(), pass: z.boolean() })),
        }),
      ),
      checks: z.array(z.object({ name: z.enum(CHECK_NAMES), mean: z.number(), pass: z.boolean() })),
    }),
  ),
});
export type BaselineReport = z.infer<typeof BaselineReport>;

export async function readBaseline(path: string, shown: string): Promise<BaselineReport> {
  let data: unknown;
  try {
    data = JSON.parse(await readFile(path, 'utf8'));
  } catch (cause) {
    throw new InputError('usage', `Cannot read the baseline ${shown}: ${(cause as Error).message}`, cause);
  }
  const parsed = BaselineReport.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new InputError(
      'usage',
      `The baseline ${shown} is not an eval report (${issue?.path.join('.') || 'the file'}: ${issue?.message}): pass a file written by --report.`,
    );
  }
  return parsed.data;
}

/** Below this a score did not move: scores are rounded to 4 decimals. */
const EPSILON = 0.00005;
const round = (value: number) => Math.round(value * 10_000) / 10_000;

export function compareWithBaseline(
  current: readonly SuiteReport[],
  baseline: BaselineReport,
): BaselineMove[] {
  const moves: BaselineMove[] = [];
  const move = (
    suite: string,
    check: BaselineMove['check'],
    caseId: string | null,
    before: { score: number; pass: boolean } | undefined,
    after: { score: number; pass: boolean } | undefined,
  ) => {
    const delta = before && after ? round(after.score - before.score) : null;
    const changed =
      delta === null ? before !== after : Math.abs(delta) > EPSILON || before?.pass !== after?.pass;
    if (!changed) return;
    moves.push({
      suite,
      check,
      caseId,
      before: before?.score ?? null,
      after: after?.score ?? null,
      delta,
      passBefore: before?.pass ?? null,
      passAfter: after?.pass ?? null,
    });
  };
  for (const suite of current) {
    const old = baseline.suites.find((s) => s.name === suite.name);
    for (const check of suite.checks) {
      const oldCheck = old?.checks.find((c) => c.name === check.name);
      move(suite.name, check.name, null, oldCheck && { score: oldCheck.mean, pass: oldCheck.pass }, {
        score: check.mean,
        pass: check.pass,
      });
      for (const c of suite.cases) {
        const now = c.checks[check.name];
        const then = old?.cases.find((o) => o.id === c.id)?.checks[check.name];
        move(suite.name, check.name, c.id, then, now);
      }
    }
  }
  return moves;
}
