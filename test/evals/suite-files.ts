// Temporary suites for tests: chosen fixture cases, with a private copy of their cassettes (tests never write fixtures/).
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { briefPath, CASES_DIR } from '../support/fixture-cases.js';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const BUNDLED_SUITE = join(ROOT, 'evals', 'suites', 'bundled.json');
const CASSETTES_DIR = join(ROOT, 'fixtures', 'cassettes');

export interface TempSuite {
  dir: string;
  path: string;
  cassettesRoot: string;
}

/** A suite of `cases` ({id: samples}) in a fresh folder: `<dir>/suite.json`, cassettes copied under `<dir>/cassettes/`. */
export function tempSuite(
  cases: Record<string, number>,
  checks: Record<string, unknown> = { schema_valid: { threshold: 1 } },
): TempSuite {
  const dir = mkdtempSync(join(tmpdir(), 'boussole-eval-suite-'));
  const cassettesRoot = join(dir, 'cassettes');
  for (const id of Object.keys(cases))
    cpSync(join(CASSETTES_DIR, id), join(cassettesRoot, id), { recursive: true });
  const suite = {
    name: 'temp',
    cases: Object.entries(cases).map(([id, samples]) => ({
      id,
      brief: briefPath(id),
      cassettes: `cassettes/${id}`,
      samples,
      meta: join(CASES_DIR, id, 'case.json'),
    })),
    checks,
  };
  const path = join(dir, 'suite.json');
  writeFileSync(path, `${JSON.stringify(suite, null, 2)}\n`);
  return { dir, path, cassettesRoot };
}
