// The fixture cases' brief files (fixtures/cases/<id>/brief.*), sorted by case id, for benchmarks that draft them.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CASES_DIR = fileURLToPath(new URL('../fixtures/cases/', import.meta.url));
export const CASSETTES_DIR = fileURLToPath(new URL('../fixtures/cassettes/', import.meta.url));

export function fixtureCaseIds(): string[] {
  return readdirSync(CASES_DIR)
    .filter((id) => existsSync(join(CASES_DIR, id, 'case.json')))
    .sort();
}

/** Absolute path of a case's brief (brief.txt, brief.md or brief.json). */
export function fixtureBrief(caseId: string): string {
  const name = readdirSync(join(CASES_DIR, caseId)).find((file) => file.startsWith('brief.'));
  if (!name) throw new Error(`fixture case ${caseId} has no brief file`);
  return join(CASES_DIR, caseId, name);
}
