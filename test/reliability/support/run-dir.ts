// Reads a run directory as a user (or `--resume`) would find it: which files exist, whether each is whole and valid.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AGENTS } from '../../../agents/index.js';
import { AGENT_IDS, type AgentId } from '../../../agents/outputs.js';
import type { RunManifest } from '../../../src/pipeline/manifest.js';

/** The temp file of an atomic write (`.name.pid.rand.tmp`): never read back by Boussole. */
export const isTempFile = (name: string) => /^\..+\.tmp$/.test(name);

export function filesOf(dir: string): string[] {
  return readdirSync(dir).sort();
}

/**
 * run.json as it is on disk now, or null before it exists. A file that does not parse throws: with atomic
 * writes a reader must never see half a manifest, even while the run is writing it.
 */
export function manifestNow(dir: string): RunManifest | null {
  let text: string;
  try {
    text = readFileSync(join(dir, 'run.json'), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  return JSON.parse(text) as RunManifest;
}

export function manifestOf(dir: string): RunManifest {
  const manifest = manifestNow(dir);
  if (!manifest) throw new Error(`${dir} has no run.json`);
  return manifest;
}

export const agentsWithStatus = (manifest: RunManifest, status: string): AgentId[] =>
  AGENT_IDS.filter((id) => manifest.agents[id].status === status);

/** Agents whose output file exists. */
export function agentFilesIn(dir: string): AgentId[] {
  return AGENT_IDS.filter((id) => existsSync(join(dir, `${id}.json`)));
}

/**
 * Every problem with the files present: a JSON file that does not parse, an agent file its schema refuses.
 * Temp files are listed apart: a crash may leave one, and nothing reads it.
 */
export function inspectRunDir(dir: string): { problems: string[]; tempFiles: string[] } {
  const problems: string[] = [];
  const tempFiles: string[] = [];
  for (const name of filesOf(dir)) {
    if (isTempFile(name)) {
      tempFiles.push(name);
      continue;
    }
    if (!name.endsWith('.json')) continue;
    let value: unknown;
    try {
      value = JSON.parse(readFileSync(join(dir, name), 'utf8'));
    } catch (error) {
      problems.push(`${name} is not valid JSON: ${String(error)}`);
      continue;
    }
    const id = AGENT_IDS.find((agent) => `${agent}.json` === name);
    if (id && !AGENTS[id].output.safeParse(value).success)
      problems.push(`${name} does not match the ${id} schema`);
  }
  return { problems, tempFiles };
}

/** The bytes of each agent's file, to prove later that a resume left them untouched. */
export function snapshotAgents(dir: string, ids: readonly AgentId[]): Map<AgentId, Buffer> {
  return new Map(ids.map((id) => [id, readFileSync(join(dir, `${id}.json`))]));
}

/** Files under `dir` (recursively) whose bytes contain `needle`. */
export function filesContaining(dir: string, needle: string): string[] {
  const bytes = Buffer.from(needle, 'utf8');
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((path) => readFileSync(path).includes(bytes));
}
