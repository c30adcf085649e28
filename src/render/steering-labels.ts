// The words of the steering sections (changes, review, decisions, checks, what-if) in French and English.
import type { Language } from '../../agents/brief.js';
import type { ActionStatus, ChangeKind } from '../arbiter/index.js';

export interface SteeringLabels {
  changes: string;
  changesTitle(company: string): string;
  changesIntro(version: number, archived: number | null): string;
  noChanges: string;
  change: Record<ChangeKind, string>;
  colKind: string;
  colAction: string;
  colFromTo: string;
  colWhy: string;
  colStatus: string;
  colValue: string;
  colSpend: string;
  review: string;
  reviewIntro(asOf: string, spent: string, left: string | null): string;
  status: Record<ActionStatus, string>;
  overPerformers: string;
  decisions: string;
  decisionState: Record<'applied' | 'blocked' | 'orphaned', string>;
  checks: string;
  checksIntro: string;
  source: string;
  where: Record<'now' | 'next' | 'later' | 'deferred' | 'excluded' | 'none', string>;
  compareTitle(company: string): string;
  compareIntro: string;
  scenario: string;
  adds: string;
  removes: string;
  nothing: string;
  scheduledCount(n: number, spend: string): string;
  unlock: string;
  unlockIntro: string;
  unlockNone: string;
  notes: string;
  footer: string;
  /** `busy`: the brief's busy months in words, or null when it names none (the note then claims nothing about them). */
  scheduleNoteDated(start: string, busy: string | null): string;
}

const FR: SteeringLabels = {
  changes: 'Ce qui a changé',
  changesTitle: (company) => `Changements de la feuille de route — ${company}`,
  changesIntro: (version, archived) =>
    archived === null
      ? `Version ${version} de la feuille de route.`
      : `Version ${version} de la feuille de route ; la précédente est conservée telle quelle dans versions/${archived}/.`,
  noChanges: 'Rien n’a changé depuis la version précédente.',
  change: {
    promoted: 'Avancée',
    demoted: 'Reculée',
    stopped: 'Arrêtée',
    added: 'Ajoutée',
    removed: 'Retirée',
    done: 'Terminée',
    decided: 'Décision',
  },
  colKind: 'Changement',
  colAction: 'Action',
  colFromTo: 'Avant → après',
  colWhy: 'Pourquoi',
  colStatus: 'Statut',
  colValue: 'Résultat',
  colSpend: 'Dépensé',
  review: 'Revue des résultats',
  reviewIntro: (asOf, spent, left) =>
    `Résultats jusqu’à ${asOf} : ${spent} dépensés${left === null ? '' : ` ; ${left} restent à planifier`}. Les mois passés sont figés, les suivants ré-arbitrés.`,
  status: {
    planned: 'prévue',
    not_started: 'pas commencée',
    on_track: 'en bonne voie',
    behind: 'en retard',
    done: 'terminée',
    stopped: 'arrêtée',
  },
  overPerformers: 'Au-dessus des objectifs',
  decisions: 'Vos décisions',
  decisionState: { applied: 'appliquée', blocked: 'bloquée', orphaned: 'sans action' },
  checks: 'Points de vigilance',
  checksIntro:
    'Le plan comparé aux usages courants du marketing ; la source de chaque repère est en annexe (notes techniques).',
  source: 'Source',
  where: {
    now: 'Maintenant',
    next: 'Ensuite',
    later: 'Plus tard',
    deferred: 'Pas maintenant',
    excluded: 'Écartée',
    none: '—',
  },
  compareTitle: (company) => `Scénarios comparés — ${company}`,
  compareIntro: 'Chaque scénario est ré-arbitré à part ; la feuille de route actuelle ne change pas.',
  scenario: 'Scénario',
  adds: 'Entre dans le plan',
  removes: 'Sort du plan',
  nothing: 'rien',
  scheduledCount: (n, spend) => `${n} action(s) planifiée(s), ${spend} prévus`,
  unlock: 'Ce qui débloquerait la suite',
  unlockIntro: 'Les actions juste hors budget ou hors capacité, et ce qu’il faudrait pour chacune :',
  unlockNone: 'Aucune action n’attend seulement du budget ou de la capacité.',
  notes: 'Notes',
  footer: 'Écrit par Boussole, sans appel à un modèle : les mêmes entrées donnent le même fichier.',
  scheduleNoteDated: (start, busy) =>
    `Le plan commence en ${start}. Chaque action occupe ses propres mois dans son horizon ; un travail récurrent court ensuite jusqu’à la fin du plan${busy === null ? '.' : ` ; le gros du travail évite les mois chargés indiqués dans le brief (${busy}).`}`,
};

const EN: SteeringLabels = {
  changes: 'What changed',
  changesTitle: (company) => `Roadmap changes — ${company}`,
  changesIntro: (version, archived) =>
    archived === null
      ? `Version ${version} of the roadmap.`
      : `Version ${version} of the roadmap; the previous one is kept unchanged in versions/${archived}/.`,
  noChanges: 'Nothing changed since the previous version.',
  change: {
    promoted: 'Brought forward',
    demoted: 'Pushed back',
    stopped: 'Stopped',
    added: 'Added',
    removed: 'Removed',
    done: 'Done',
    decided: 'Decision',
  },
  colKind: 'Change',
  colAction: 'Action',
  colFromTo: 'Before → after',
  colWhy: 'Why',
  colStatus: 'Status',
  colValue: 'Result',
  colSpend: 'Spent',
  review: 'Results review',
  reviewIntro: (asOf, spent, left) =>
    `Results up to ${asOf}: ${spent} spent${left === null ? '' : `; ${left} left to plan`}. Past months are frozen, the rest re-arbitrated.`,
  status: {
    planned: 'planned',
    not_started: 'not started',
    on_track: 'on track',
    behind: 'behind',
    done: 'done',
    stopped: 'stopped',
  },
  overPerformers: 'Beating their targets',
  decisions: 'Your decisions',
  decisionState: { applied: 'applied', blocked: 'blocked', orphaned: 'no action' },
  checks: 'Sanity checks',
  checksIntro:
    'The plan against common marketing practice; the source of each yardstick is in the appendix (technical notes).',
  source: 'Source',
  where: { now: 'Now', next: 'Next', later: 'Later', deferred: 'Not now', excluded: 'Left out', none: '—' },
  compareTitle: (company) => `Scenarios compared — ${company}`,
  compareIntro: 'Each scenario is re-arbitrated on its own; the current roadmap does not change.',
  scenario: 'Scenario',
  adds: 'Comes into the plan',
  removes: 'Leaves the plan',
  nothing: 'nothing',
  scheduledCount: (n, spend) => `${n} action(s) scheduled, ${spend} planned`,
  unlock: 'What would unlock more',
  unlockIntro: 'The actions just outside the budget or capacity, and what each needs:',
  unlockNone: 'No action is waiting only for budget or capacity.',
  notes: 'Notes',
  footer: 'Written by Boussole with no model call: the same inputs give the same file.',
  scheduleNoteDated: (start, busy) =>
    `The plan starts in ${start}. Each action takes its own months within its horizon; recurring work then runs on to the end of the plan${busy === null ? '.' : `; heavy work avoids the busy months the brief names (${busy}).`}`,
};

export function steeringLabelsFor(language: Language): SteeringLabels {
  return language === 'fr' ? FR : EN;
}
