// The end of every run: the Markdown draft of what exists, and, once all six outputs are there, the roadmap files.
import type { AgentOutputs } from '../../agents/outputs.js';
import type { Roadmap } from '../arbiter/roadmap.js';
import { renderAnalysesMarkdown } from '../render/index.js';
import { publishFromOutputs } from './arbitrate-run.js';
import type { RunManifest } from './manifest.js';
import { publishRoadmap } from './publish.js';
import type { RunStore } from './run-store.js';

export const ROADMAP_FILE = 'roadmap.json';

export interface FinishedRun {
  /** Null while an agent output is missing (a failed or interrupted run). */
  roadmap: Roadmap | null;
  /** The roadmap this run replaced, for the "what moved" summary. */
  previousRoadmap: Roadmap | null;
}

type Complete = Required<AgentOutputs>;

const isComplete = (outputs: Partial<AgentOutputs>): outputs is Complete =>
  outputs.brief !== undefined &&
  outputs.swot !== undefined &&
  outputs.personas !== undefined &&
  outputs.positioning !== undefined &&
  outputs.journey !== undefined &&
  outputs.prioritizer !== undefined;

export async function finishRun(
  store: RunStore,
  outputs: Partial<AgentOutputs>,
  manifest: RunManifest,
  draftKind: Roadmap['draftKind'],
): Promise<FinishedRun> {
  const language = outputs.brief?.language ?? manifest.brief.language;
  await store.writeText('draft.md', renderAnalysesMarkdown(outputs, language, draftKind));
  const previousRoadmap = await readRoadmap(store);
  if (!isComplete(outputs)) return { roadmap: null, previousRoadmap };
  // The run's start month, decisions and actuals apply to every re-arbitration; a changed roadmap is a new version.
  const { roadmap } = await publishFromOutputs(store, outputs, draftKind);
  return { roadmap, previousRoadmap };
}

/** The roadmap saved in the run directory, or null when there is none or it is not JSON (a hand edit gone wrong). */
export async function readRoadmap(store: RunStore): Promise<Roadmap | null> {
  const text = await store.readText(ROADMAP_FILE);
  if (text === null) return null;
  try {
    return JSON.parse(text) as Roadmap;
  } catch {
    return null;
  }
}

/**
 * Write a roadmap as the run's new version: the previous roadmap.json is kept under versions/N/ first, then
 * roadmap.json, roadmap.md, report.html, roadmap.csv, roadmap.ics and changes.md are written.
 */
export async function writeRoadmap(
  store: RunStore,
  roadmap: Roadmap,
  analyses: Partial<AgentOutputs>,
): Promise<void> {
  await publishRoadmap(store, roadmap, analyses);
}
