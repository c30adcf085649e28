// Les phrases de l'arbitre en français.
import { moneyText } from './money-text.js';
import { formatNumber } from './numbers.js';
import type {
  ActionFacts,
  AdjustmentRule,
  NumericField,
  Phrases,
  PlacementStory,
  ReferenceKind,
  RoomDetail,
} from './phrase-types.js';
import { figureOf, formatGrouped } from './reason-facts.js';
import type { OpenQuestionTopic } from './roadmap.js';

const n = (value: number) => formatNumber(value, 'fr');
/** « 600 € », comme le reste du document, jamais « 600 EUR ». */
const m = (value: number, currency: string) => moneyText(value, currency, 'fr');
const list = (ids: readonly string[]) => ids.join(', ');

const FIELD: Record<NumericField, string> = {
  reach: 'portée',
  impact: 'impact',
  confidence: 'confiance',
  effortDays: 'effort (jours)',
  cost: 'coût',
};

const RULE: Record<AdjustmentRule, string> = {
  not_a_number: 'absent ou non numérique',
  negative: 'négatif',
  below_minimum: 'sous le minimum',
  above_maximum: 'au-dessus du maximum',
  snapped: "ramené à l'échelle RICE 0,25/0,5/1/2/3",
  percent: 'lu comme un pourcentage',
};

const KIND: Record<ReferenceKind, string> = {
  goal: "l'objectif",
  persona: 'le persona',
  stage: "l'étape de parcours",
  swot: "l'élément SWOT",
  dependency: 'la dépendance',
};

const left = (value: number | null, unit: string) =>
  value === null ? 'aucune limite' : `il reste ${n(value)} ${unit}`;

