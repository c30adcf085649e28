// Writes a new version of a run's roadmap: the previous roadmap.json is archived under versions/N/ first, the
// changelog says what moved and why, and every file people read or import is written from the same roadmap.
import type { AgentOutputs } from '../../agents/outputs.js';
import type { Roadmap } from '../arbiter/index.js';
import { roadmapCsv, roadmapIcs } from '../export/index.js';
import { renderChangesMarkdown } from '../render/changes-markdown.js';
import {
  FULL_PLAN_FILE,
  renderFullPlanMarkdown,
  renderReportHtml,
  renderRoadmapMarkdown,
} from '../render/index.js';
import { toFileJson } from './atomic-write.js';
import { computeChanges } from './changes.js';
import { type RunPlan, readRunState } from './run-state.js';
import type { RunStore } from './run-store.js';
import { archiveCurrent, archivedVersions } from './versions.js';

export const ROADMAP_JSON = 'roadmap.json';
export const CHANGES_MD = 'changes.md';
/** The files a version folder keeps: the roadmap and its changelog. */
const ARCHIVED = [ROADMAP_JSON, CHANGES_MD] as const;

export interface Published {
  roadmap: Roadmap;
  previous: Roadmap | null;
  /** False when the new roadmap equals the current one: nothing was archived. */
  changed: boolean;
  /** The current version's number (1 for a first draft). */
  version: number;
  /** Where the previous roadmap was kept, or null. */
  archived: number | null;
  files: string[];
  /** Milliseconds the arbiter took (the re-arbitration itself, without reading or writing files). */
  arbiterMs: number;
}

/** The roadmap without its changelog: two roadmaps that agree on this are the same version. */
const core = (roadmap: Roadmap) => JSON.stringify({ ...roadmap, changes: [] });

function parse(text: string | null): Roadmap | null {
  if (text === null) return null;
  try {
    return JSON.parse(text) as Roadmap;
  } catch {
    return null;
  }
}

export async function publishRoadmap(
  store: RunStore,
  next: Roadmap,
  analyses: Partial<AgentOutputs>,
  plan?: RunPlan,
  arbiterMs = 0,
): Promise<Published> {
  const runPlan = plan ?? (await readRunState(store)).plan;
  const previous = parse(await store.readText(ROADMAP_JSON));
  const same = previous !== null && core(previous) === core(next);
  let archived: number | null = null;
  const roadmap: Roadmap = {
    ...next,
    changes: previous === null ? [] : same ? (previous.changes ?? []) : computeChanges(previous, next),
  };
  if (previous !== null && !same) archived = await archiveCurrent(store.dir, ARCHIVED);
  const versions = await archivedVersions(store.dir);
  const version = versions.length + 1;
  const lastArchived = archived ?? versions.at(-1) ?? null;

  const files: string[] = [ROADMAP_JSON, 'roadmap.md', FULL_PLAN_FILE, 'report.html', 'roadmap.csv'];
  await store.writeText(ROADMAP_JSON, toFileJson(roadmap));
  await store.writeText('roadmap.md', renderRoadmapMarkdown(roadmap, analyses));
  await store.writeText(FULL_PLAN_FILE, renderFullPlanMarkdown(roadmap, analyses));
  await store.writeText('report.html', renderReportHtml(roadmap, analyses));
  await store.writeText('roadmap.csv', roadmapCsv(roadmap));
  const ics = roadmapIcs(roadmap, { calendarId: runPlan.calendarId, version });
  if (ics !== null) {
    await store.writeText('roadmap.ics', ics);
    files.push('roadmap.ics');
  }
  if (version > 1) {
    await store.writeText(CHANGES_MD, renderChangesMarkdown(roadmap, version, lastArchived));
    files.push(CHANGES_MD);
  }
  return { roadmap, previous, changed: !same, version, archived, files, arbiterMs };
}
