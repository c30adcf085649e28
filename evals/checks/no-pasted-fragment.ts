// no_pasted_fragment: no action title carries five consecutive words of the brief (a sentence fragment used as a slot).

import { defineHonestyCheck } from './define-check.js';
import { type DraftView, roadmapActions } from './draft-view.js';
import { verdict } from './honesty-check.js';
import { FILLER_WORDS, words } from './word-match.js';

const RUN = 5;
/** A run of five that is nearly all filler ("de la ville de nantes") is phrasing, not a pasted fragment. */
const MIN_CONTENT_WORDS = 2;

function runs(list: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i + RUN <= list.length; i += 1) {
    const run = list.slice(i, i + RUN);
    if (run.filter((w) => !FILLER_WORDS.has(w)).length >= MIN_CONTENT_WORDS) out.push(run.join(' '));
  }
  return out;
}

/** The title's words with the names it may rightly repeat (the company's, the competitors') cut out. */
function titleSegments(title: string, names: readonly string[][]): string[][] {
  let segments = [words(title)];
  for (const name of names) {
    if (name.length === 0) continue;
    segments = segments.flatMap((segment) => {
      const parts: string[][] = [];
      let from = 0;
      for (let i = 0; i + name.length <= segment.length; i += 1) {
        if (name.every((w, k) => segment[i + k] === w)) {
          parts.push(segment.slice(from, i));
          from = i + name.length;
          i = from - 1;
        }
      }
      parts.push(segment.slice(from));
      return parts;
    });
  }
  return segments;
}

function titles(draft: DraftView): { id: string; title: string }[] {
  const seen = new Set<string>();
  const all = [
    ...(draft.agents.prioritizer?.actions ?? []).map((a) => ({ id: a.id, title: a.title })),
    ...roadmapActions(draft.roadmapJson).map((a) => ({ id: a.id, title: a.title })),
  ];
  return all.filter((t) => {
    if (seen.has(t.title)) return false;
    seen.add(t.title);
    return true;
  });
}

export const noPastedFragment = defineHonestyCheck({
  name: 'no_pasted_fragment',
  column: 'paste',
  catches:
    'an action title that pastes five consecutive words of the brief (a sentence fragment used as an offer, keyword or name)',
  plantedFault: 'pasted_fragment',
  run: (draft) => {
    const briefRuns = new Set(runs(words(draft.sourceText)));
    const names = [
      draft.stated.company,
      draft.brief?.company.name ?? null,
      ...(draft.brief?.competitors ?? []),
    ]
      .filter((n): n is string => n !== null && n.trim() !== '')
      .map(words)
      .sort((a, b) => b.length - a.length);
    const list = titles(draft);
    const problems: string[] = [];
    for (const { id, title } of list) {
      const pasted = titleSegments(title, names)
        .flatMap(runs)
        .find((run) => briefRuns.has(run));
      if (pasted !== undefined) problems.push(`${id} "${title}" pastes "${pasted}" from the brief`);
    }
    return verdict(list.length, problems, `${list.length} titles, none pastes five words of the brief`);
  },
});
