// open_questions: what the brief leaves unknown (budget, goals, capacity) is asked about, and never shown as a zero.

import { defineHonestyCheck } from './define-check.js';
import type { DraftView, Unknown } from './draft-view.js';
import { verdict } from './honesty-check.js';
import { textValues } from './stop-words.js';
import { mentionsAny } from './word-match.js';

const HEADING =
  /^#{1,6}\s.*\b(open questions|questions ouvertes|questions en suspens|questions to answer|questions à trancher|à préciser|ce qu'il nous manque|what we need to know)\b/iu;
const ABOUT: Record<Unknown, string[]> = {
  budget: ['budget', 'spend', 'depenser', 'investir', 'enveloppe'],
  capacity: [
    'hour',
    'heure',
    'time',
    'temps',
    'capacity',
    'capacite',
    'team',
    'equipe',
    'people',
    'personne',
    'disponib',
  ],
  goals: ['goal', 'objectif', 'target', 'cible', 'how many', 'combien', 'chiffre'],
};
/** "0 € / 0 €", "0 € sur 0 €", "$0 of $0", "Budget : 0 €": an unknown budget presented as none. */
const ZERO_BUDGET = [
  /(?:^|[^\d.,])0\s?(?:€|EUR|\$|£|GBP|USD)\s*(?:sur|of|\/)\s*(?:€|\$|£)?\s?0(?:\s?(?:€|EUR|GBP|USD))?(?![\d.,])/u,
  /(?:^|[^\d.,])[$£€]0\s*(?:of|\/)\s*[$£€]0(?![\d.,])/u,
  /\bbudget\b[^|\n\d]{0,30}:\s*\**\s*(?:[$£€]\s?)?0\s?(?:€|EUR|\$|£|GBP|USD)?(?![\d.,])/iu,
];

/** The lines of roadmap.md under an open-questions heading (what a reader sees), or else roadmap.json's list of questions. */
function questionText(draft: DraftView): string | null {
  const md = draft.roadmapMd;
  if (md !== null) {
    const lines = md.split('\n');
    const at = lines.findIndex((l) => HEADING.test(l));
    if (at >= 0) {
      const level = (lines[at]?.match(/^#+/u)?.[0] ?? '#').length;
      const end = lines.findIndex(
        (l, i) => i > at && /^#+\s/u.test(l) && (l.match(/^#+/u)?.[0] ?? '').length <= level,
      );
      return lines.slice(at + 1, end === -1 ? undefined : end).join('\n');
    }
    return null;
  }
  const roadmap = draft.roadmapJson;
  if (typeof roadmap === 'object' && roadmap !== null) {
    const entry = Object.entries(roadmap).find(([key]) => /question/iu.test(key));
    if (entry) return textValues(entry[1]).join('\n');
  }
  return null;
}

export const openQuestions = defineHonestyCheck({
  name: 'open_questions',
  column: null,
  catches:
    'an unknown budget, goal or capacity with no open question about it, or an unknown budget shown as zero',
  plantedFault: null,
  run: (draft) => {
    const unknown = draft.stated.unknown;
    const problems: string[] = [];
    const questions = questionText(draft);
    if (unknown.length > 0 && questions === null)
      problems.push(`the brief leaves ${unknown.join(', ')} unknown and the roadmap asks no open question`);
    else if (questions !== null) {
      for (const item of unknown) {
        if (!mentionsAny(questions, ABOUT[item]))
          problems.push(`the open questions do not ask about the ${item === 'goals' ? 'goals' : item}`);
      }
    }
    if (unknown.includes('budget')) {
      const shown = [draft.roadmapMd ?? '', draft.summary ?? '']
        .flatMap((t) => t.split('\n'))
        .find((line) => ZERO_BUDGET.some((re) => re.test(line)));
      if (shown)
        problems.push(
          `no budget is stated, yet the draft shows a zero budget: "${shown.trim().slice(0, 80)}"`,
        );
    }
    return verdict(
      Math.max(unknown.length, 1),
      problems,
      unknown.length === 0 ? 'nothing essential unknown' : `asks about ${unknown.join(', ')}`,
    );
  },
});
