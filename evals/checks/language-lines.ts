// language_lines: every line a user reads (roadmap.md, the printed summary, action titles and descriptions) is in the brief's language.

import { defineHonestyCheck } from './define-check.js';
import { roadmapActions } from './draft-view.js';
import { verdict } from './honesty-check.js';
import { countMarkers } from './language-markers.js';

/** A line needs at least this many words of the other language to be judged as written in it. */
const MIN_OTHER = 2;

/** What a line says, without what is not language: links, paths, code, ids and quoted brief text. */
function prose(line: string): string {
  return (
    line
      .replace(/`[^`]*`/gu, ' ')
      .replace(/\bhttps?:\/\/\S+/gu, ' ')
      .replace(/\S*\/\S*/gu, ' ')
      .replace(/«[^»]*»|“[^”]*”|"[^"]*"/gu, ' ')
      // A cited source keeps its own title's language ("repère : WordStream benchmarks for every industry").
      .replace(/\b(?:repère|repères|source|sources|benchmark|benchmarks|référence)\s?:[^)\n]*/giu, ' ')
      // "d" and "l" count as French only as elisions (d'un, l'offre); "58 d of 60 d" is English days.
      .replace(/(^|[^\p{L}])[dl](?![\p{L}'’])/giu, '$1 ')
  );
}

export const languageLines = defineHonestyCheck({
  name: 'language_lines',
  column: null,
  catches:
    "a user-facing line (roadmap.md, stdout summary, action title or description) not in the brief's language",
  plantedFault: null,
  run: (draft) => {
    const expected = draft.stated.language;
    const other = expected === 'fr' ? 'en' : 'fr';
    const lines: { where: string; line: string }[] = [];
    for (const line of (draft.roadmapMd ?? '').split('\n')) lines.push({ where: 'roadmap.md', line });
    for (const line of (draft.summary ?? '').split('\n')) lines.push({ where: 'summary', line });
    for (const a of roadmapActions(draft.roadmapJson)) {
      lines.push(
        { where: `${a.id} title`, line: a.title },
        { where: `${a.id} description`, line: a.description },
      );
    }
    const judged = lines.filter((l) => l.line.trim() !== '');
    const problems: string[] = [];
    for (const { where, line } of judged) {
      const counts = countMarkers(prose(line));
      if (counts[other] >= MIN_OTHER && counts[other] > counts[expected]) {
        problems.push(`${where} reads as ${other}: "${line.trim().slice(0, 90)}"`);
      }
    }
    return verdict(judged.length, problems, `${judged.length} lines in ${expected}`);
  },
});
