// Persona archetypes for consumers (assumption: authors' synthesis of common consumer buying motives).
import type { Archetype } from './personas.js';

const CONSUMER = ['B2C', 'B2B2C', 'marketplace', 'other'] as const;

export const B2C_ARCHETYPES: readonly Archetype[] = [
  {
    id: 'b2c_quality_seeker',
    models: CONSUMER,
    name: { fr: 'Camille, amatrice exigeante', en: 'Chloe, discerning buyer' },
    segment: {
      fr: 'Clients attentifs à la qualité et à l’origine, prêts à payer plus',
      en: 'Buyers who care about quality and origin and will pay more',
    },
    role: null,
    goals: {
      fr: ['Acheter des produits ou services qui durent et ont du sens', 'Se faire plaisir sans se tromper'],
      en: ['Buy things that last and mean something', 'Treat themselves without regret'],
    },
    pains: {
      fr: [
        'Difficile de distinguer le vrai savoir-faire du marketing',
        'Mauvaises surprises sur la qualité reçue',
      ],
      en: ['Hard to tell real craft from marketing', 'Bad surprises on what actually arrives'],
    },
    triggers: {
      fr: ['Une recommandation ou une publication qui l’inspire', 'Un achat décevant ailleurs'],
      en: ['A recommendation or post that inspires them', 'A disappointing purchase elsewhere'],
    },
    objections: {
      fr: ['« Le prix est élevé »', '« Comment être sûre de la qualité ? »'],
      en: ['"It is expensive"', '"How can I be sure of the quality?"'],
    },
    channels: ['social_organic', 'influencers', 'seo', 'email', 'content', 'meta_ads'],
    decisionCriteria: {
      fr: ['Qualité et savoir-faire visibles', 'Avis clients', 'Histoire de la marque'],
      en: ['Visible quality and craft', 'Customer reviews', 'The brand’s story'],
    },
  },
  {
    id: 'b2c_value_seeker',
    models: CONSUMER,
    name: { fr: 'Lucas, acheteur malin', en: 'Liam, savvy shopper' },
    segment: {
      fr: 'Clients qui comparent les prix et cherchent le bon rapport qualité-prix',
      en: 'Buyers who compare prices and look for value',
    },
    role: null,
    goals: {
      fr: ['Payer le juste prix', 'Gagner du temps dans sa recherche'],
      en: ['Pay a fair price', 'Save time searching'],
    },
    pains: {
      fr: ['Frais cachés (livraison, options)', 'Trop d’options difficiles à comparer'],
      en: ['Hidden fees (shipping, extras)', 'Too many options to compare'],
    },
    triggers: {
      fr: ['Une promotion ou un temps fort commercial', 'Un besoin qui devient urgent'],
      en: ['A promotion or sales event', 'A need that becomes urgent'],
    },
    objections: {
      fr: ['« Je trouve moins cher ailleurs »', '« Je vais attendre une promotion »'],
      en: ['"I can find it cheaper elsewhere"', '"I will wait for a sale"'],
    },
    channels: ['google_ads', 'seo', 'marketplace', 'email', 'retargeting', 'local_seo'],
    decisionCriteria: {
      fr: ['Prix total affiché', 'Avis et notes', 'Rapidité (livraison, rendez-vous)'],
      en: ['Total price shown upfront', 'Reviews and ratings', 'Speed (delivery, appointment)'],
    },
  },
  {
    id: 'b2c_gift_buyer',
    models: CONSUMER,
    name: { fr: 'Hélène, acheteuse de cadeaux', en: 'Hannah, gift buyer' },
    segment: {
      fr: 'Personnes qui achètent pour offrir, surtout aux temps forts',
      en: 'People buying to give, mostly at peak occasions',
    },
    role: null,
    goals: {
      fr: ['Trouver un cadeau original qui fera plaisir', 'Être livrée à temps'],
      en: ['Find an original gift that will delight', 'Get it delivered on time'],
    },
    pains: {
      fr: ['Peur de se tromper de goût ou de taille', 'Délais de livraison incertains'],
      en: ['Fear of getting taste or size wrong', 'Uncertain delivery times'],
    },
    triggers: {
      fr: ['Un anniversaire, Noël, la fête des mères', 'Une idée cadeau vue sur les réseaux'],
      en: ['A birthday, holidays, Mother’s Day', 'A gift idea seen on social media'],
    },
    objections: {
      fr: ['« Et si ça ne plaît pas ? »', '« Sera-t-il livré à temps ? »'],
      en: ['"What if they do not like it?"', '"Will it arrive in time?"'],
    },
    channels: ['meta_ads', 'influencers', 'google_ads', 'email', 'social_organic'],
    decisionCriteria: {
      fr: ['Emballage cadeau et message', 'Retours faciles', 'Date de livraison garantie'],
      en: ['Gift wrap and message', 'Easy returns', 'Guaranteed delivery date'],
    },
  },
  {
    id: 'b2c_local_regular',
    models: CONSUMER,
    name: { fr: 'Thomas, habitué du quartier', en: 'Tyler, local regular' },
    segment: {
      fr: 'Habitants et actifs du quartier, clients réguliers potentiels',
      en: 'People who live or work nearby, potential regulars',
    },
    role: null,
    goals: {
      fr: ['Avoir une adresse de confiance près de chez lui', 'Être reconnu et bien accueilli'],
      en: ['Have a trusted place nearby', 'Be recognised and welcomed'],
    },
    pains: {
      fr: ['Horaires ou disponibilités peu clairs en ligne', 'Qualité irrégulière d’une fois à l’autre'],
      en: ['Unclear opening hours or availability online', 'Inconsistent quality from one visit to the next'],
    },
    triggers: {
      fr: ['Un déménagement ou un nouveau travail dans le quartier', 'Une recommandation d’un voisin'],
      en: ['Moving or starting a job nearby', 'A neighbour’s recommendation'],
    },
    objections: {
      fr: ['« J’ai déjà mes habitudes »', '« Est-ce qu’il y aura de la place ? »'],
      en: ['"I already have my usual place"', '"Will there be room?"'],
    },
    channels: ['local_seo', 'reviews', 'social_organic', 'email', 'referral', 'community'],
    decisionCriteria: {
      fr: ['Proximité', 'Note et avis Google', 'Accueil et constance'],
      en: ['Proximity', 'Google rating and reviews', 'Welcome and consistency'],
    },
  },
  {
    id: 'b2c_occasion_planner',
    models: CONSUMER,
    name: { fr: 'Émilie, organisatrice d’occasions', en: 'Emma, occasion planner' },
    segment: {
      fr: 'Personnes qui préparent un moment spécial (anniversaire, sortie, projet)',
      en: 'People planning a special moment (celebration, outing, project)',
    },
    role: null,
    goals: {
      fr: ['Réussir un moment important', 'Réserver sans stress'],
      en: ['Get an important moment right', 'Book without stress'],
    },
    pains: {
      fr: [
        'Peu de visibilité sur les disponibilités',
        'Crainte d’une mauvaise expérience devant ses proches',
      ],
      en: ['Little visibility on availability', 'Fear of a bad experience in front of others'],
    },
    triggers: {
      fr: ['Une date à fêter', 'Une photo ou un avis enthousiaste'],
      en: ['A date to celebrate', 'An enthusiastic photo or review'],
    },
    objections: {
      fr: ['« Est-ce adapté à un groupe ? »', '« Puis-je annuler ? »'],
      en: ['"Does it work for a group?"', '"Can I cancel?"'],
    },
    channels: ['social_organic', 'local_seo', 'reviews', 'influencers', 'meta_ads', 'marketplace'],
    decisionCriteria: {
      fr: ['Photos et avis récents', 'Réservation en ligne', 'Formules pour groupes'],
      en: ['Recent photos and reviews', 'Online booking', 'Group packages'],
    },
  },
  {
    id: 'b2c_visitor',
    models: CONSUMER,
    name: { fr: 'Paul, visiteur de passage', en: 'Paul, visitor passing through' },
    segment: {
      fr: 'Touristes et visiteurs qui découvrent la ville',
      en: 'Tourists and visitors discovering the area',
    },
    role: null,
    goals: {
      fr: ['Vivre une expérience locale authentique', 'Choisir vite sur son téléphone'],
      en: ['Have an authentic local experience', 'Choose quickly on their phone'],
    },
    pains: {
      fr: ['Ne connaît pas les bonnes adresses', 'Se méfie des pièges à touristes'],
      en: ['Does not know the good places', 'Wary of tourist traps'],
    },
    triggers: {
      fr: ['Une recherche « près de moi »', 'Un classement ou un guide en ligne'],
      en: ['A "near me" search', 'An online ranking or guide'],
    },
    objections: {
      fr: ['« Les avis sont-ils fiables ? »', '« Parlent-ils ma langue ? »'],
      en: ['"Are the reviews genuine?"', '"Do they speak my language?"'],
    },
    channels: ['local_seo', 'reviews', 'marketplace', 'influencers', 'social_organic'],
    decisionCriteria: {
      fr: ['Note sur Google et les plateformes', 'Photos', 'Emplacement'],
      en: ['Rating on Google and platforms', 'Photos', 'Location'],
    },
  },
  {
    id: 'b2c_career_changer',
    models: CONSUMER,
    name: { fr: 'Sarah, en reconversion', en: 'Sam, career changer' },
    segment: {
      fr: 'Adultes actifs qui veulent se former ou changer de métier',
      en: 'Working adults who want to upskill or change careers',
    },
    role: null,
    goals: {
      fr: ['Acquérir une compétence reconnue', 'Trouver un emploi ou une mission ensuite'],
      en: ['Gain a recognised skill', 'Land a job or contract afterwards'],
    },
    pains: {
      fr: ['Peur de ne pas réussir à suivre', 'Difficile de juger la valeur d’une formation'],
      en: ['Fear of not keeping up', 'Hard to judge what a course is worth'],
    },
    triggers: {
      fr: ['Un licenciement ou une lassitude au travail', 'Un financement disponible'],
      en: ['A layoff or burnout at work', 'Funding becoming available'],
    },
    objections: {
      fr: ['« Est-ce que ça débouche sur un emploi ? »', '« Je n’ai pas le temps »'],
      en: ['"Will it lead to a job?"', '"I do not have the time"'],
    },
    channels: ['seo', 'content', 'webinars', 'meta_ads', 'community', 'email'],
    decisionCriteria: {
      fr: ['Taux de réussite et d’insertion', 'Témoignages d’anciens', 'Format compatible avec un emploi'],
      en: ['Success and placement rates', 'Alumni testimonials', 'Fits around a job'],
    },
  },
  {
    id: 'b2c_homeowner',
    models: CONSUMER,
    name: { fr: 'Anne, propriétaire', en: 'Anna, homeowner' },
    segment: {
      fr: 'Propriétaires qui ont un projet ou un problème dans leur logement',
      en: 'Homeowners with a project or a problem at home',
    },
    role: null,
    goals: {
      fr: ['Un travail bien fait, au prix annoncé', 'Un interlocuteur fiable et joignable'],
      en: ['A job done well at the quoted price', 'A reliable contact who answers'],
    },
    pains: {
      fr: ['Peur des malfaçons et des dépassements', 'Difficile d’obtenir plusieurs devis'],
      en: ['Fear of poor work and overruns', 'Hard to get several quotes'],
    },
    triggers: {
      fr: ['Une panne ou un dégât', 'Un achat immobilier ou une aide financière'],
      en: ['A breakdown or damage', 'A home purchase or a grant'],
    },
    objections: {
      fr: ['« Le devis est plus cher que l’autre »', '« Quand pouvez-vous venir ? »'],
      en: ['"Your quote is higher than the other one"', '"When can you come?"'],
    },
    channels: ['local_seo', 'reviews', 'google_ads', 'referral', 'marketplace'],
    decisionCriteria: {
      fr: ['Avis de clients du secteur', 'Réactivité', 'Garanties et certifications'],
      en: ['Reviews from nearby customers', 'Responsiveness', 'Warranties and certifications'],
    },
  },
];
