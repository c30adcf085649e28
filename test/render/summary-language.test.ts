// The stdout summary speaks the brief's language: a French brief gets no English line.
import { describe, expect, it } from 'vitest';
import { arbitrate } from '../../src/arbiter/index.js';
import { movesLines, replanLines, roadmapLine } from '../../src/cli/summary.js';
import { buildAnalyses } from './analyses-builder.js';

const ENGLISH_WORDS =
  /\b(deferred|left out|goals covered|warnings?|open questions?|What moved|Re-planned|no model call)\b/;

describe('the stdout summary', () => {
  const fr = buildAnalyses('fr');
  const before = arbitrate({ ...fr, draftKind: 'offline' });
  const after = arbitrate({ ...fr, draftKind: 'offline' }, { budget: 500 });

  it('is all French for a French brief, moves and counts included', () => {
    const lines = replanLines(after, 3.25, '/tmp/run', before);
    const text = lines.join('\n');
    expect(text).not.toMatch(ENGLISH_WORDS);
    expect(lines[0]).toBe('Replanifié en 3,3 ms, sans appel au modèle : /tmp/run');
    expect(lines[1]).toMatch(
      /^ {2}Maintenant \d+, Ensuite \d+, Plus tard \d+ ; \d+ reportées?, \d+ écartées? ; objectifs couverts \d\/3 ;/,
    );
    expect(lines[2]).toBe('Ce qui a bougé :');
    // A move names the horizons by their French labels, never by their ids.
    expect(lines.slice(3).join('\n')).not.toMatch(/\b(now|next|later|deferred|excluded)\b/);
    expect(lines.length).toBeGreaterThan(3);
  });

  it('is English for an English brief, and points at the open questions when there are some', () => {
    const en = buildAnalyses('en');
    const roadmap = arbitrate({ ...en, brief: { ...en.brief, budget: null }, draftKind: 'offline' });
    const line = roadmapLine(roadmap);
    expect(line).toMatch(
      /^ {2}Now \d+, Next \d+, Later \d+; \d+ deferred, \d+ left out; goals covered \d\/3; /,
    );
    // This brief's reader is a small team: the checklist shows the first three, roadmap-full.md all of them.
    expect(line).toContain(
      `${roadmap.openQuestions.length} open questions (the first 3 at the top of roadmap.md, all in roadmap-full.md)`,
    );
    expect(movesLines(roadmap, roadmap)).toEqual(['What moved: nothing — the roadmap is unchanged.']);
  });
});