export const PHRASES_FR: Phrases = {
  horizonLabel: (id) => ({ now: 'Maintenant', next: 'Ensuite', later: 'Plus tard' })[id],
  adjustment: (field, from, to, rule) => `${FIELD[field]} ${String(from)} → ${n(to)} (${RULE[rule]})`,
  formula: 'score = portée × impact × confiance ÷ effortJours × poidsObjectif × poidsProfil',
  rules: ({ wip, threshold, horizons }) => [
    "RICE : portée par trimestre × impact × confiance ÷ effort en jours-personne, puis × le poids de l'objectif servi (le meilleur s'il y en a plusieurs) × le poids du profil pour ce type d'objectif.",
    "Une portée ou un coût absent, négatif ou non numérique compte pour 0 ; un effort sous 0,5 jour compte pour 0,5 jour et plafonne à 10 000 jours ; une confiance au-dessus de 1 est lue comme un pourcentage et reste entre 0,5 et 1 ; l'impact est ramené à 0,25/0,5/1/2/3 (le palier inférieur en cas d'égalité) ; les montants plafonnent à 1 000 000 000 000.",
    "Un identifiant d'objectif écrit avec une autre casse est réparé ; une action sans objectif valide prend l'objectif unique s'il n'y en a qu'un, ou les objectifs des actions qui dépendent d'elle ; sinon elle est écartée.",
    'Deux actions au même identifiant sont distinguées par un suffixe (A3 → A3b) ; deux actions du même canal aux mêmes mots de titre sont fusionnées, la mieux notée est gardée.',
    `Horizons : ${horizons.map((h) => `${h.label} mois ${h.start}–${h.end}`).join(', ')} (0–3, 3–6, 6–fin ; un plan de 6 mois ou moins est coupé en trois). Le budget est réparti au prorata des mois et ce qu'un horizon ne dépense pas passe au suivant ; la capacité, elle, ne se reporte pas.`,
    `Travaux en cours par horizon : ${wip} par trimestre de l'horizon.`,
    "Chaque objectif reçoit d'abord sa meilleure action faisable, puis le reste suit l'ordre des scores ; une action va dans le premier horizon où budget, capacité et travaux en cours le permettent, jamais avant ses dépendances.",
    `Une action dont le score est sous ${n(threshold)} (1 % du meilleur score réalisable) est écartée, sauf si une action retenue dépend d'elle.`,
    "Les égalités sont départagées par l'identifiant de l'action.",
  ],

  budgetStated: (amount, currency, periodMonths, total, horizonMonths) =>
    `Budget : ${m(amount, currency)} ${periodMonths === 1 ? 'par mois' : `pour ${n(periodMonths)} mois`}, soit ${m(total, currency)} sur les ${horizonMonths} mois du plan.`,
  budgetNone: () =>
    "Aucun budget indiqué : les coûts sont affichés mais non plafonnés. Indiquez un budget pour qu'il soit respecté.",
  budgetReplaced: (amount, currency) => `Budget fixé par replan à ${m(amount, currency)}.`,
  budgetRemoved: () => 'Plafond de budget retiré par replan : les coûts sont affichés mais non plafonnés.',
  capacityFromHours: (hours, days) =>
    `Capacité : ${n(hours)} heures par semaine ÷ 7 heures par jour × 4,33 semaines par mois = ${n(days)} jours-personne par mois.`,
  capacityFromPeople: (people, days) =>
    `Capacité : ${n(people)} personnes × 35 heures par semaine (heures non indiquées) = ${n(days)} jours-personne par mois.`,
  capacityNone: () => "Aucune capacité d'équipe indiquée : l'effort est affiché mais non plafonné.",
  capacityReplaced: (days) => `Capacité fixée par replan à ${n(days)} jours-personne par mois.`,
  profileStated: (profile) => `Profil : ${profileName(profile)}.`,
  profileInferred: (profile, people) =>
    `Profil non indiqué : ${profileName(profile)} retenu pour une équipe ${people === null ? 'de taille inconnue' : `de ${n(people)} personne${people >= 2 ? 's' : ''}`}.`,
  profileReplaced: (profile) => `Profil choisi avec --profile : ${profileName(profile)}.`,
  horizonStated: (months) => `Horizon de planification : ${months} mois.`,
  currencyFallback: (currency, from) =>
    from === 'pricing'
      ? `Pas de devise de budget dans le brief : ${currency}, celle de la tarification, est retenue.`
      : `Pas de devise dans le brief ni dans la tarification : ${currency} est retenue.`,
  noGoals: () =>
    "Le brief n'indique aucun objectif : les actions sont classées sur le seul RICE (poids d'objectif 1).",
  constraintAdjusted: (what, from, to) => `${what} ${from} est hors limites : ${to} est utilisé à la place.`,

  referenceRepaired: (id, kind, from, to) => `${id} : ${KIND[kind]} ${from} est lu ${to}.`,
  referenceDropped: (id, kind, ref) => `${id} : ${KIND[kind]} ${ref} n'existe pas et a été retiré.`,
  goalFromOnlyGoal: (id, goalId) =>
    `${id} ne vise aucun objectif valide : rattachée au seul objectif, ${goalId}.`,
  goalInherited: (id, goalIds, fromIds) =>
    `${id} ne vise aucun objectif valide : elle sert ${list(goalIds)} à travers ${list(fromIds)}, qui dépendent d'elle.`,
  idRenamed: (originalId, newId) =>
    `Deux actions partageaient l'identifiant ${originalId} : l'une devient ${newId} ; les références à ${originalId} désignent l'autre.`,
  idAssigned: (newId, title) => `L'action « ${title} » n'avait pas d'identifiant : elle devient ${newId}.`,
  duplicateMerged: (droppedId, keptId) =>
    `${droppedId} répète ${keptId} (même canal, même titre) : ${keptId} est conservée.`,
  dependencyRedirected: (id, from, to) =>
    `${id} dépendait de ${from}, un doublon : elle dépend désormais de ${to}.`,
  inputsAdjusted: (id, adjustments) => `${id} : ${adjustments.join(' ; ')}.`,

  goalUncovered: (goalId, statement, candidates) =>
    candidates === 0
      ? `Aucune action ne sert l'objectif ${goalId} (« ${statement} »).`
      : `L'objectif ${goalId} (« ${statement} ») a ${candidates} action${candidates >= 2 ? 's' : ''} candidate${candidates >= 2 ? 's' : ''}, mais aucune n'entre dans le plan.`,
  personaUnserved: (personaId, name, candidates) =>
    candidates === 0
      ? `Aucune action ne vise le persona prioritaire ${personaId} (${name}).`
      : `Le persona prioritaire ${personaId} (${name}) n'est visé que par des actions hors du plan.`,
  threatUnanswered: (threatId, statement) =>
    `Aucune action du plan ne répond à la menace ${threatId} (« ${statement} »).`,
  differentiatorUnsupported: (statement, cited) =>
    cited.length === 0
      ? `Le différenciateur « ${statement} » ne cite aucune force.`
      : `Le différenciateur « ${statement} » cite ${list(cited)}, dont aucune n'est une force (S) existante.`,
  actionCurrency: (id, currency, expected) =>
    `${id} est chiffrée en ${currency}, pas en ${expected} : son coût est pris tel quel, en ${expected}.`,
  pricingCurrency: (currency, expected) => `La tarification est en ${currency}, le brief en ${expected}.`,
  tierCurrency: (tier, currency, expected) =>
    `L'offre « ${tier} » est en ${currency}, le brief en ${expected}.`,

  overBudget: (r: RoomDetail) =>
    `Coûte ${m(r.cost, r.currency)} ; même en « ${r.horizonLabel} », il ne reste que ${m(r.budgetLeft ?? 0, r.currency)}.`,
  overCapacity: (r) =>
    `Demande ${n(r.effortDays)} jours de travail ; le temps de l’équipe est pris jusqu’à la fin du plan (${left(r.capacityLeft, 'jours')} en « ${r.horizonLabel} »).`,
  wipLimit: (r) =>
    `« ${r.horizonLabel} » mène déjà ${r.wipLimit} actions de front, et les périodes précédentes n'avaient pas de place non plus : davantage disperserait l’équipe.`,
  dependencyDeferred: (deps) => `Attend ${list(deps)}, qui ne peut pas encore être planifiée.`,
  dependencyExcluded: (deps) => `Dépend de ${list(deps)}, écartée du plan.`,
  dependencyCycle: (cycle) =>
    `Ses dépendances tournent en rond (${list(cycle)}) : aucune ne peut commencer la première.`,
  noGoal: () => 'Ne sert aucun des objectifs du brief.',
  invalidReference: (refs) => `Ne vise que des objectifs qui n'existent pas (${list(refs)}).`,
  duplicate: (keptId) => `Répète ${keptId} (même canal, même titre), dont le score est au moins aussi bon.`,
  belowThreshold: (score, _threshold) =>
    score <= 0
      ? 'Elle ne touche (presque) personne : il n’y a rien à gagner.'
      : 'Trop peu de retour attendu pour le travail demandé (moins de 1 % de la meilleure action) : l’effort n’en vaut pas la peine pour l’instant.',

  rationale: (s) => {
    const f = s.facts;
    // La raison métier d'abord (l'objectif, le levier, ce qui existe déjà, la contrainte) ; le rang, au plus en fin de phrase.
    const lead =
      s.via === 'coverage'
        ? `Premier levier pour ${goalRef(s.goalId, s.goalStatement)}${f ? leverClauseFr(f, ' : ') : ''}`
        : s.via === 'dependency'
          ? `Préalable à ${s.neededBy}${f?.neededByTitle ? ` (${short(f.neededByTitle)})` : ''}${f ? leverClauseFr(f, ' : ') : ''}`
          : `${servesFr(f)}${f ? leverClauseFr(f, f.goals.length > 0 ? ' ' : '') : ''}`;
    const spend = f ? spendFr(f) : '';
    const after = s.afterDependency
      ? `après ${s.afterDependency.id}${depTitle(f, s.afterDependency.id)} (« ${s.afterDependency.horizonLabel} »)`
      : '';
    const pushed = pushedFr(s.pushedBy);
    const rank =
      s.via === 'coverage' && f && f.goalCandidates > 1
        ? ` (la meilleure des ${f.goalCandidates} candidates pour cet objectif)`
        : s.via === 'score' && s.rankedCount > 1
          ? ` (${s.rank === 1 ? '1re' : `${s.rank}e`} sur ${s.rankedCount} au rapport gain / effort)`
          : '';
    const where = `placée en « ${s.horizonLabel} »${after ? `, ${after}` : ''}${pushed ? `, car ${pushed}` : ''}${rank}`;
    const enabler = s.enabler
      ? ' ; gardée malgré un faible rendement propre, car une autre action en a besoin'
      : '';
    const opening = lead.trim() === '' ? '' : `${capitalise(lead)}${spend ? `, ${spend}` : ''}. `;
    return `${opening}${capitalise(where)}${enabler}.`;
  },

  openQuestion: (topic, goal) =>
    QUESTIONS_FR[topic](goal ? goalRef(goal.id, goal.statement) : 'cet objectif'),

  movedIn: (label, why) => `Entre en « ${label} » : ${why}`,
  movedOut: (where, why) =>
    where === 'gone'
      ? "N'est plus proposée par le priorisateur."
      : `${where === 'deferred' ? 'Reportée' : 'Écartée'} : ${why}`,
  movedHorizon: (from, to, why) => `Passe de « ${from} » à « ${to} » : ${why}`,
};

