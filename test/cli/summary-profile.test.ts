// The stdout summary counts the open questions as roadmap.md shows them for its reader, and names roadmap-full.md.
import { describe, expect, it } from 'vitest';
import type { Language, Profile } from '../../agents/brief.js';
import { arbitrate } from '../../src/arbiter/index.js';
import { roadmapLine, summariseOutcome } from '../../src/cli/summary.js';
import { buildAnalyses } from '../render/analyses-builder.js';
import { completedOutcome } from '../support/run-outcome.js';

/** A roadmap for `profile` with no budget stated, so the arbiter asks more than three open questions. */
function roadmapFor(language: Language, profile: Profile) {
  const analyses = buildAnalyses(language);
  return arbitrate({
    ...analyses,
    brief: { ...analyses.brief, budget: null, profile },
    draftKind: 'offline',
  });
}

const outcome = completedOutcome;

describe('the summary of a run, per profile', () => {
  it('says a memo shows the first three open questions and roadmap-full.md has them all', () => {
    const roadmap = roadmapFor('en', 'executive');
    const count = roadmap.openQuestions.length;
    expect(count).toBeGreaterThan(3);
    expect(roadmapLine(roadmap)).toContain(
      `; ${count} open questions (the first 3 at the top of roadmap.md, all in roadmap-full.md).`,
    );
    expect(summariseOutcome(outcome(roadmap), '/tmp')).toContain(
      '  run/roadmap.md · run/roadmap-full.md · run/report.html · run/roadmap.json · run/draft.md',
    );
  });

  it('says it in French for a French checklist', () => {
    const roadmap = roadmapFor('fr', 'smb');
    const count = roadmap.openQuestions.length;
    expect(count).toBeGreaterThan(3);
    expect(roadmapLine(roadmap)).toContain(
      ` ; ${count} questions ouvertes (les 3 premières en tête de roadmap.md, toutes dans roadmap-full.md).`,
    );
    expect(summariseOutcome(outcome(roadmap), '/tmp')).toContain('run/roadmap-full.md');
  });

  it('keeps them all at the top of roadmap.md for a CMO, whose roadmap.md is the full plan, and names it once', () => {
    const roadmap = roadmapFor('en', 'cmo');
    const count = roadmap.openQuestions.length;
    expect(roadmapLine(roadmap)).toContain(`; ${count} open questions at the top of roadmap.md.`);
    const text = summariseOutcome(outcome(roadmap), '/tmp');
    expect(text).toContain('  run/roadmap.md · run/report.html · run/roadmap.json · run/draft.md');
    expect(text).not.toContain('roadmap-full.md');
  });
});
