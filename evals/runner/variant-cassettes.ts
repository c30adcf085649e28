// Where a variant prompts folder's cassettes live: beside the bundled ones, one folder per prompt-set hash.
//
// Layout: for a case whose cassettes are `fixtures/cassettes/<case>`, a variant's are
// `fixtures/cassette-variants/<hash>/<case>` (samples in `sample-N/` as usual). `<hash>` covers every agent's
// template hash, so two different variants never share a folder, and the bundled cassettes are never written to.
// Recording seeds the variant folder with copies of the bundled cassettes, so the agents whose prompts did not
// change replay as before and only the changed ones are sent to the model.
import { createHash } from 'node:crypto';
import { copyFile, mkdir, readdir, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { AGENT_IDS } from '../../agents/outputs.js';
import type { PromptSet } from '../../src/prompts/index.js';

/** null when `prompts` renders like the bundled set (same template hashes): the bundled cassettes apply. */
export function variantHash(prompts: PromptSet, bundled: PromptSet): string | null {
  if (AGENT_IDS.every((id) => prompts.hashes[id] === bundled.hashes[id])) return null;
  const digest = createHash('sha256');
  for (const id of AGENT_IDS) digest.update(`${id}=${prompts.hashes[id]}\n`);
  return digest.digest('hex').slice(0, 12);
}

export function sampleDir(caseDir: string, sample: number): string {
  return sample === 1 ? caseDir : join(caseDir, `sample-${sample}`);
}

export function variantCaseDir(caseDir: string, variant: string): string {
  return join(dirname(caseDir), '..', 'cassette-variants', variant, basename(caseDir));
}

const isDir = async (path: string) => (await stat(path).catch(() => null))?.isDirectory() === true;

/**
 * The folder one sample replays from (and records into). For a variant: its own folder, seeded from the
 * bundled one when recording; when only replaying, the variant folder if it was recorded, else the bundled
 * one, so the cassettes the variant changed are reported stale.
 */
export async function cassettesFor(
  caseDir: string,
  sample: number,
  variant: string | null,
  recording: boolean,
): Promise<string> {
  const base = sampleDir(caseDir, sample);
  if (variant === null) return base;
  const own = sampleDir(variantCaseDir(caseDir, variant), sample);
  if (recording) {
    await mkdir(own, { recursive: true });
    const present = new Set(await readdir(own));
    for (const name of (await readdir(base).catch(() => [] as string[])).sort()) {
      if (name.endsWith('.json') && !present.has(name)) await copyFile(join(base, name), join(own, name));
    }
    return own;
  }
  return (await isDir(own)) ? own : base;
}
