// Ce qui change selon le lecteur, en français.
import type { DeliverableLabels } from './deliverable-label-types.js';

export const DELIVERABLE_FR: DeliverableLabels = Object.freeze<DeliverableLabels>({
  openQuestions: 'Questions ouvertes',
  openQuestionsIntro:
    'Le brief ne dit pas ce qui suit. Le plan tient sans ces réponses, mais chacune le changerait ; les plus importantes d’abord.',
  answerIn: (field: string) => `dans brief.yaml : ${field}`,
  howToAnswer:
    'Pour répondre : écrivez les réponses dans brief.yaml (ou dans brief.read.yaml, dans le dossier de ce run, quand le brief a été lu depuis un texte libre) puis relancez le brouillon, ou lancez « boussole init » pour y répondre une à une. Un budget ou une capacité d’équipe s’essaient tout de suite avec « boussole replan --run DOSSIER --budget N » (ou « --capacity-days N »).',

  moreQuestions: (more: number, file: string) =>
    `${more === 0 ? 'Pourquoi chacune compte' : `${more} autre${more > 1 ? 's' : ''} question${more > 1 ? 's' : ''} et pourquoi chacune compte`} : voir ${file}. Pour répondre : complétez brief.yaml (ou brief.read.yaml dans ce run) et relancez, ou lancez « boussole init ».`,

  readerStated: (profile: string) =>
    `Document pour : ${profile}, d’après le brief. Pour une autre lecture, --profile executive (note de décision), cmo (plan complet) ou smb (semaine par semaine).`,
  readerChosen: (profile: string) =>
    `Document pour : ${profile}, choisi avec --profile. Autres lectures : --profile executive (note de décision), cmo (plan complet) ou smb (semaine par semaine).`,
  readerDefault: (profile: string) =>
    `Profil par défaut : ${profile} (le brief ne dit pas qui lira ce plan) ; changez-le avec --profile executive (note de décision), cmo (plan complet) ou smb (semaine par semaine), dans boussole draft ou boussole replan.`,
  fullPlanAlongside: (file: string) =>
    `Le plan complet (calendrier, actions horizon par horizon, indicateurs, hypothèses, analyses) est écrit à côté, dans ${file} et report.html.`,

  noSpend: 'sans dépense',
  plannedSpend: 'Dépenses prévues',
  spendNotCapped: (spend: string) => `${spend}, sans plafond : le brief n’indique pas de budget`,
  estimatedCost: (cost: string) => `environ ${cost}`,
  budgetNotStated: 'budget non indiqué',

  memo: 'Note de décision',
  memoLead: ({ company, actions, months, goals, spend }) =>
    `${company === '' ? 'Le plan' : company} : ${actions} sur ${months} mois, ${goals} ; ${spend}.`,
  bets: 'Les trois paris',
  colWhen: 'Quand',
  budgetSplit: 'Où va l’argent',
  colShare: 'Part',
  budgetSplitNone: 'Aucune action prévue ne coûte d’argent : le plan repose sur le seul temps de l’équipe.',
  budgetSplitUnknown: (spend: string) =>
    `Le brief n’indique pas de budget : les ${spend} ci-dessous sont des estimations, non plafonnées. Indiquez un budget pour que le plan s’y tienne.`,
  budgetLeft: (left: string, total: string) =>
    `${left} sur les ${total} disponibles ne sont pas prévus : une réserve.`,
  committedSpend: (amount: string) => `Déjà engagé dans le brief : ${amount}, compté dans le budget.`,
  otherChannels: (count: number) => `${count} autres canaux`,
  noChannel: 'canal non précisé',
  notDoing: 'Ce que nous ne faisons pas, délibérément',
  ruledOutByBrief: 'Exclu par votre brief',
  notDoingNothing: 'Toutes les actions candidates sont dans le plan, et le brief n’exclut rien.',
  notDoingMore: (count: number) =>
    `…et ${count} autre${count > 1 ? 's' : ''} dans « Pas maintenant » et « Délibérément écartées » plus bas.`,
  kpisToWatch: 'Cinq indicateurs à suivre',
  colBy: 'Échéance',
  noKpi: 'Aucune action prévue n’a encore d’indicateur.',

  checklist: 'Semaine par semaine',
  paceFromBrief: (hours: string) =>
    `Chaque étape dans l’ordre où la mener, au rythme des ${hours} heures par semaine que votre brief consacre au marketing. Cochez chaque ligne au fil de l’eau.`,
  paceFromCapacity: (hours: string) =>
    `Chaque étape dans l’ordre où la mener, au rythme d’environ ${hours} heures par semaine (la capacité d’équipe du plan). Cochez chaque ligne au fil de l’eau.`,
  paceUnknown:
    'Votre brief ne dit pas combien d’heures par semaine vous pouvez consacrer au marketing : cette liste donne l’ordre et les heures de chaque étape, pas les semaines. Répondez à la question ouverte sur les heures pour obtenir un rythme hebdomadaire.',
  weeks: (from: number, to: number) => (from === to ? `Semaine ${from}` : `Semaines ${from} à ${to}`),
  checkKpi: (kpi: string) => `une fois fait, suivre ${kpi}`,
  totalHours: (hours: string) => `${hours} h en tout`,
  setupThenRecurring: (hours: string, cadence: string) => `${hours} h pour la mise en place, puis ${cadence}`,
  colHow: 'Comment',
  cadence: {
    weekly: 'chaque semaine',
    fortnightly: 'tous les quinze jours',
    monthly: 'une fois par mois',
    quarterly: 'une fois par trimestre',
  },
  recurringNote: (cadence: string) => `À refaire ${cadence} après la mise en place.`,
  thenRecurring: (cadence: string) => `, puis ${cadence}`,
  technicalNotes: 'Annexe : notes techniques',
  checkSources: 'Sources des repères de marché (seuils dans src/arbiter/data/sanity-thresholds.json) :',
  technicalNotesIntro:
    'Ce que Boussole a corrigé dans les données des agents avant de décider (identifiants, références, doublons, valeurs hors limites). Rien à faire de votre côté ; utile pour qui vérifie le brouillon.',
  pausedWeeks: 'pause : mois chargé d’après votre brief, aucun travail marketing prévu',
  emptyChecklist: 'Rien n’est encore planifié : il n’y a rien à faire semaine par semaine.',

  scoreAppendix: 'Annexe : comment les actions ont été notées',
  scoreAppendixIntro:
    'Le calcul derrière chaque décision, pour qui veut le vérifier : score = portée par trimestre × impact × confiance ÷ effort en jours-personne (RICE), × le poids de l’objectif servi × le poids du profil. Les décisions plus haut sont expliquées en mots ; ces chiffres ne servent qu’à classer les actions entre elles.',
  colWhere: 'Placée',
  colRice: 'RICE',
  colGoalWeight: 'Poids objectif',
  colProfileWeight: 'Poids profil',
  colEffortDays: 'Effort (jours)',
  notScored: 'non notée',
});
