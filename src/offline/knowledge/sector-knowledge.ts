// What the drafters know about a kind of business: its category, default model, channel fit, market context,
// buyer archetypes and pricing. Sectors in sectors.ts point here; several may share one entry.
//
// Opportunities and threats are general market observations (assumption: authors' synthesis of common
// practice), phrased so the SWOT can cite them as context rather than as facts about the company.
import type { BusinessModel } from '../../../agents/brief.js';
import type { ArchetypeId } from './personas.js';
import type { PricingTemplateId } from './pricing.js';
import type { ChannelId, Localized } from './types.js';

export type KnowledgeId =
  | 'ecommerce'
  | 'saas'
  | 'restaurant'
  | 'food_shop'
  | 'professional_services'
  | 'health_wellness'
  | 'education_training'
  | 'local_trades'
  | 'hospitality_tourism'
  | 'industry_manufacturing'
  | 'real_estate'
  | 'generic';

export interface SectorKnowledge {
  readonly id: KnowledgeId;
  /** What the company is, used in positioning statements: "the bakery", "le cabinet". */
  readonly category: Localized;
  readonly defaultModel: BusinessModel;
  /** Serves people near a physical place: local channels matter more. */
  readonly local: boolean;
  /** Added to a channel's business-model fit for this sector (assumption). */
  readonly channelBoost: Partial<Record<ChannelId, number>>;
  /** Typical search CPC in EUR for the sector (assumption, order of magnitude; see channels.ts for the source). */
  readonly typicalCpcEur: number;
  readonly opportunities: readonly Localized[];
  readonly threats: readonly Localized[];
  readonly archetypes: readonly ArchetypeId[];
  readonly pricing: PricingTemplateId;
}

