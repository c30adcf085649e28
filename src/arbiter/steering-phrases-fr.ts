// Les phrases du pilotage en français : dates, décisions, revues, changements.
import { monthName } from '../language/month-names.js';
import type { ReviewFigures, SteeringPhrases } from './steering-phrase-types.js';

const monthOf = (m: number) => monthName(m, 'fr');
const monthList = (months: number[]) => months.map(monthOf).join(', ');
const name = (month: string) => `${monthOf(Number(month.slice(5, 7)))} ${month.slice(0, 4)}`;
const why = (text: string | null) => (text ? ` : ${text}` : '');
const against = (f: ReviewFigures) => (f.target === null ? '' : ` pour un objectif de ${f.target}`);

export const STEERING_FR: SteeringPhrases = {
  monthName: name,
  monthOfYear: monthOf,

  startStated: (start) => `Le plan commence en ${name(start)} (mois 1).`,
  noStart: () =>
    'Aucun mois de départ : les mois sont relatifs (M1, M2…) et les saisons du brief ne sont pas appliquées.',
  busyStated: (months) =>
    `Mois chargés d'après le brief : ${monthList(months)} ; aucune action lourde n'y est placée.`,
  committedStated: (total, items) =>
    `Dépenses déjà engagées (${items.join(' ; ')}) : ${total}, décomptés du budget.`,
  committedOverBudget: (committed, budget) =>
    `Les dépenses déjà engagées (${committed}) dépassent le budget du plan (${budget}) : il ne reste rien à planifier.`,
  reviewStated: (asOf, spent, left) =>
    `Revue des résultats jusqu'à ${name(asOf)} : ${spent} dépensés${left === null ? '' : `, ${left} restent à planifier`} ; les mois passés sont figés.`,

  vetoed: (text) => (text ? `Votre décision : ${text}.` : 'Votre décision, sans raison donnée.'),
  stopped: (criterion, f) =>
    `Critère d'arrêt atteint : « ${criterion} » (${f.value} à fin ${name(f.asOf)}, ${f.spend} dépensés).`,
  busyMonths: (effort, months) =>
    `Demande ${String(effort).replace('.', ',')} jours-personne et aucun horizon n'offre de fenêtre hors des mois chargés (${monthList(months)}).`,
  lockedNoRoom: (label, reason) => `Fixée en « ${label} » par décision, mais elle n'y entre pas : ${reason}`,

  pinned: (label, text) =>
    `Retenue par décision${why(text)} ; placée en « ${label} », le premier horizon où elle entre.`,
  locked: (label, text) => `Fixée en « ${label} » par décision${why(text)}.`,
  forDeadline: (what, month, label) =>
    `Avancée en « ${label} » pour être prête avant l'échéance « ${what} » (${name(month)}).`,
  followUp: (ofId, label) =>
    `Mise en priorité en « ${label} » : c'est la suite de ${ofId}, qui va plus vite que prévu sur le même canal.`,
  continuing: (label) => `Déjà commencée d'après les résultats ; elle se poursuit en « ${label} ».`,
  done: () => 'Terminée : son objectif est atteint.',
  outsideBusy: (months) => ` Placée hors des mois chargés (${monthList(months)}).`,

  decisionApplied: (kind, id, detail) =>
    ({
      pin: `${id} est retenue coûte que coûte.`,
      veto: `${id} est écartée.`,
      lock: `${id} est fixée ${detail ?? ''}.`,
      set: `${id} : estimation remplacée (${detail ?? ''}).`,
    })[kind],
  decisionRenumbered: (from, to) => `L'action décidée sous ${from} porte désormais l'identifiant ${to}.`,
  decisionBlocked: (kind, id, reason) =>
    `${id} est ${kind === 'pin' ? 'retenue' : 'fixée'} par décision, mais ne peut pas être planifiée : ${reason}`,
  decisionOrphaned: (kind, id, title) =>
    `La décision « ${kind} » sur ${id} (« ${title} ») ne s'applique plus : aucune action ne lui correspond.`,
  decisionConflict: (id) => `${id} est à la fois écartée et retenue : l'écart l'emporte.`,
  setDetail: (cost, effort, target) =>
    [cost && `coût ${cost}`, effort && `effort ${effort}`, target && `cible ${target}`]
      .filter(Boolean)
      .join(', '),

  deadlineAtRisk: (id, what, month) =>
    `${id} sert l'échéance « ${what} » (${name(month)}) mais ne peut pas être terminée avant.`,
  actualsIgnored: (ids) => `Résultats ignorés pour des actions inconnues : ${ids.join(', ')}.`,

  statusDone: (f) => `Objectif atteint : ${f.value}${against(f)}, ${f.spend} dépensés.`,
  statusOnTrack: (f) =>
    `En bonne voie : ${f.value}${f.expected === null ? '' : ` (${f.expected} attendus à ce stade)`}${against(f)}, ${f.spend} dépensés.`,
  statusBehind: (f) =>
    `En retard : ${f.value}${f.expected === null ? '' : ` contre ${f.expected} attendus à ce stade`}${against(f)}, ${f.spend} dépensés.`,
  statusNotStarted: () => 'Pas encore commencée : aucun résultat déclaré.',
  statusStopped: (criterion, f) =>
    `Critère d'arrêt atteint : « ${criterion} » — ${f.value} à fin ${name(f.asOf)}, ${f.spend} dépensés.`,
  criterionUnread: (criterion) =>
    `Critère d'arrêt « ${criterion} » non chiffré : Boussole ne peut pas le vérifier, à juger par vous.`,
  overPerformer: (id, followUp, f) => {
    const pace =
      f.expected === null ? `${f.value}${against(f)}` : `${f.value} contre ${f.expected} attendus à ce stade`;
    return followUp === null
      ? `${id} va plus vite que prévu (${pace}) et n'a pas de suite sur le même canal : envisagez de lui donner plus de budget.`
      : `${id} va plus vite que prévu (${pace}) : sa suite sur le même canal, ${followUp}, passe en priorité dans le premier horizon ouvert.`;
  },

  changePromoted: (from, to, text) => `Avancée de « ${from} » à « ${to} » : ${text}`,
  changeDemoted: (from, to, text) => `Reculée de « ${from} » à « ${to} » : ${text}`,
  changeAdded: (to, text) => `Ajoutée en « ${to} » : ${text}`,
  changeRemoved: (text) => (text === null ? "N'est plus proposée." : `Sortie du plan : ${text}`),
  changeStopped: (text) => text,
  changeDone: (text) => text,
  changeDecided: (message) => message,
  monthsPassed: (label) => `Les mois de « ${label} » sont passés sans qu'elle commence.`,
  deferredLabel: 'Pas maintenant',
  excludedLabel: 'Écartées',
};
