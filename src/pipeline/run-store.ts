// The run directory: every agent output, the brief's source text, the manifest and the rendered roadmap.
import { readdir, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { AgentId, AgentOutputs } from '../../agents/outputs.js';
import { InputError } from '../errors/index.js';
import { baseRedactor, type Redactor } from '../llm/redaction.js';
import { isTempFileName, toFileJson, writeFileAtomic } from './atomic-write.js';
import type { RunManifest } from './manifest.js';
import { runDirError } from './run-dir-errors.js';

export const SOURCE_FILE = 'source.txt';
export const MANIFEST_FILE = 'run.json';

export const agentFile = (id: AgentId) => `${id}.json`;
export const rawAnswerFile = (id: AgentId) => `${id}.last-answer.txt`;

export interface RunStore {
  readonly dir: string;
  writeAgent<Id extends AgentId>(id: Id, output: AgentOutputs[Id]): Promise<void>;
  /** The saved output, or null when the file is absent. Invalid JSON is an error: nothing is silently redone. */
  readAgent(id: AgentId): Promise<unknown | null>;
  writeText(name: string, content: string): Promise<void>;
  readText(name: string): Promise<string | null>;
  /** Manifest writes are serialised so a slower, older snapshot never overwrites a newer one. */
  writeManifest(manifest: RunManifest): Promise<void>;
  readManifest(): Promise<RunManifest>;
  /** Deletes the temp files a killed process left behind (a write that never reached its rename). */
  removeTempFiles(): Promise<void>;
}

/**
 * The store of one run folder. Every write passes through `redactor`, the redaction step built from the
 * configured secrets: a key echoed by a server into an answer, an error or the manifest never reaches a file.
 */
export function openRunStore(dir: string, redactor: Redactor = baseRedactor): RunStore {
  let manifestChain: Promise<void> = Promise.resolve();

  const readText = async (name: string): Promise<string | null> => {
    try {
      return await readFile(join(dir, name), 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  };

  const readJson = async (name: string): Promise<unknown | null> => {
    const text = await readText(name);
    if (text === null) return null;
    try {
      return JSON.parse(text);
    } catch (cause) {
      throw new InputError(
        'run_dir',
        `${join(dir, name)} is not valid JSON: fix or delete it, then run again.`,
        cause,
      );
    }
  };

  return {
    dir,
    writeAgent: (id, output) =>
      writeFileAtomic(join(dir, agentFile(id)), toFileJson(redactor.redactValue(output))),
    readAgent: (id) => readJson(agentFile(id)),
    writeText: (name, content) => writeFileAtomic(join(dir, name), redactor.redact(content)),
    readText,
    writeManifest(manifest) {
      const snapshot = toFileJson(redactor.redactValue(manifest));
      // A failed write must not poison the chain: the next snapshot is still written.
      manifestChain = manifestChain
        .catch(() => {})
        .then(() => writeFileAtomic(join(dir, MANIFEST_FILE), snapshot));
      return manifestChain;
    },
    async readManifest() {
      const info = await stat(dir).catch((error: unknown) => {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'ENOENT' || code === 'ENOTDIR') return null;
        throw runDirError(dir, error);
      });
      if (!info?.isDirectory())
        throw new InputError('run_dir', `No run directory at ${dir}: pass the folder a draft wrote.`);
      const manifest = await readJson(MANIFEST_FILE);
      if (manifest === null)
        throw new InputError('run_dir', `${dir} has no ${MANIFEST_FILE}: is it a Boussole run directory?`);
      return manifest as RunManifest;
    },
    async removeTempFiles() {
      const names = await readdir(dir);
      await Promise.all(names.filter(isTempFileName).map((name) => rm(join(dir, name), { force: true })));
    },
  };
}
