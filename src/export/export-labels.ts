// The words of the exports (CSV headers, statuses, calendar texts) in French and English.
import type { Language } from '../../agents/brief.js';
import type { ActionStatus, HorizonId } from '../arbiter/index.js';

export interface ExportLabels {
  headers: {
    id: string;
    title: string;
    horizon: string;
    start: string;
    end: string;
    goal: string;
    kpi: string;
    target: string;
    cost: string;
    effort: string;
    status: string;
    reason: string;
  };
  status: Record<ActionStatus | 'deferred' | 'excluded', string>;
  horizon: Record<HorizonId | 'deferred' | 'excluded', string>;
  /** CSV field separator: French spreadsheets split on `;` because `,` is their decimal mark. */
  delimiter: string;
  decimal: string;
  calendarName(company: string): string;
  eventTitle(id: string, title: string): string;
  eventDescription(parts: { kpi: string; target: string | null; end: string; why: string }): string;
  reviewTitle(company: string): string;
  reviewDescription(quarter: number): string;
}

const FR: ExportLabels = {
  headers: {
    id: 'id',
    title: 'action',
    horizon: 'horizon',
    start: 'début',
    end: 'fin',
    goal: 'objectif',
    kpi: 'KPI',
    target: 'cible',
    cost: 'coût',
    effort: 'effort (jours-personne)',
    status: 'statut',
    reason: 'raison',
  },
  status: {
    planned: 'prévue',
    not_started: 'pas commencée',
    on_track: 'en bonne voie',
    behind: 'en retard',
    done: 'terminée',
    stopped: 'arrêtée',
    deferred: 'pas maintenant',
    excluded: 'écartée',
  },
  horizon: {
    now: 'Maintenant',
    next: 'Ensuite',
    later: 'Plus tard',
    deferred: 'Pas maintenant',
    excluded: 'Écartée',
  },
  delimiter: ';',
  decimal: ',',
  calendarName: (company) => `Feuille de route marketing — ${company}`,
  eventTitle: (id, title) => `${id} · ${title}`,
  eventDescription: ({ kpi, target, end, why }) =>
    `KPI : ${kpi}${target ? ` — cible ${target}` : ''}\nÀ finir en : ${end}\nPourquoi : ${why}`,
  reviewTitle: (company) => `Revue trimestrielle de la feuille de route — ${company}`,
  reviewDescription: (quarter) =>
    `Trimestre ${quarter} : saisissez les résultats (mois, action, valeur, dépense) puis lancez « boussole review --run DOSSIER --actuals resultats.csv ».`,
};

const EN: ExportLabels = {
  headers: {
    id: 'id',
    title: 'action',
    horizon: 'horizon',
    start: 'start',
    end: 'end',
    goal: 'goal',
    kpi: 'KPI',
    target: 'target',
    cost: 'cost',
    effort: 'effort (person-days)',
    status: 'status',
    reason: 'reason',
  },
  status: {
    planned: 'planned',
    not_started: 'not started',
    on_track: 'on track',
    behind: 'behind',
    done: 'done',
    stopped: 'stopped',
    deferred: 'not now',
    excluded: 'left out',
  },
  horizon: { now: 'Now', next: 'Next', later: 'Later', deferred: 'Not now', excluded: 'Left out' },
  delimiter: ',',
  decimal: '.',
  calendarName: (company) => `Marketing roadmap — ${company}`,
  eventTitle: (id, title) => `${id} · ${title}`,
  eventDescription: ({ kpi, target, end, why }) =>
    `KPI: ${kpi}${target ? ` — target ${target}` : ''}\nFinish by: ${end}\nWhy: ${why}`,
  reviewTitle: (company) => `Quarterly roadmap review — ${company}`,
  reviewDescription: (quarter) =>
    `Quarter ${quarter}: enter the results (month, action, value, spend), then run "boussole review --run DIR --actuals results.csv".`,
};

export function exportLabelsFor(language: Language): ExportLabels {
  return language === 'fr' ? FR : EN;
}
