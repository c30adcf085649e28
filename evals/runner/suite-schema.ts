// The suite file format (evals/suites/*.json): cases to replay and the checks to score them with, with thresholds.
import { z } from 'zod';
import { CHECK_NAMES } from '../checks/index.js';

export const SuiteCase = z
  .object({
    id: z
      .string()
      .regex(/^[a-z0-9][a-z0-9._-]*$/, 'a case id is lower-case letters, digits, ".", "_" or "-"'),
    /** The brief file, relative to the suite file. */
    brief: z.string().min(1),
    /** The case's cassette folder, relative to the suite file; sample N > 1 lives in its `sample-N/`. */
    cassettes: z.string().min(1),
    /** How many recorded samples the case has. @default 1 */
    samples: z.number().int().min(1).max(20).default(1),
    /** The fixture's case.json (its language and planted imperfections), relative to the suite file. */
    meta: z.string().min(1).nullable().default(null),
  })
  .strict();
export type SuiteCase = z.infer<typeof SuiteCase>;

export const SuiteCheck = z
  .object({
    /** The mean score over the cases (those not in expectFail) must reach it. */
    threshold: z.number().min(0).max(1),
    /** Cases with a planted fault this check must catch: caught counts as a pass of the suite, missed as a failure. */
    expectFail: z.array(z.string()).default([]),
  })
  .strict();
export type SuiteCheck = z.infer<typeof SuiteCheck>;

export const Suite = z
  .object({
    name: z.string().min(1),
    description: z.string().nullable().default(null),
    /** The model name the cassettes were recorded with: it is part of every cassette's key. */
    model: z.string().min(1).default('gpt-4.1-mini'),
    cases: z.array(SuiteCase).min(1),
    checks: z.partialRecord(z.enum(CHECK_NAMES), SuiteCheck),
  })
  .strict()
  .superRefine((suite, ctx) => {
    const ids = new Set<string>();
    suite.cases.forEach((c, i) => {
      if (ids.has(c.id))
        ctx.addIssue({ code: 'custom', path: ['cases', i, 'id'], message: `duplicate case id "${c.id}"` });
      ids.add(c.id);
    });
    if (Object.keys(suite.checks).length === 0) {
      ctx.addIssue({ code: 'custom', path: ['checks'], message: 'name at least one check' });
    }
    for (const [name, check] of Object.entries(suite.checks)) {
      check?.expectFail.forEach((id, i) => {
        if (!ids.has(id)) {
          ctx.addIssue({
            code: 'custom',
            path: ['checks', name, 'expectFail', i],
            message: `unknown case "${id}"`,
          });
        }
      });
    }
  });
export type Suite = z.infer<typeof Suite>;
