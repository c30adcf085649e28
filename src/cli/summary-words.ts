// The stdout summary's wording, in the brief's language: a French brief gets a French summary.
import type { Language } from '../../agents/brief.js';

export interface SummaryWords {
  completed: (dir: string) => string;
  interrupted: (dir: string) => string;
  continueWith: (dir: string) => string;
  failed: (agent: string | null, message: string) => string;
  unknownError: string;
  keptIn: (dir: string) => string;
  lastAnswer: (file: string) => string;
  retry: (dir: string) => string;
  stale: (agents: string) => string;
  counts: (input: {
    horizons: string;
    deferred: number;
    excluded: number;
    covered: number;
    goals: number;
    warnings: number;
    questions: number;
    /** How many of them roadmap.md shows (a memo or checklist shows the first few), and where all of them are. */
    shown: number;
    fullPlan: string;
  }) => string;
  replanned: (ms: string, dir: string) => string;
  nothingMoved: string;
  whatMoved: string;
  deferred: string;
  excluded: string;
  notACandidate: string;
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;
const pluralFr = (count: number, one: string, many: string) => `${count} ${count <= 1 ? one : many}`;

const EN: SummaryWords = {
  completed: (dir) => `Run completed: ${dir}`,
  interrupted: (dir) => `Run interrupted: finished outputs are kept in ${dir}.`,
  continueWith: (dir) => `  Continue with: boussole draft --resume ${dir}`,
  failed: (agent, message) => `Run failed${agent ? ` at the ${agent} agent` : ''}: ${message}`,
  unknownError: 'unknown error',
  keptIn: (dir) => `  Finished outputs are kept in ${dir}.`,
  lastAnswer: (file) => `  The model's last answer is in ${file}.`,
  retry: (dir) => `  Retry the missing agents with: boussole draft --resume ${dir}`,
  stale: (agents) => `  Now stale (their inputs changed): ${agents} — rerun with --cascade to refresh them.`,
  counts: (c) =>
    `  ${c.horizons}; ${c.deferred} deferred, ${c.excluded} left out; goals covered ${c.covered}/${c.goals}; ${plural(c.warnings, 'warning', 'warnings')}${c.questions > 0 ? `; ${plural(c.questions, 'open question', 'open questions')} ${c.shown < c.questions ? `(the first ${c.shown} at the top of roadmap.md, all in ${c.fullPlan})` : 'at the top of roadmap.md'}` : ''}.`,
  replanned: (ms, dir) => `Re-planned in ${ms} ms, no model call: ${dir}`,
  nothingMoved: 'What moved: nothing — the roadmap is unchanged.',
  whatMoved: 'What moved:',
  deferred: 'not now',
  excluded: 'left out',
  notACandidate: 'not a candidate',
};

const FR: SummaryWords = {
  completed: (dir) => `Terminé : ${dir}`,
  interrupted: (dir) => `Interrompu : les résultats terminés sont gardés dans ${dir}.`,
  continueWith: (dir) => `  Pour reprendre : boussole draft --resume ${dir}`,
  failed: (agent, message) => `Échec${agent ? ` à l’agent ${agent}` : ''} : ${message}`,
  unknownError: 'erreur inconnue',
  keptIn: (dir) => `  Les résultats terminés sont gardés dans ${dir}.`,
  lastAnswer: (file) => `  La dernière réponse du modèle est dans ${file}.`,
  retry: (dir) => `  Relancer les agents manquants : boussole draft --resume ${dir}`,
  stale: (agents) =>
    `  Désormais périmés (leurs entrées ont changé) : ${agents} — relancez avec --cascade pour les rafraîchir.`,
  counts: (c) =>
    `  ${c.horizons} ; ${pluralFr(c.deferred, 'reportée', 'reportées')}, ${pluralFr(c.excluded, 'écartée', 'écartées')} ; objectifs couverts ${c.covered}/${c.goals} ; ${pluralFr(c.warnings, 'point d’attention', 'points d’attention')}${c.questions > 0 ? ` ; ${pluralFr(c.questions, 'question ouverte', 'questions ouvertes')} ${c.shown < c.questions ? `(${c.shown === 1 ? 'la première' : `les ${c.shown} premières`} en tête de roadmap.md, toutes dans ${c.fullPlan})` : 'en tête de roadmap.md'}` : ''}.`,
  replanned: (ms, dir) => `Replanifié en ${ms} ms, sans appel au modèle : ${dir}`,
  nothingMoved: 'Ce qui a bougé : rien — la feuille de route est inchangée.',
  whatMoved: 'Ce qui a bougé :',
  deferred: 'pas maintenant',
  excluded: 'écartée',
  notACandidate: 'pas candidate',
};

export function summaryWords(language: Language): SummaryWords {
  return language === 'fr' ? FR : EN;
}
