// A completed run's outcome around a roadmap, for tests of what the CLI prints about it (no run folder is read).
import type { Roadmap } from '../../src/arbiter/index.js';
import type { RunOutcome } from '../../src/pipeline/draft.js';

export const completedOutcome = (roadmap: Roadmap): RunOutcome =>
  ({
    dir: '/tmp/run',
    manifest: { status: 'completed', brief: { language: roadmap.language } },
    roadmap,
    previousRoadmap: null,
    stale: [],
  }) as unknown as RunOutcome;