export const SECTOR_KNOWLEDGE: { readonly [Id in KnowledgeId]: SectorKnowledge } = {
  ecommerce: {
    id: 'ecommerce',
    category: { fr: 'la boutique en ligne', en: 'the online shop' },
    defaultModel: 'B2C',
    local: false,
    channelBoost: {
      meta_ads: 2,
      email: 2,
      influencers: 2,
      retargeting: 2,
      marketplace: 1,
      seo: 1,
      google_ads: 1,
      social_organic: 1,
      landing: 1,
      local_seo: -2,
      events: -1,
      outbound: -3,
      webinars: -2,
      linkedin_ads: -3,
    },
    typicalCpcEur: 1,
    opportunities: [
      {
        fr: 'Les achats en ligne de produits de créateurs et de petites marques continuent de progresser',
        en: 'Online buying from makers and small brands keeps growing',
      },
      {
        fr: 'Les temps forts (fêtes, soldes, fête des mères) concentrent la demande et les recherches cadeaux',
        en: 'Seasonal peaks (holidays, sales, gift occasions) concentrate demand and gift searches',
      },
    ],
    threats: [
      {
        fr: 'Les grandes places de marché fixent les attentes de prix et de délais de livraison',
        en: 'Large marketplaces set expectations on price and delivery times',
      },
      {
        fr: 'Le coût d’acquisition publicitaire augmente sur Meta et Google',
        en: 'Paid acquisition costs keep rising on Meta and Google',
      },
    ],
    archetypes: ['b2c_quality_seeker', 'b2c_gift_buyer', 'b2c_value_seeker'],
    pricing: 'retail_products',
  },
  saas: {
    id: 'saas',
    category: { fr: 'le logiciel', en: 'the software' },
    defaultModel: 'B2B',
    local: false,
    channelBoost: {
      seo: 2,
      content: 2,
      webinars: 1,
      email: 2,
      referral: 1,
      google_ads: 1,
      linkedin_ads: 1,
      partnerships: 1,
      landing: 1,
      local_seo: -3,
      influencers: -1,
      reviews: 1,
    },
    typicalCpcEur: 4,
    opportunities: [
      {
        fr: 'Les acheteurs comparent en ligne avant de parler à un commercial : pages comparatives et essais gratuits pèsent',
        en: 'Buyers compare online before talking to sales: comparison pages and free trials weigh heavily',
      },
      {
        fr: 'Les intégrations et marketplaces d’applications apportent des utilisateurs déjà équipés',
        en: 'Integrations and app marketplaces bring users who are already equipped',
      },
    ],
    threats: [
      {
        fr: 'De nouveaux outils apparaissent vite, souvent avec une offre gratuite',
        en: 'New tools appear quickly, often with a free tier',
      },
      {
        fr: 'Les budgets logiciels des clients sont revus à la baisse et les abonnements rationalisés',
        en: 'Customers are trimming software budgets and consolidating subscriptions',
      },
    ],
    archetypes: ['b2b_decision_maker', 'b2b_champion', 'b2b_finance', 'b2b_founder_smb'],
    pricing: 'saas_tiers',
  },
  restaurant: {
    id: 'restaurant',
    category: { fr: 'le restaurant', en: 'the restaurant' },
    defaultModel: 'B2C',
    local: true,
    channelBoost: {
      local_seo: 3,
      reviews: 3,
      social_organic: 2,
      influencers: 1,
      meta_ads: 1,
      events: 1,
      partnerships: 1,
      email: 1,
      marketplace: 1,
      linkedin_ads: -3,
      webinars: -3,
      outbound: -3,
      content: -1,
      seo: -1,
      landing: -1,
    },
    typicalCpcEur: 1,
    opportunities: [
      {
        fr: 'La recherche « près de moi » sur Google Maps oriente le choix d’un restaurant',
        en: '"Near me" searches on Google Maps drive restaurant choice',
      },
      {
        fr: 'Les repas d’entreprise, privatisations et événements remplissent les creux de semaine',
        en: 'Corporate meals, private hire and events fill weekday gaps',
      },
    ],
    threats: [
      {
        fr: 'Les plateformes de livraison prélèvent de fortes commissions et captent la relation client',
        en: 'Delivery platforms take high commissions and own the customer relationship',
      },
      {
        fr: 'La hausse des coûts des matières premières et de l’énergie pèse sur les marges',
        en: 'Rising food and energy costs squeeze margins',
      },
    ],
    archetypes: ['b2c_local_regular', 'b2c_occasion_planner', 'b2c_visitor', 'b2b_office_manager'],
    pricing: 'restaurant_menu',
  },
  food_shop: {
    // assumption: a bakery or food shop lives on its neighbourhood, Google Maps and word of mouth; delivery
    // platforms matter less than for a restaurant, pre-orders (cakes, platters, holidays) more.
    id: 'food_shop',
    category: { fr: 'le commerce de bouche', en: 'the food shop' },
    defaultModel: 'B2C',
    local: true,
    channelBoost: {
      local_seo: 3,
      reviews: 3,
      social_organic: 2,
      email: 1,
      partnerships: 1,
      referral: 1,
      community: 1,
      influencers: 1,
      marketplace: -1,
      linkedin_ads: -3,
      webinars: -3,
      outbound: -3,
      content: -1,
      seo: -1,
      events: -1,
      landing: -1,
    },
    typicalCpcEur: 0.8,
    opportunities: [
      {
        fr: 'La recherche « près de moi » sur Google Maps décide du commerce où l’on s’arrête',
        en: '"Near me" searches on Google Maps decide which shop people stop at',
      },
      {
        fr: 'Les commandes à l’avance (gâteaux, plateaux, fêtes) se font de plus en plus en ligne',
        en: 'Pre-orders (cakes, platters, holidays) increasingly happen online',
      },
      {
        fr: 'Les entreprises du quartier commandent pour leurs réunions et leurs pots',
        en: 'Nearby offices order for meetings and celebrations',
      },
    ],
    threats: [
      {
        fr: 'Les chaînes et les rayons des supermarchés captent les achats pressés et le dimanche',
        en: 'Chains and supermarket counters capture rushed and Sunday purchases',
      },
      {
        fr: 'La hausse des coûts des matières premières et de l’énergie pèse sur les marges',
        en: 'Rising ingredient and energy costs squeeze margins',
      },
    ],
    archetypes: ['b2c_local_regular', 'b2c_occasion_planner', 'b2b_office_manager'],
    pricing: 'food_shop',
  },
  professional_services: {
    id: 'professional_services',
    category: { fr: 'le cabinet', en: 'the firm' },
    defaultModel: 'B2B',
    local: false,
    channelBoost: {
      linkedin_ads: 1,
      outbound: 2,
      content: 2,
      webinars: 2,
      partnerships: 2,
      referral: 2,
      events: 1,
      seo: 1,
      pr: 1,
      influencers: -3,
      meta_ads: -1,
      marketplace: -2,
      retargeting: -1,
    },
    typicalCpcEur: 5,
    opportunities: [
      {
        fr: 'Les dirigeants de PME cherchent des experts capables de montrer des cas concrets dans leur secteur',
        en: 'SME leaders look for experts who can show concrete cases in their industry',
      },
      {
        fr: 'Les prescripteurs (experts-comptables, banques, réseaux d’entrepreneurs) recommandent des prestataires',
        en: 'Referrers (accountants, banks, business networks) recommend providers',
      },
    ],
    threats: [
      {
        fr: 'Les plateformes de freelances et les outils d’IA tirent les prix des missions simples vers le bas',
        en: 'Freelance platforms and AI tools push prices of simple assignments down',
      },
      {
        fr: 'Les cycles de décision s’allongent quand la conjoncture se tend',
        en: 'Decision cycles lengthen when the economy tightens',
      },
    ],
    archetypes: ['b2b_founder_smb', 'b2b_decision_maker', 'b2b_champion', 'b2b_finance'],
    pricing: 'services_engagements',
  },
  health_wellness: {
    id: 'health_wellness',
    category: { fr: 'le centre', en: 'the practice' },
    defaultModel: 'B2C',
    local: true,
    channelBoost: {
      local_seo: 3,
      reviews: 2,
      social_organic: 2,
      referral: 1,
      partnerships: 1,
      email: 1,
      meta_ads: 1,
      outbound: -3,
      linkedin_ads: -3,
      webinars: -1,
      events: -1,
    },
    typicalCpcEur: 2,
    opportunities: [
      {
        fr: 'La prise de rendez-vous en ligne devient la norme et favorise les établissements bien notés',
        en: 'Online booking is becoming the norm and favours well-rated places',
      },
      {
        fr: 'Les entreprises financent de plus en plus le bien-être de leurs salariés',
        en: 'Employers increasingly fund employee wellbeing',
      },
    ],
    threats: [
      {
        fr: 'Les chaînes et applications à bas prix banalisent l’offre',
        en: 'Low-cost chains and apps commoditise the offer',
      },
      {
        fr: 'Les règles de communication des professions de santé limitent la publicité',
        en: 'Health professions face rules that limit advertising',
      },
    ],
    archetypes: ['b2c_local_regular', 'b2c_quality_seeker', 'b2c_value_seeker', 'b2b_office_manager'],
    pricing: 'sessions_packs',
  },
  education_training: {
    id: 'education_training',
    category: { fr: 'l’organisme de formation', en: 'the training provider' },
    defaultModel: 'B2C',
    local: false,
    channelBoost: {
      seo: 1,
      content: 2,
      webinars: 2,
      email: 2,
      partnerships: 1,
      meta_ads: 1,
      google_ads: 1,
      community: 1,
    },
    typicalCpcEur: 2.5,
    opportunities: [
      {
        fr: 'La reconversion et la montée en compétences restent des priorités pour les actifs',
        en: 'Career change and upskilling remain priorities for working adults',
      },
      {
        fr: 'Les financements (CPF, plans de formation, OPCO) solvabilisent une partie de la demande',
        en: 'Employer and public training budgets pay for part of the demand',
      },
    ],
    threats: [
      {
        fr: 'Les cours en ligne gratuits ou très bon marché abondent',
        en: 'Free or very cheap online courses abound',
      },
      {
        fr: 'Les règles de financement changent et peuvent tarir une source de clients',
        en: 'Funding rules change and can dry up a source of learners',
      },
    ],
    archetypes: ['b2c_career_changer', 'b2c_quality_seeker', 'b2b_decision_maker', 'b2c_value_seeker'],
    pricing: 'training_programmes',
  },
  local_trades: {
    id: 'local_trades',
    category: { fr: 'l’entreprise artisanale', en: 'the local contractor' },
    defaultModel: 'B2C',
    local: true,
    channelBoost: {
      local_seo: 3,
      reviews: 3,
      google_ads: 2,
      referral: 2,
      partnerships: 1,
      marketplace: 1,
      influencers: -3,
      webinars: -3,
      linkedin_ads: -3,
      content: -1,
      pr: -1,
      community: -2,
    },
    typicalCpcEur: 4,
    opportunities: [
      {
        fr: 'Les aides à la rénovation énergétique soutiennent la demande de travaux',
        en: 'Energy-efficiency incentives support demand for home work',
      },
      {
        fr: 'Les clients choisissent sur Google Maps et les avis, plus que sur les annuaires papier',
        en: 'Customers choose on Google Maps and reviews rather than printed directories',
      },
    ],
    threats: [
      {
        fr: 'Les plateformes de mise en relation revendent les mêmes demandes à plusieurs artisans',
        en: 'Lead platforms resell the same requests to several contractors',
      },
      {
        fr: 'La pénurie de main-d’œuvre limite la capacité à absorber plus de chantiers',
        en: 'Labour shortages limit how many more jobs can be taken on',
      },
    ],
    archetypes: ['b2c_homeowner', 'b2c_value_seeker', 'b2b_property_manager'],
    pricing: 'trades_jobs',
  },
  hospitality_tourism: {
    id: 'hospitality_tourism',
    category: { fr: 'l’établissement', en: 'the venue' },
    defaultModel: 'B2C',
    local: true,
    channelBoost: {
      marketplace: 3,
      reviews: 3,
      local_seo: 2,
      social_organic: 2,
      influencers: 2,
      email: 1,
      meta_ads: 1,
      partnerships: 1,
      outbound: -3,
      webinars: -3,
      linkedin_ads: -3,
    },
    typicalCpcEur: 1.5,
    opportunities: [
      {
        fr: 'Les réservations directes évitent les commissions des plateformes',
        en: 'Direct bookings avoid platform commissions',
      },
      {
        fr: 'Le tourisme de proximité et les courts séjours se développent',
        en: 'Short breaks and nearby travel keep growing',
      },
    ],
    threats: [
      {
        fr: 'Les plateformes de réservation captent la visibilité et prélèvent 15 à 25 % de commission',
        en: 'Booking platforms capture visibility and take 15-25% commission',
      },
      {
        fr: 'La saisonnalité laisse des mois creux difficiles à remplir',
        en: 'Seasonality leaves off-peak months hard to fill',
      },
    ],
    archetypes: ['b2c_visitor', 'b2c_occasion_planner', 'b2c_value_seeker', 'b2b_office_manager'],
    pricing: 'stays',
  },
  industry_manufacturing: {
    id: 'industry_manufacturing',
    category: { fr: 'le fabricant', en: 'the manufacturer' },
    defaultModel: 'B2B',
    local: false,
    channelBoost: {
      events: 3,
      outbound: 2,
      linkedin_ads: 1,
      seo: 1,
      content: 1,
      partnerships: 2,
      influencers: -3,
      meta_ads: -2,
      social_organic: -1,
      local_seo: -2,
      reviews: -1,
      retargeting: -1,
    },
    typicalCpcEur: 3,
    opportunities: [
      {
        fr: 'Les acheteurs industriels relocalisent une partie de leurs approvisionnements',
        en: 'Industrial buyers are bringing part of their sourcing closer to home',
      },
      {
        fr: 'Les exigences de traçabilité et de bilan carbone favorisent les fournisseurs transparents',
        en: 'Traceability and carbon reporting favour transparent suppliers',
      },
    ],
    threats: [
      {
        fr: 'Les concurrents à bas coûts hors d’Europe pèsent sur les prix',
        en: 'Low-cost overseas competitors weigh on prices',
      },
      {
        fr: 'Les cycles d’achat longs retardent l’effet de toute action commerciale',
        en: 'Long purchasing cycles delay the effect of any sales action',
      },
    ],
    archetypes: ['b2b_decision_maker', 'b2b_buyer', 'b2b_champion'],
    pricing: 'industrial_quotes',
  },
  real_estate: {
    id: 'real_estate',
    category: { fr: 'l’agence', en: 'the agency' },
    defaultModel: 'B2C',
    local: true,
    channelBoost: {
      local_seo: 2,
      reviews: 2,
      meta_ads: 1,
      google_ads: 1,
      social_organic: 1,
      referral: 2,
      partnerships: 1,
      webinars: -2,
      linkedin_ads: -2,
      influencers: -1,
    },
    typicalCpcEur: 2,
    opportunities: [
      {
        fr: 'Les vendeurs comparent les agences en ligne, avis et estimations compris',
        en: 'Sellers compare agencies online, including reviews and valuations',
      },
      {
        fr: 'Les notaires, courtiers et artisans sont des prescripteurs naturels',
        en: 'Notaries, brokers and contractors are natural referrers',
      },
    ],
    threats: [
      {
        fr: 'Les portails immobiliers et réseaux de mandataires à bas prix captent les mandats',
        en: 'Property portals and low-fee agent networks capture listings',
      },
      {
        fr: 'Les taux d’intérêt ralentissent le volume de transactions',
        en: 'Interest rates slow transaction volumes',
      },
    ],
    archetypes: ['b2c_homeowner', 'b2c_value_seeker', 'b2c_occasion_planner'],
    pricing: 'commission_mandates',
  },
  generic: {
    id: 'generic',
    category: { fr: 'l’entreprise', en: 'the company' },
    defaultModel: 'B2C',
    local: false,
    channelBoost: {},
    typicalCpcEur: 2,
    opportunities: [
      {
        fr: 'Les clients se renseignent en ligne avant d’acheter, même localement',
        en: 'Customers research online before buying, even locally',
      },
    ],
    threats: [
      {
        fr: 'Les alternatives (faire soi-même, ne rien faire, un concurrent moins cher) restent à portée du client',
        en: 'Alternatives (do it yourself, do nothing, a cheaper rival) remain within the customer’s reach',
      },
    ],
    archetypes: [],
    pricing: 'generic',
  },
};
