// Reads and validates a suite file; every path in it is resolved against the suite file's folder.
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { InputError } from '../../src/errors/index.js';
import type { CheckName } from '../checks/index.js';
import { CHECK_NAMES } from '../checks/index.js';
import { Suite, type SuiteCheck } from './suite-schema.js';

export interface ResolvedCase {
  id: string;
  briefPath: string;
  cassettesDir: string;
  samples: number;
  metaPath: string | null;
}

export interface ResolvedSuite {
  /** As the user named it (shown in reports). */
  path: string;
  name: string;
  model: string;
  cases: ResolvedCase[];
  /** In the table's fixed order, so reports never depend on the file's key order. */
  checks: { name: CheckName; threshold: number; expectFail: string[] }[];
}

/** `shownPath` is what reports print; `absolutePath` is read. A bad suite is an InputError (exit 2) naming the field. */
export async function loadSuite(absolutePath: string, shownPath: string): Promise<ResolvedSuite> {
  let text: string;
  try {
    text = await readFile(absolutePath, 'utf8');
  } catch (cause) {
    throw new InputError('usage', `Cannot read the suite ${shownPath}: check the path.`, cause);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (cause) {
    throw new InputError(
      'eval',
      `The suite ${shownPath} is not valid JSON: ${(cause as Error).message}`,
      cause,
    );
  }
  const parsed = Suite.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? issue.path.map(String).join('.') : '(the file)';
    throw new InputError('eval', `Bad suite ${shownPath}: ${where}: ${issue?.message ?? 'invalid'}.`);
  }
  const suite = parsed.data;
  const base = dirname(absolutePath);
  return {
    path: shownPath,
    name: suite.name,
    model: suite.model,
    cases: suite.cases.map((c) => ({
      id: c.id,
      briefPath: resolve(base, c.brief),
      cassettesDir: resolve(base, c.cassettes),
      samples: c.samples,
      metaPath: c.meta === null ? null : resolve(base, c.meta),
    })),
    checks: CHECK_NAMES.flatMap((name) => {
      const check: SuiteCheck | undefined = suite.checks[name];
      return check ? [{ name, threshold: check.threshold, expectFail: [...check.expectFail] }] : [];
    }),
  };
}
