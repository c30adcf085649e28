// French phrasing of candidate actions: one title and one description per catalogue channel.
import type { Phrasing } from './phrasing.js';

const inMarket = (market: string | null) => (market ? ` (${market})` : '');
const vs = (competitor: string | null) => (competitor ? ` face à ${competitor}` : '');

/** "de" before a name or phrase, contracted as French requires: "des Granges du Bec", "du Moulin", "d’artisans". */
export const de = (text: string): string => {
  if (/^les\s/iu.test(text)) return `des ${text.slice(4)}`;
  if (/^le\s/iu.test(text)) return `du ${text.slice(3)}`;
  return /^[aeiouyàâäéèêëîïôöûùüœAEIOUYÀÂÄÉÈÊËÎÏÔÖÛÙÜŒ]/u.test(text) ? `d’${text}` : `de ${text}`;
};

/** "à" before a phrase: "aux clients", "au quartier". */
const to = (text: string): string => {
  if (/^les\s/iu.test(text)) return `aux ${text.slice(4)}`;
  if (/^le\s/iu.test(text)) return `au ${text.slice(3)}`;
  return `à ${text}`;
};

export const FR_ACTIONS: Pick<
  Phrasing,
  'actionTitle' | 'actionDescription' | 'projectTitle' | 'projectDescription'
