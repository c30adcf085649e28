// A run folder as the API shows it: status, agents, files and version, read from run.json and the roadmap.
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { AGENT_IDS, type AgentId } from '../../agents/outputs.js';
import type { Roadmap } from '../arbiter/index.js';
import type { AgentStatus, RunManifest } from '../pipeline/manifest.js';
import { isRunFileName, isRunId } from './run-ids.js';

export type ApiRunStatus = 'running' | 'complete' | 'failed';

export interface ApiAgentState {
  status: AgentStatus;
  model: string | null;
  durationMs: number | null;
  tokens: number;
  error: string | null;
}

export interface ApiRunSummary {
  id: string;
  company: string;
  language: 'fr' | 'en';
  status: ApiRunStatus;
  provider: string;
  startedAt: string;
  version: number;
}

export interface ApiRun extends ApiRunSummary {
  durationMs: number | null;
  error: { agent: AgentId | null; code: string; message: string } | null;
  agents: Record<AgentId, ApiAgentState>;
  files: string[];
}

/** A run still marked running whose run.json has not moved for this long was stopped by its process, not busy. */
const STALLED_MS = 10 * 60 * 1000;

export async function readManifestFile(dir: string): Promise<RunManifest | null> {
  try {
    return JSON.parse(await readFile(join(dir, 'run.json'), 'utf8')) as RunManifest;
  } catch {
    return null;
  }
}

export async function readRoadmapFile(dir: string): Promise<Roadmap | null> {
  try {
    return JSON.parse(await readFile(join(dir, 'roadmap.json'), 'utf8')) as Roadmap;
  } catch {
    return null;
  }
}

async function companyOf(dir: string, roadmap: Roadmap | null, manifest: RunManifest): Promise<string> {
  if (roadmap?.company) return roadmap.company;
  try {
    const brief = JSON.parse(await readFile(join(dir, 'brief.json'), 'utf8')) as {
      company?: { name?: unknown };
    };
    if (typeof brief.company?.name === 'string' && brief.company.name.trim() !== '')
      return brief.company.name;
  } catch {
    // No brief yet: the run is at its first agent.
  }
  return manifest.brief.source;
}

/** Saved versions (versions/N/) plus the current roadmap; 0 while no roadmap exists. */
async function versionOf(dir: string, roadmap: Roadmap | null): Promise<number> {
  if (roadmap === null) return 0;
  const names = await readdir(join(dir, 'versions')).catch(() => [] as string[]);
  return names.filter((name) => /^\d+$/.test(name)).length + 1;
}

async function statusOf(dir: string, manifest: RunManifest, active: boolean): Promise<ApiRunStatus> {
  // A rerun this server started is running even before its first write to run.json.
  if (active) return 'running';
  if (manifest.status === 'completed') return 'complete';
  if (manifest.status !== 'running') return 'failed';
  // A CLI draft in progress elsewhere is running; one whose process died long ago is not.
  const info = await stat(join(dir, 'run.json')).catch(() => null);
  return info !== null && Date.now() - info.mtimeMs < STALLED_MS ? 'running' : 'failed';
}

function errorOf(manifest: RunManifest, status: ApiRunStatus, dir: string): ApiRun['error'] {
  if (manifest.error) return manifest.error;
  if (status === 'failed') {
    return {
      agent: null,
      code: 'stopped',
      message: `The draft stopped before it finished: continue it with \`boussole draft --resume ${dir}\`.`,
    };
  }
  return null;
}

export async function readRunSummary(
  id: string,
  dir: string,
  active: boolean,
): Promise<{ summary: ApiRunSummary; manifest: RunManifest; roadmap: Roadmap | null } | null> {
  const manifest = await readManifestFile(dir);
  if (manifest === null) return null;
  const roadmap = await readRoadmapFile(dir);
  const summary: ApiRunSummary = {
    id,
    company: await companyOf(dir, roadmap, manifest),
    language: roadmap?.language ?? manifest.brief.language,
    status: await statusOf(dir, manifest, active),
    provider: manifest.provider,
    startedAt: manifest.startedAt,
    version: await versionOf(dir, roadmap),
  };
  return { summary, manifest, roadmap };
}

export async function readRun(id: string, dir: string, active: boolean): Promise<ApiRun | null> {
  const read = await readRunSummary(id, dir, active);
  if (read === null) return null;
  const { summary, manifest } = read;
  const agents = Object.fromEntries(
    AGENT_IDS.map((agentId) => {
      const record = manifest.agents[agentId];
      const state: ApiAgentState = {
        status: record?.status ?? 'pending',
        model: record?.model ?? null,
        durationMs: record?.durationMs ?? null,
        tokens: (record?.tokens.prompt ?? 0) + (record?.tokens.completion ?? 0),
        error: record?.error?.message ?? null,
      };
      return [agentId, state];
    }),
  ) as Record<AgentId, ApiAgentState>;
  return {
    ...summary,
    durationMs: manifest.durationMs,
    error: errorOf(manifest, summary.status, dir),
    agents,
    files: await listRunFiles(dir),
  };
}

/** The files a run wrote, as GET /api/runs/:run/files/:name can serve them (no temp files, no folders). */
export async function listRunFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  return entries
    .filter((entry) => entry.isFile() && isRunFileName(entry.name) && !entry.name.includes('.tmp'))
    .map((entry) => entry.name)
    .sort();
}

/** Every run folder under `runsDir`, newest first. */
export async function listRuns(runsDir: string, isActive: (id: string) => boolean): Promise<ApiRunSummary[]> {
  const entries = await readdir(runsDir, { withFileTypes: true }).catch(() => []);
  const runs = await Promise.all(
    entries
      .filter((entry) => entry.isDirectory() && isRunId(entry.name))
      .map(
        async (entry) =>
          (await readRunSummary(entry.name, join(runsDir, entry.name), isActive(entry.name)))?.summary,
      ),
  );
  return runs
    .filter((run): run is ApiRunSummary => run !== undefined)
    .sort((a, b) => b.startedAt.localeCompare(a.startedAt) || a.id.localeCompare(b.id));
}
