// One folder of cassettes (one case, or one sample of a case): read once at open, looked up by key, written atomically.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from '../pipeline/atomic-write.js';
import { answerDigest, answerProblem } from './answer-digest.js';
import { Cassette, cassetteFileName } from './cassette.js';
import { CassetteFileError, CassetteSecretError } from './cassette-errors.js';
import { keyOf } from './cassette-key.js';
import { findSecrets } from './secret-scan.js';

/** A cassette whose answer cannot be trusted as recorded: edited by hand since, or from before answer digests. */
export interface SuspectCassette {
  file: string;
  agent: string;
  problem: 'edited' | 'undigested';
}

export interface CassetteStore {
  readonly dir: string;
  /** The cassettes of this folder whose answer digest does not match (or is missing), in file order. */
  readonly suspects: readonly SuspectCassette[];
  find(key: string): Cassette | null;
  /** Whether any cassette for `agent` exists: a miss for an agent that has cassettes means they went stale. */
  hasAgent(agent: string): boolean;
  /**
   * Scans the cassette for secrets (token shapes, credential fields, `knownSecrets`) and refuses it with a
   * CassetteSecretError, writing nothing; otherwise writes it (temp file + rename), replacing one with the same key.
   */
  write(cassette: Cassette, knownSecrets: readonly string[]): Promise<void>;
}

/** Reads every `*.json` cassette directly in `dir` (sample sub-folders are stores of their own); a missing folder is empty. */
export async function openCassetteStore(dir: string): Promise<CassetteStore> {
  const byKey = new Map<string, Cassette>();
  const suspects: SuspectCassette[] = [];
  const names = (await readdir(dir).catch(() => [] as string[]))
    .filter((name) => name.endsWith('.json'))
    .sort();
  for (const name of names) {
    const file = join(dir, name);
    const cassette = await readCassette(file);
    byKey.set(cassette.key, cassette);
    const problem = answerProblem(cassette);
    if (problem) suspects.push({ file, agent: cassette.agent, problem });
  }
  return {
    dir,
    suspects,
    find: (key) => byKey.get(key) ?? null,
    hasAgent: (agent) => [...byKey.values()].some((cassette) => cassette.agent === agent),
    write: async (cassette, knownSecrets) => {
      // The whole cassette is scanned, not only the bodies: a key pasted into a brief reaches the messages.
      const findings = findSecrets(cassette, knownSecrets);
      if (findings.length > 0) throw new CassetteSecretError(cassette.agent, dir, findings);
      const sealed: Cassette = { ...cassette, answerDigest: answerDigest(cassette.response) };
      await writeFileAtomic(
        join(dir, cassetteFileName(cassette.agent, cassette.key)),
        `${JSON.stringify(sealed, null, 2)}\n`,
      );
      byKey.set(cassette.key, sealed);
    },
  };
}

async function readCassette(file: string): Promise<Cassette> {
  let data: unknown;
  try {
    data = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new CassetteFileError(file, 'it is not JSON', error);
  }
  const parsed = Cassette.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new CassetteFileError(
      file,
      `${issue?.path.join('.') || 'the file'}: ${issue?.message ?? 'invalid'}`,
    );
  }
  // A request edited by hand would never match again, silently: say so at once.
  if (keyOf(parsed.data.agent, parsed.data.request) !== parsed.data.key) {
    throw new CassetteFileError(file, 'its key does not match its request (was it edited by hand?)');
  }
  return parsed.data;
}
