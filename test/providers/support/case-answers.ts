// Hand-authored answers of a fixture case (fixtures/cases/<id>/answers/<agent>.json) as the text a model would send.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const CASES = fileURLToPath(new URL('../../../fixtures/cases/', import.meta.url));

/** The case's answer for `agent`, serialised; null when the case has none (a structured brief skips `brief`). */
export function caseAnswer(caseId: string, agent: string): string | null {
  const file = join(CASES, caseId, 'answers', `${agent}.json`);
  if (!existsSync(file)) return null;
  const answer = JSON.parse(readFileSync(file, 'utf8')) as { provenance?: string; content?: unknown };
  if (answer.provenance !== 'hand-authored') throw new Error(`${file} is not labelled hand-authored`);
  return JSON.stringify(answer.content);
}

export function caseBrief(caseId: string): string {
  for (const name of ['brief.txt', 'brief.md', 'brief.json']) {
    const file = join(CASES, caseId, name);
    if (existsSync(file)) return file;
  }
  throw new Error(`fixture case ${caseId} has no brief`);
}
