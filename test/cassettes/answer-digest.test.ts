// Cassettes carry a digest of their answer: an answer edited by hand is seen (replay warns, naming the file), and
// `build-cassettes --refresh-digests` re-seals hand-authored cassettes while leaving recorded ones visibly edited.
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { refreshDigests } from '../../evals/build-cassettes.js';
import { openCassetteStore } from '../../src/cassettes/index.js';
import { runCli } from '../support/cli.js';
import { briefPath } from '../support/fixture-cases.js';
import { CASSETTES_DIR, useTempDirs } from './helpers.js';

const CASE = 'en-marketplace-tutors';
const tempDir = useTempDirs();

/** A private copy of the case's cassettes, with the prioritizer's answer edited (and relabelled if asked). */
async function editedCopy(provenance?: unknown): Promise<{ root: string; dir: string; file: string }> {
  const root = await tempDir();
  const dir = join(root, CASE);
  cpSync(join(CASSETTES_DIR, CASE), dir, { recursive: true });
  const name = readdirSync(dir).find((file) => file.startsWith('prioritizer-')) as string;
  const file = join(dir, name);
  const cassette = JSON.parse(readFileSync(file, 'utf8'));
  const message = cassette.response.body.choices[0].message;
  message.content = message.content.replace(/"title":"([^"]+)"/, '"title":"$1, tweaked by hand"');
  if (provenance) cassette.provenance = provenance;
  writeFileSync(file, `${JSON.stringify(cassette, null, 2)}\n`);
  return { root, dir, file };
}

describe('answer digests', () => {
  it('every bundled cassette carries one that matches its answer', async () => {
    for (const caseId of readdirSync(CASSETTES_DIR)) {
      const store = await openCassetteStore(join(CASSETTES_DIR, caseId));
      expect(store.suspects, caseId).toEqual([]);
    }
  });

  it('an edited answer is found, and `draft --provider replay` warns naming the file', async () => {
    const { dir, file } = await editedCopy();
    const store = await openCassetteStore(dir);
    expect(store.suspects).toEqual([{ file, agent: 'prioritizer', problem: 'edited' }]);
    const out = join(await tempDir(), 'run');
    const result = await runCli([
      'draft',
      briefPath(CASE),
      '--provider',
      'replay',
      '--cassettes',
      dir,
      '--out',
      out,
    ]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain(`warning: cassette answer edited since recorded: ${file}`);
  });

  it('--refresh-digests re-seals an edited hand-authored answer and leaves a recorded one flagged', async () => {
    const hand = await editedCopy();
    const results = await refreshDigests(hand.root, [CASE]);
    expect(results.filter((r) => r.outcome === 'refreshed').map((r) => r.file)).toEqual([hand.file]);
    expect(results.filter((r) => r.outcome === 'kept')).toHaveLength(5);
    expect((await openCassetteStore(hand.dir)).suspects).toEqual([]);

    const recorded = await editedCopy({ kind: 'recorded', model: 'gpt-4.1-mini', date: '2026-11-30' });
    const again = await refreshDigests(recorded.root, [CASE]);
    expect(again.find((r) => r.file === recorded.file)?.outcome).toBe('recorded');
    expect((await openCassetteStore(recorded.dir)).suspects).toEqual([
      { file: recorded.file, agent: 'prioritizer', problem: 'edited' },
    ]);
  });
});
