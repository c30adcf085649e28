// Goals that name a project ("lancer le click & collect", "launch a loyalty programme"): what to deliver, of which kind.
import type { Goal } from '../../../agents/brief.js';
import { PROJECT_FILLERS, PROJECT_KINDS, PROJECT_VERBS, type ProjectKind } from '../knowledge/projects.js';
import { keywordsIn, normaliseText } from '../knowledge/text-match.js';
import { fold } from '../reader/text.js';

export interface ProjectGoal {
  goal: Goal;
  kind: ProjectKind;
  /** The project as the goal names it, with its article: "le click & collect", "a loyalty programme". */
  project: string;
}

const VERB = new RegExp(
  `^(?:${PROJECT_VERBS.map((verb) => verb.replace(/ /g, '\\s+')).join('|')})(?![a-z])\\s*`,
  'u',
);
/** Adverbs between the verb and its object that the title does not need: "lancer enfin le…". */
const ADVERB = /^(?:enfin|finally|vraiment|really|aussi|also|d'abord|first)\s+/u;
/** Where the project's name stops: an aside, a clause, a dash. */
const PROJECT_END = /\s*(?:\(|,|;|:|\.|\s-\s|\s(?:pour|for|afin|so that|to|d'ici|by|within|en|in)\s)/u;

/**
 * The goal's project when it names one and sets no number ("Lancer enfin le click & collect (commande en ligne,
 * retrait en boutique)"); null for a goal with a target, which is measured, not delivered.
 */
export function projectOf(goal: Goal): ProjectGoal | null {
  if (goal.target !== null) return null;
  const text = goal.statement.trim();
  const folded = fold(text);
  const verb = VERB.exec(folded);
  if (!verb) return null;
  let start = verb[0].length;
  const adverb = ADVERB.exec(folded.slice(start));
  if (adverb) start += adverb[0].length;
  const rest = text.slice(start);
  const end = PROJECT_END.exec(rest);
  const project = (end ? rest.slice(0, end.index) : rest).trim();
  const meaningful = normaliseText(project)
    .trim()
    .split(' ')
    .filter((word) => word !== '' && !PROJECT_FILLERS.includes(word));
  if (meaningful.length === 0 || meaningful.length > 8) return null;
  const statement = normaliseText(text);
  const kind =
    PROJECT_KINDS.find((candidate) => keywordsIn(statement, candidate.keywords).length > 0) ??
    PROJECT_KINDS.find((candidate) => candidate.id === 'generic')!;
  return { goal, kind, project };
}

/** The brief's project goals, in goal order. */
export function projectGoals(goals: readonly Goal[]): ProjectGoal[] {
  return goals.flatMap((goal) => {
    const found = projectOf(goal);
    return found === null ? [] : [found];
  });
}