> = {
  actionTitle: {
    tracking: (p) => `Mettre en place le suivi des conversions sur le site ${de(p.company)}`,
    seo: (p) => `SEO : positionner ${p.company} sur les recherches « ${p.offer} »${inMarket(p.market)}`,
    content: (p) => `Guides pratiques ${p.company} pour ${p.audience}`,
    google_ads: (p) => `Campagne Google Ads sur « ${p.offer} »${inMarket(p.market)}`,
    meta_ads: (p) => `Publicités Meta : ${p.offer} auprès ${de(p.audience)}`,
    linkedin_ads: (p) => `Publicités LinkedIn ${p.company} ciblant ${p.audience}`,
    email: (p) => `Séquence d’accueil et newsletter mensuelle ${p.company}`,
    webinars: (p) => `Cycle de webinaires ${p.company} sur ${p.offer}`,
    partnerships: (p) => `Partenariats avec des acteurs qui servent ${p.audience}${inMarket(p.market)}`,
    referral: (p) => `Programme de parrainage pour les clients ${de(p.company)}`,
    local_seo: (p) => `Optimiser la fiche Google Business Profile ${de(p.company)}${inMarket(p.market)}`,
    events: (p) => `Présenter ${p.company} sur un salon professionnel${inMarket(p.market)}`,
    pr: (p) => `Relations presse : l’histoire ${de(p.company)}${inMarket(p.market)}`,
    influencers: (p) => `Collaborations avec des micro-influenceurs autour ${de(p.offer)}`,
    marketplace: (p) => `Référencer ${p.offer} sur les places de marché utilisées par ${p.audience}`,
    outbound: (p) => `Prospection directe ${de(p.audience)}${inMarket(p.market)}`,
    community: (p) => `Communauté clients ${p.company} autour ${de(p.offer)}`,
    reviews: (p) =>
      `Demander un avis${p.reviewSite ? ` ${p.reviewSite}` : ''} à chaque client ${de(p.company)}`,
    retargeting: (p) => `Reciblage publicitaire des visiteurs du site ${de(p.company)}`,
    social_organic: (p) => `${p.platform} : trois publications par semaine sur ${p.offer}`,
    landing: (p) => `Page d’atterrissage pour ${p.offer}${vs(p.competitor)}`,
    project: (p) => `Lancer ${p.project}`,
  },
  actionDescription: {
    tracking: (p) =>
      `Installer la mesure d’audience et les événements de conversion (contact, réservation, achat) sur le site ${de(p.company)}, pour juger chaque campagne sur ses résultats.`,
    seo: (p) =>
      `Choisir les 10 à 20 recherches tapées par les acheteurs ${de(p.offer)}, une page par intention, corriger titres et vitesse, obtenir quelques liens locaux ou professionnels.`,
    content: (p) =>
      `Publier un guide pratique tous les quinze jours qui répond aux questions ${de(p.audience)} avant d’acheter ${p.offer} ; réutiliser chaque contenu en email et sur les réseaux.`,
    google_ads: (p) =>
      `Campagne sur le Réseau de Recherche avec des mots-clés à forte intention pour ${p.offer}${inMarket(p.market)}, un groupe d’annonces par intention, mots-clés négatifs chaque semaine.`,
    meta_ads: (p) =>
      `Publicités Facebook et Instagram auprès ${de(p.audience)} : trois visuels (produit, preuve, offre) testés deux semaines, budget basculé sur le gagnant.`,
    linkedin_ads: (p) =>
      `Posts sponsorisés et formulaires de contact ciblant ${p.audience} par fonction et taille d’entreprise ; proposer une ressource utile plutôt qu’une démo.`,
    email: (p) =>
      `Une séquence de 3 emails pour les nouveaux contacts et une newsletter mensuelle : une nouvelle ${de(p.company)}, un conseil utile, une offre claire.`,
    webinars: (p) =>
      `Une session en direct de 45 minutes chaque mois sur un problème que résout ${p.offer}, avec démonstration et questions ; enregistrements réutilisés.`,
    partnerships: (p) =>
      `Monter des promotions croisées avec deux ou trois entreprises non concurrentes qui servent déjà ${p.audience} : offres communes, mentions, événements.`,
    referral: (p) =>
      `Donner aux clients ${de(p.company)} un moyen simple de le recommander, avec une récompense des deux côtés, proposé au moment de satisfaction.`,
    local_seo: (p) =>
      `Compléter la fiche ${de(p.company)} (catégories, horaires, photos, produits), publier chaque semaine et répondre à chaque avis.`,
    events: (p) =>
      `Choisir un salon fréquenté par ${p.audience}, réserver un stand partagé ou une intervention, relancer chaque contact sous une semaine.`,
    pr: (p) =>
      `Écrire l’histoire ${de(p.company)} en une page avec photos et chiffres, et la proposer à dix journalistes locaux ou spécialisés.`,
    influencers: (p) =>
      `Envoyer ${p.offer} à dix micro-influenceurs suivis par ${p.audience}, avec un code personnel pour mesurer les ventes.`,
    marketplace: (p) =>
      `Créer des fiches pour ${p.offer} avec de belles photos et des avis, en gardant des prix cohérents avec les canaux ${de(p.company)}.`,
    outbound: (p) =>
      `Constituer une liste ${de(p.audience)}, envoyer des messages courts et personnalisés en séquences de trois, obtenir des rendez-vous de découverte.`,
    community: (p) =>
      `Ouvrir un espace où les clients ${de(p.company)} partagent leurs conseils sur ${p.offer} ; un rendez-vous par semaine pour le faire vivre.`,
    reviews: (p) =>
      `Demander un avis après chaque achat ou visite (QR code, email, ticket), répondre à chacun, et afficher les meilleurs sur le site ${de(p.company)}.`,
    retargeting: (p) =>
      `Montrer des publicités de rappel aux visiteurs du site ${de(p.company)} qui n’ont pas acheté, fréquence plafonnée et raison limitée dans le temps de revenir.`,
    social_organic: (p) =>
      `Trois publications par semaine sur ${p.platform} : coulisses ${de(p.offer)}, histoires de clients, et un appel à l’action.`,
    project: (p) =>
      `Mener ${p.project} jusqu’au lancement : préparer, mettre en service, annoncer aux clients ${de(p.company)}.`,
    landing: (p) =>
      `Une page pour ${p.offer} avec un seul appel à l’action, des preuves (avis, chiffres) et une réponse claire à « pourquoi ${p.company}${p.competitor ? ` plutôt que ${p.competitor}` : ''} ? ».`,
  },
  projectTitle: {
    online_ordering: (p) =>
      `Lancer ${p.project} : activer la commande en ligne et l’annoncer en boutique et sur Google`,
    website: (p) => `Mettre en ligne ${p.project} : une page par offre, les avis et un contact simple`,
    loyalty: (p) => `Lancer ${p.project} : une carte simple proposée à chaque passage en caisse`,
    subscription: (p) =>
      `Lancer ${p.project} : une offre claire, une page dédiée, une annonce aux clients actuels`,
    generic: (p) => `Mener à bien ${p.project} : préparer, lancer, annoncer`,
  },
  projectDescription: {
    online_ordering: (p) =>
      `Activer le module de commande en ligne de l’outil déjà en place (logiciel de caisse, site) ou d’un service dédié ; créer la page de commande (produits, créneaux de retrait, paiement) en commençant par ${p.offer} ; la relier à la fiche Google et ${to(p.platform)} ; l’annoncer en boutique (affiche, QR code au comptoir, mot sur le ticket) et aux clients habitués.`,
    website: (p) =>
      `Un site simple sur un outil sans code : ce que propose ${p.company} (${p.offer}), les avis clients, les horaires ou zones servies et un formulaire de contact ; relié à la fiche Google et ${to(p.platform)}.`,
    loyalty: (p) =>
      `Une règle simple (par exemple un passage offert après dix), gérée par le logiciel de caisse ou une carte, proposée à chaque client ${de(p.company)} et annoncée en boutique et ${to(p.platform)}.`,
    subscription: (p) =>
      `Définir l’abonnement (contenu, fréquence, prix, résiliation simple), lui donner une page claire, puis le proposer d’abord aux clients actuels ${de(p.company)} par email et ${to(p.platform)}.`,
    generic: (p) =>
      `Découper ${p.project} en trois étapes datées (préparer, mettre en service, annoncer), désigner qui s’en charge chez ${p.company}, et l’annoncer aux clients dès qu’il est prêt.`,
  },
};
