// Persona archetypes for business buyers (assumption: authors' synthesis of common B2B buying roles).
import type { Archetype } from './personas.js';

export const B2B_ARCHETYPES: readonly Archetype[] = [
  {
    id: 'b2b_decision_maker',
    models: ['B2B', 'B2B2C', 'B2G'],
    name: { fr: 'Marc, directeur des opérations', en: 'Mark, head of operations' },
    segment: {
      fr: 'Décideurs d’entreprises de 20 à 250 salariés',
      en: 'Decision-makers at companies of 20-250 staff',
    },
    role: {
      fr: 'Directeur ou responsable de pôle, signe le budget',
      en: 'Director or department head who signs the budget',
    },
    goals: {
      fr: ['Atteindre les objectifs de l’équipe sans recruter', 'Réduire les risques et les imprévus'],
      en: ['Hit team targets without hiring', 'Reduce risk and surprises'],
    },
    pains: {
      fr: [
        'Manque de temps pour évaluer les fournisseurs',
        'Projets précédents qui n’ont pas tenu leurs promesses',
      ],
      en: ['No time to evaluate vendors', 'Past projects that did not deliver'],
    },
    triggers: {
      fr: ['Nouvel objectif fixé par la direction', 'Départ d’un prestataire ou d’un collaborateur clé'],
      en: ['A new target set by leadership', 'A vendor or key employee leaving'],
    },
    objections: {
      fr: [
        '« Nous n’avons pas le temps de changer maintenant »',
        '« Quel retour sur investissement, et quand ? »',
      ],
      en: ['"We have no time to switch now"', '"What return, and when?"'],
    },
    channels: ['linkedin_ads', 'events', 'content', 'outbound', 'webinars', 'email'],
    decisionCriteria: {
      fr: ['Retour sur investissement démontré', 'Références dans son secteur', 'Facilité de mise en place'],
      en: ['Proven return on investment', 'References in their industry', 'Ease of roll-out'],
    },
  },
  {
    id: 'b2b_champion',
    models: ['B2B', 'B2B2C', 'B2G'],
    name: { fr: 'Julie, cheffe de projet', en: 'Jess, project lead' },
    segment: {
      fr: 'Utilisateurs opérationnels qui portent le projet en interne',
      en: 'Hands-on users who champion the project internally',
    },
    role: {
      fr: 'Utilisatrice au quotidien, prescriptrice auprès de sa direction',
      en: 'Daily user who recommends it to management',
    },
    goals: {
      fr: ['Gagner du temps sur les tâches répétitives', 'Être reconnue pour avoir trouvé la bonne solution'],
      en: ['Save time on repetitive work', 'Get credit for finding the right solution'],
    },
    pains: {
      fr: [
        'Outils ou prestataires actuels lents et mal adaptés',
        'Doit convaincre sa direction sans arguments chiffrés',
      ],
      en: [
        'Current tools or providers are slow and ill-fitting',
        'Has to convince management without figures',
      ],
    },
    triggers: {
      fr: ['Une surcharge de travail ou une erreur coûteuse', 'Un pair qui recommande une solution'],
      en: ['A workload peak or a costly mistake', 'A peer recommending a solution'],
    },
    objections: {
      fr: ['« Encore un outil à apprendre »', '« Ma direction ne validera pas »'],
      en: ['"Yet another thing to learn"', '"My manager will not sign off"'],
    },
    channels: ['seo', 'content', 'webinars', 'community', 'social_organic', 'referral'],
    decisionCriteria: {
      fr: ['Prise en main rapide', 'Support réactif', 'Essai ou démonstration concrète'],
      en: ['Quick to learn', 'Responsive support', 'A trial or hands-on demo'],
    },
  },
  {
    id: 'b2b_finance',
    models: ['B2B', 'B2G'],
    name: { fr: 'Sophie, directrice administrative et financière', en: 'Susan, finance director' },
    segment: {
      fr: 'Directions financières et achats qui valident la dépense',
      en: 'Finance and procurement who approve the spend',
    },
    role: { fr: 'Valide le budget et le contrat', en: 'Approves budget and contract' },
    goals: {
      fr: ['Maîtriser les coûts', 'Éviter les engagements longs et risqués'],
      en: ['Keep costs under control', 'Avoid long, risky commitments'],
    },
    pains: {
      fr: ['Dépenses difficiles à justifier', 'Coûts cachés découverts après signature'],
      en: ['Spend that is hard to justify', 'Hidden costs found after signing'],
    },
    triggers: {
      fr: ['Préparation du budget annuel', 'Renégociation d’un contrat existant'],
      en: ['Annual budget planning', 'An existing contract up for renewal'],
    },
    objections: {
      fr: ['« C’est plus cher que l’offre actuelle »', '« Quelles garanties en cas d’échec ? »'],
      en: ['"It costs more than what we have"', '"What guarantees if it fails?"'],
    },
    channels: ['email', 'content', 'events'],
    decisionCriteria: {
      fr: ['Coût total sur 12 mois', 'Conditions contractuelles souples', 'Solidité du fournisseur'],
      en: ['Total cost over 12 months', 'Flexible terms', 'Vendor soundness'],
    },
  },
  {
    id: 'b2b_founder_smb',
    models: ['B2B', 'marketplace', 'other'],
    name: { fr: 'Karim, dirigeant de TPE', en: 'Kevin, small-business owner' },
    segment: {
      fr: 'Dirigeants de TPE et PME qui décident seuls',
      en: 'Owners of small businesses who decide alone',
    },
    role: { fr: 'Dirigeant, décide et utilise', en: 'Owner who decides and uses' },
    goals: {
      fr: ['Développer le chiffre d’affaires sans s’épuiser', 'Se concentrer sur son cœur de métier'],
      en: ['Grow revenue without burning out', 'Focus on the core business'],
    },
    pains: {
      fr: ['Trop de casquettes, pas assez de temps', 'Méfiance envers les promesses commerciales'],
      en: ['Too many hats, too little time', 'Wary of sales promises'],
    },
    triggers: {
      fr: ['Un mois de ventes décevant', 'La recommandation d’un confrère'],
      en: ['A disappointing sales month', 'A recommendation from a peer'],
    },
    objections: {
      fr: ['« Je n’ai pas le budget »', '« Je peux le faire moi-même »'],
      en: ['"I do not have the budget"', '"I can do it myself"'],
    },
    channels: ['seo', 'local_seo', 'referral', 'partnerships', 'email', 'social_organic', 'google_ads'],
    decisionCriteria: {
      fr: ['Prix clair et abordable', 'Résultats rapides', 'Un interlocuteur de confiance'],
      en: ['Clear, affordable price', 'Quick results', 'Someone they can trust'],
    },
  },
  {
    id: 'b2b_office_manager',
    models: ['B2C', 'B2B', 'B2B2C'],
    name: { fr: 'Nadia, office manager', en: 'Nora, office manager' },
    segment: {
      fr: 'Entreprises voisines qui organisent repas, séminaires ou avantages salariés',
      en: 'Nearby companies organising meals, off-sites or staff perks',
    },
    role: { fr: 'Organise et réserve pour son entreprise', en: 'Organises and books for her company' },
    goals: {
      fr: ['Faire plaisir aux équipes sans dépasser le budget', 'Organiser vite et sans imprévu'],
      en: ['Please the team within budget', 'Organise quickly, with no surprises'],
    },
    pains: {
      fr: ['Devis lents à obtenir', 'Prestataires peu fiables sur les horaires ou les quantités'],
      en: ['Slow to get quotes', 'Providers unreliable on timing or quantities'],
    },
    triggers: {
      fr: ['Un séminaire ou une fête d’équipe à organiser', 'Un nouveau budget d’avantages salariés'],
      en: ['An off-site or team party to plan', 'A new staff-perks budget'],
    },
    objections: {
      fr: [
        '« Il faut une facture et un devis en bonne et due forme »',
        '« Pouvez-vous accueillir un groupe ? »',
      ],
      en: ['"We need a proper quote and invoice"', '"Can you take a group?"'],
    },
    channels: ['local_seo', 'email', 'partnerships', 'outbound'],
    decisionCriteria: {
      fr: ['Réactivité du devis', 'Capacité d’accueil', 'Facturation entreprise'],
      en: ['Quote turnaround', 'Group capacity', 'Business invoicing'],
    },
  },
  {
    id: 'b2b_property_manager',
    models: ['B2C', 'B2B'],
    name: { fr: 'Thierry, gestionnaire de copropriétés', en: 'Tom, property manager' },
    segment: {
      fr: 'Syndics, gestionnaires de biens et petites entreprises',
      en: 'Property managers, landlords and small businesses',
    },
    role: { fr: 'Commande des interventions récurrentes', en: 'Orders recurring jobs' },
    goals: {
      fr: ['Des interventions fiables, vite', 'Un prestataire unique pour plusieurs sites'],
      en: ['Reliable jobs, done fast', 'One provider for several sites'],
    },
    pains: {
      fr: ['Artisans injoignables ou en retard', 'Devis incomparables entre eux'],
      en: ['Contractors who do not answer or are late', 'Quotes that cannot be compared'],
    },
    triggers: {
      fr: ['Une urgence sur un bien', 'Un prestataire qui part à la retraite'],
      en: ['An emergency at a property', 'A contractor retiring'],
    },
    objections: {
      fr: ['« Avez-vous les assurances et certifications ? »', '« Pouvez-vous intervenir sous 48 h ? »'],
      en: ['"Are you insured and certified?"', '"Can you come within 48 hours?"'],
    },
    channels: ['outbound', 'referral', 'local_seo', 'partnerships'],
    decisionCriteria: {
      fr: ['Délai d’intervention', 'Assurances et garanties', 'Prix prévisible'],
      en: ['Response time', 'Insurance and warranties', 'Predictable price'],
    },
  },
  {
    id: 'b2b_buyer',
    models: ['B2B', 'B2G'],
    name: { fr: 'Isabelle, acheteuse', en: 'Irene, procurement buyer' },
    segment: {
      fr: 'Acheteurs industriels et publics qui comparent des fournisseurs',
      en: 'Industrial and public buyers comparing suppliers',
    },
    role: { fr: 'Acheteuse, gère les appels d’offres', en: 'Buyer running tenders' },
    goals: {
      fr: ['Sécuriser l’approvisionnement', 'Obtenir le meilleur rapport qualité-prix'],
      en: ['Secure supply', 'Get the best value for money'],
    },
    pains: {
      fr: ['Délais et qualité irréguliers', 'Fournisseurs qui ne répondent pas aux cahiers des charges'],
      en: ['Irregular lead times and quality', 'Suppliers that miss the specification'],
    },
    triggers: {
      fr: ['Un appel d’offres ou un renouvellement de contrat', 'Une rupture chez le fournisseur actuel'],
      en: ['A tender or contract renewal', 'A stock-out at the current supplier'],
    },
    objections: {
      fr: ['« Vous n’êtes pas référencé chez nous »', '« Pouvez-vous tenir les volumes ? »'],
      en: ['"You are not on our approved list"', '"Can you handle the volumes?"'],
    },
    channels: ['events', 'outbound', 'seo', 'linkedin_ads', 'partnerships'],
    decisionCriteria: {
      fr: ['Conformité au cahier des charges', 'Délais garantis', 'Prix et conditions de paiement'],
      en: ['Meets the specification', 'Guaranteed lead times', 'Price and payment terms'],
    },
  },
];