const CODE_FR: Record<'over_budget' | 'over_capacity' | 'wip_limit', string> = {
  over_budget: 'le budget est dépensé',
  over_capacity: 'le temps de l’équipe est pris',
  wip_limit: 'assez d’actions tournent déjà en même temps',
};

/** Le rôle du lecteur en mots ; une valeur inconnue est montrée telle quelle. */
const profileName = (profile: string) =>
  ({ executive: 'dirigeant·e', cmo: 'responsable marketing (CMO)', smb: 'PME / indépendant·e' })[profile] ??
  profile;

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Un énoncé d'objectif coupé à un mot vers 80 caractères, pour qu'un paragraphe collé n'écrase pas la phrase. */
function short(text: string, max = 80): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.\-–—]+$/, '')}…`;
}

const goalRef = (id: string | null, statement: string | null) =>
  id === null ? 'son objectif' : `l'objectif ${id}${statement ? ` (« ${short(statement)} »)` : ''}`;

/** Les seuls identifiants : les énoncés sont dans le tableau des objectifs, les répéter à chaque ligne noie la raison. */
function servesFr(f: ActionFacts | undefined): string {
  if (!f || f.goals.length === 0) return '';
  return `sert ${f.goals.map((g) => g.id).join(' et ')}`;
}

/** Le levier après l'objectif : « en s’appuyant sur « Newsletter » (2 400 inscrits) », « via publicités Meta ». */
function leverClauseFr(f: ActionFacts, joiner: string): string {
  const b = f.builtOn;
  if (b) {
    const figure = figureOf(b, (v) => formatGrouped(v, 'fr'));
    const verb =
      joiner === ' : '
        ? b.dormant
          ? 'réactive'
          : 's’appuie sur'
        : b.dormant
          ? 'en réactivant'
          : 'en s’appuyant sur';
    return `${joiner}${verb} « ${b.name} »${figure}${b.dormant ? ', inutilisé aujourd’hui' : ''}`;
  }
  return f.channel.trim() === '' ? '' : `${joiner}via ${f.channel.trim()}`;
}

