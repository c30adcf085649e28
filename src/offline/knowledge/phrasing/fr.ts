// French phrasing for the offline drafters: analyses (SWOT, personas, positioning, journey) and shared wording.
import { CURRENCY_SYMBOLS } from '../currencies.js';
import { formatNumber } from './format-number.js';
import { de, FR_ACTIONS } from './fr-actions.js';
import type { Phrasing } from './phrasing.js';

const number = (value: number) => formatNumber(value, ' ', ',');
const list = (items: readonly string[]) =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} et ${items[items.length - 1]}`;
const lower = (text: string) =>
  /^[A-ZÀ-Ý][a-zà-ÿ]/.test(text) ? text[0]!.toLowerCase() + text.slice(1) : text;
const upper = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const inMarket = (market: string | null) => (market ? ` (${market})` : '');

export const FR: Phrasing = {
  number,
  money: (amount, currency) => `${number(amount)} ${CURRENCY_SYMBOLS[currency] ?? currency}`,
  list,
  quote: (text) => `« ${text} »`,
  businessModel: {
    B2B: 'B2B',
    B2C: 'B2C',
    B2B2C: 'B2B2C',
    B2G: 'secteur public',
    marketplace: 'place de marché',
    other: '',
  },

  assumeNoBudget: 'aucun budget indiqué : hypothèse d’actions sans achat média',
  assumeCapacity: (hours) =>
    `aucune équipe indiquée : hypothèse d’une personne environ ${number(hours)} h par semaine`,
  assumeNoGoals:
    'aucun objectif indiqué : hypothèse que le but est de gagner les premiers clients ; ajoutez des objectifs chiffrés pour obtenir des cibles de KPI',
  assumeModel: (model) => `modèle économique non indiqué : hypothèse ${model}`,
  assumeCurrency: (currency) => `aucune devise indiquée : hypothèse ${currency}`,
  assumeNoAudience: 'hypothèse : aucune cible indiquée dans le brief',

  strengthFigure: {
    reviews: (p) => `${p.value} avis sur ${p.channel} : une preuve sociale sur laquelle s’appuyer`,
    rating: (p) => `Une note de ${p.value}/5 sur ${p.channel}`,
    followers: (p) => `Une audience de ${p.value} abonnés sur ${p.channel}`,
    subscribers: (p) => `${p.value} contacts sur ${p.channel}, une audience qui appartient à l’entreprise`,
    visits: (p) => `${p.value} visites sur ${p.channel} : un trafic existant à convertir`,
    cpc: (p) => `Un coût par clic bas sur ${p.channel} (${p.value})`,
    conversion: (p) => `Un taux de conversion de ${p.value} % sur ${p.channel}`,
    open_rate: (p) => `Un taux d’ouverture de ${p.value} % sur ${p.channel} : une liste engagée`,
    customers: (p) => `${p.value} clients déjà conquis (${p.channel})`,
  },
  strengthBudget: (budget, months) =>
    `Un budget marketing de ${budget} sur ${months} mois, de quoi tester des canaux payants`,
  strengthTeam: (people, hours) =>
    `Une équipe marketing de ${number(people)} personne(s) (${number(hours)} h par semaine)`,
  strengthStage: (stage) =>
    stage === 'mature'
      ? 'Une entreprise installée avec une clientèle fidèle'
      : 'Une entreprise en croissance avec des clients qui achètent déjà',
  strengthMarkets: (markets) => `Déjà présente sur ${list(markets)}`,
  strengthOffer: (offer) => `Une offre claire et précise : ${offer}`,
  weaknessFigure: {
    reviews: (p) => `Seulement ${p.value} avis sur ${p.channel} : une preuve sociale mince`,
    rating: (p) => `Une note de ${p.value}/5 sur ${p.channel}, sous les attentes des acheteurs`,
    followers: (p) => `Une petite audience sur ${p.channel} (${p.value} abonnés)`,
    subscribers: (p) => `Une petite liste de contacts sur ${p.channel} (${p.value})`,
    visits: (p) => `Peu de trafic sur ${p.channel} (${p.value} visites)`,
    cpc: (p) => `Des clics chers sur ${p.channel} (${p.value} le clic)`,
    conversion: (p) => `Un taux de conversion faible sur ${p.channel} (${p.value} %)`,
    open_rate: (p) => `Un taux d’ouverture faible sur ${p.channel} (${p.value} %)`,
    customers: (p) => `Peu de clients à ce jour (${p.value}, ${p.channel})`,
  },
  weaknessNoBudget: 'Aucun budget marketing indiqué',
  weaknessSmallBudget: (monthly) =>
    `Un budget serré (${monthly} par mois) : de la place pour un seul canal payant`,
  weaknessNoTeam: 'Aucune équipe ni aucun temps indiqués pour le marketing',
  weaknessLittleTime: (hours) => `Peu de temps pour le marketing (${number(hours)} h par semaine)`,
  weaknessBeginner: 'Peu d’expérience marketing en interne',
  weaknessFewChannels: (channels) =>
    `Dépend ${channels.length === 1 ? 'd’un seul canal' : 'de peu de canaux'} : ${list(channels)}`,
  weaknessNoChannels: 'Aucun canal marketing actuel cité dans le brief',
  weaknessNoFigures:
    'Aucun chiffre de résultat dans le brief : difficile de savoir ce qui marche aujourd’hui',
  weaknessEarlyStage: (stage) =>
    stage === 'idea'
      ? 'Pas encore lancée : aucune référence à montrer'
      : 'Tout juste lancée : peu de références à montrer',
  weaknessNoAgency: 'Tout doit être fait en interne (pas d’agence)',
  opportunityUnusedChannel: (channel, model) =>
    `${upper(channel)} : canal pas encore utilisé, adapté ${model ? `à une activité ${model}` : 'à cette activité'}`,
  threatCompetitor: (competitor, offer, rank) =>
    rank === 0
      ? `Concurrence frontale ${de(competitor)} auprès des acheteurs ${de(lower(offer))}`
      : `Une autre option pour les acheteurs ${de(lower(offer))} : ${competitor}`,
  threatNoCompetitors:
    'Concurrents non cités dans le brief : les acheteurs ont pourtant des alternatives (un concurrent, faire eux-mêmes, ne rien faire)',
  threatConstraint: (constraint) => `Une contrainte qui limite les ventes : ${lower(constraint)}`,
  evidenceChannel: (name, metric, value) => `Brief : ${name}, ${metric} : ${value}`,
  evidenceChannels: (names) => `Brief : canaux actuels : ${list(names)}`,
  evidenceBudget: (budget, months) => `Brief : budget de ${budget} sur ${months} mois`,
  evidenceTeam: (people, hours) => `Brief : ${number(people)} personne(s), ${number(hours)} h par semaine`,
  evidenceWord: (word) => `Brief : la description mentionne « ${word} »`,
  evidenceStage: (stage) => `Brief : stade « ${stage} »`,
  evidenceMarkets: (markets) => `Brief : marchés ${list(markets)}`,
  evidenceOffer: (offer) => `Brief : offre « ${offer} »`,
  evidenceCompetitor: (competitor) => `Brief : ${competitor} cité comme concurrent`,
  evidenceConstraint: (constraint) => `Brief : contrainte « ${constraint} »`,
  evidenceSector: (category) =>
    `Tendance générale pour ${category.replace(/^(le |la |l’)/, 'les activités de type ')} (base de connaissances Boussole, pas le brief)`,
  evidenceChannelFit: (channel, model) =>
    `Brief : ${channel} absent des canaux actuels ; adapté ${model ? `aux activités ${model}` : 'à ce type d’activité'} selon le catalogue`,
  evidenceMaturity: 'Brief : maturité marketing « débutant »',
  implication: {
    SO: (s, o) => `S’appuyer sur ${lower(s)} pour saisir ceci : ${lower(o)}`,
    ST: (s, t) => `Se démarquer grâce à ${lower(s)} face à ceci : ${lower(t)}`,
    WO: (w, o) => `Corriger d’abord ceci pour profiter de « ${lower(o)} » : ${lower(w)}`,
    WT: (w, t) => `Risque à contenir : ${lower(w)}, alors que ${lower(t)}`,
  },

  segmentFromAudience: (audience, market) => `${audience}${inMarket(market)}`,
  segmentIn: (segment, market) => `${segment}${inMarket(market)}`,
  personaOfferGoal: (offer) => `Trouver une offre de confiance pour : ${lower(offer)}`,
  objectionCompetitor: (competitor) => `« Pourquoi pas simplement ${competitor} ? »`,

  positioningStatement: (p) => {
    const unlike =
      p.competitors.length > 0
        ? `Contrairement à ${list(p.competitors)}, `
        : 'Contrairement aux alternatives habituelles, ';
    return `Pour ${lower(p.segment)}, ${p.company} est ${p.category} qui se distingue par : ${list(p.differentiators.map(lower))}. ${unlike}${p.company} peut le prouver.`;
  },
  valueProposition: (p) =>
    `${p.company} aide ses clients à ${lower(p.goal)} avec ${lower(p.offer)}, grâce à : ${lower(p.differentiator)}.`,
  proofToCollect: 'À collecter : premiers témoignages clients et résultats chiffrés',
  pillarMessage: (p) => `${p.company} répond à « ${lower(p.pain)} » par : ${lower(p.differentiator)}.`,
  pricingRationale: (p) =>
    `Pour ${lower(p.offer)} : ${p.logic}. Prix de référence en ${p.currency} issus de la base de connaissances Boussole (hypothèse), à confronter à vos prix et marges actuels${p.onQuote ? ' ; les paliers sans prix sont vendus sur devis' : ''}.`,
  competitorPriceNote: (competitor) =>
    `Prix ${de(competitor)} absents du brief : vérifier sa grille publique`,
  tierOffer: (offer) => `Construit autour de : ${lower(offer)}`,

  journeyOpportunity: {
    awareness: (p) =>
      `Être trouvé là où ils cherchent : ${lower(p.touchpoint)}, avec ${lower(p.offer)} bien en avant`,
    consideration: (p) => `Apporter des preuves sur leur premier critère : ${lower(p.criterion)}`,
    decision: (p) => `Rendre l’achat chez ${p.company} possible en une étape, prix et conditions visibles`,
    onboarding: (p) => `Un message d’accueil ${de(p.company)} qui fixe les attentes et demande un retour`,
    retention: (p) => `Des nouvelles régulières ${de(p.company)} avec une raison de revenir`,
    advocacy: (p) =>
      `Demander aux clients satisfaits ${de(p.company)} un avis ou une recommandation au bon moment`,
  },

  ...FR_ACTIONS,
  servesGoal: (goalId, statement) => `Sert ${goalId} : ${statement}.`,
  buildsOn: (figure) => `S’appuie sur : ${lower(figure)}.`,
  fixes: (weakness) => `Corrige : ${lower(weakness)}.`,
  quantity: (value, unit) =>
    unit === null ? number(value) : `${number(value)} ${CURRENCY_SYMBOLS[unit] ?? unit}`,
  assumption: (text) => `Hypothèse : ${text}.`,
  eases: (friction) => `Lève le frein : ${lower(friction)}.`,
  answersThreat: (threat) => `Répond à la menace : ${lower(threat)}.`,
  costBasis: (monthly, months) => `Coût : environ ${monthly} par mois pendant ${months} mois.`,
  kpiGoalShare: (goalMetric, channel) => `${goalMetric} via ${channel}`,
  kpiGoalLevel: (goalMetric) => `${goalMetric} (cible commune de l’objectif)`,
  kpiEstimate: (channelKpi) => `${channelKpi} (estimation Boussole)`,
  killCriterion: (p) =>
    p.target === null
      ? `Arrêter ou revoir si « ${p.metric} » n’a pas bougé au mois ${p.checkMonth}`
      : `Arrêter ou revoir si « ${p.metric} » est sous ${p.target} au mois ${p.checkMonth}`,
  killCriterionNoTarget: (months) => `Arrêter si rien de mesurable n’en est sorti après ${months} mois`,
  goalKindMetric: {
    growth: 'croissance',
    profitability: 'marge',
    market_share: 'part de marché',
    awareness: 'notoriété',
    retention: 'fidélisation',
    other: 'résultat',
  },
};