/** Seulement qu'elle ne coûte rien : le coût lui-même, et s'il est plafonné, sont dits une fois ailleurs. */
function spendFr(f: ActionFacts): string {
  return f.cost <= 0 ? 'sans dépense' : '';
}

/** « le temps de l’équipe est pris en « Maintenant » et en « Ensuite » » : une proposition par règle. */
function pushedFr(pushedBy: PlacementStory['pushedBy']): string {
  const byCode = new Map<string, string[]>();
  for (const p of pushedBy) byCode.set(p.code, [...(byCode.get(p.code) ?? []), p.horizonLabel]);
  return [...byCode]
    .map(
      ([code, labels]) =>
        `${CODE_FR[code as keyof typeof CODE_FR]} en ${labels.map((l) => `« ${l} »`).join(' et en ')}`,
    )
    .join(', et ');
}

function depTitle(f: ActionFacts | undefined, id: string): string {
  const title = f?.dependencies.find((d) => d.id === id)?.title;
  return title ? ` (${short(title, 60)})` : '';
}

const QUESTIONS_FR: Record<OpenQuestionTopic, (goal: string) => { question: string; why: string }> = {
  goals: () => ({
    question: 'Quel objectif compte le plus sur la durée du plan, avec un chiffre et une date ?',
    why: 'Sans objectif, les actions sont classées sur leur portée et leur effort seulement ; un objectif chiffré fixe les priorités et les cibles des indicateurs.',
  }),
  budget: () => ({
    question: 'Quel est votre budget marketing, et pour quelle période (par mois, par an) ?',
    why: 'Les coûts sont affichés mais non plafonnés : un budget décide de ce qui tient dans chaque période et de ce qui attend.',
  }),
  capacity: () => ({
    question: 'Combien d’heures par semaine pouvez-vous (vous ou votre équipe) consacrer au marketing ?',
    why: 'L’effort est affiché mais non limité : les heures décident du nombre d’actions menées de front et du rythme semaine par semaine.',
  }),
  goal_target: (goal) => ({
    question: `Quel chiffre, à quelle date, vous dirait que ${goal} est atteint ?`,
    why: 'Tant que l’objectif n’est pas chiffré, les cibles de ses actions sont des estimations de Boussole.',
  }),
  goal_figure: (goal) => ({
    question: `Quel chiffre vous dirait que ${goal} est atteint ?`,
    why: 'Tant que l’objectif n’est pas chiffré, les cibles de ses actions sont des estimations de Boussole.',
  }),
  goal_baseline: (goal) => ({
    question: `Quel est le chiffre d’aujourd’hui pour ${goal} ?`,
    why: 'Les cibles se fixent en progression sur le chiffre d’aujourd’hui ; sans lui, elles restent des estimations.',
  }),
  goal_horizon: (goal) => ({
    question: `À quelle date ${goal} doit-il être atteint ?`,
    why: 'La date décide du moment où ses actions doivent commencer.',
  }),
  offer: () => ({
    question: 'Que vendez-vous, en quelques mots ?',
    why: 'Les titres et les messages nomment alors votre offre plutôt qu’un nom générique.',
  }),
  audience: () => ({
    question: 'Qui vous achète, et quels clients le plan doit-il toucher en premier ?',
    why: 'Les personas, les canaux et les messages sont choisis pour eux.',
  }),
  channels: () => ({
    question:
      'Quels canaux et quels acquis avez-vous déjà (newsletter, avis, réseaux sociaux, partenaires…), avec un chiffre pour chacun ?',
    why: 'Ce qui existe passe en premier : c’est en général le levier le moins cher et le plus rapide.',
  }),
  business_model: () => ({
    question: 'Vendez-vous à des entreprises, à des particuliers, ou aux deux ?',
    why: 'Un plan pour des entreprises et un plan pour des particuliers n’utilisent ni les mêmes canaux ni les mêmes étapes de vente.',
  }),
  competitors: () => ({
    question: 'À qui vos clients vous comparent-ils ?',
    why: 'Le positionnement et les contenus comparatifs ont besoin d’alternatives nommées.',
  }),
  calendar: () => ({
    question:
      'Quels sont vos mois les plus chargés, et quelles dates le plan doit-il tenir (saison, salon, lancement) ?',
    why: 'Le gros du travail est tenu hors des mois chargés et les actions sont avancées avant les échéances.',
  }),
};
