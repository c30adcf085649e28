// Pricing models by sector: the model, typical tiers and reference prices in EUR-equivalents.
//
// Prices are assumptions (authors' order-of-magnitude reading of public price lists in France, 2024-2025);
// a tier with a null price is sold on quote. The drafter converts them to the brief's currency and says so.
import type { PriceTier, Pricing } from '../../../agents/positioning.js';
import type { Localized, LocalizedList } from './types.js';

export type PricingTemplateId =
  | 'retail_products'
  | 'saas_tiers'
  | 'restaurant_menu'
  | 'food_shop'
  | 'services_engagements'
  | 'sessions_packs'
  | 'training_programmes'
  | 'trades_jobs'
  | 'stays'
  | 'industrial_quotes'
  | 'commission_mandates'
  | 'generic';

export interface TierTemplate {
  readonly name: Localized;
  readonly priceEur: number | null;
  readonly period: PriceTier['period'];
  readonly includes: LocalizedList;
}

export interface PricingTemplate {
  readonly id: PricingTemplateId;
  readonly model: Pricing['model'];
  /** Why this model suits the sector. */
  readonly logic: Localized;
  readonly tiers: readonly TierTemplate[];
}

export const PRICING_TEMPLATES: readonly PricingTemplate[] = [
  {
    id: 'retail_products',
    model: 'tiered',
    logic: {
      fr: 'une gamme d’entrée, un produit phare et un coffret qui augmente le panier moyen',
      en: 'an entry range, a hero product and a bundle that lifts the average order',
    },
    tiers: [
      {
        name: { fr: 'Entrée de gamme', en: 'Entry range' },
        priceEur: 25,
        period: 'unit',
        includes: { fr: ['Pièce simple, idéale pour découvrir'], en: ['Single item, a first purchase'] },
      },
      {
        name: { fr: 'Produit phare', en: 'Hero product' },
        priceEur: 49,
        period: 'unit',
        includes: { fr: ['Best-seller, emballage soigné'], en: ['Best-seller, careful packaging'] },
      },
      {
        name: { fr: 'Coffret cadeau', en: 'Gift set' },
        priceEur: 89,
        period: 'unit',
        includes: {
          fr: ['Assortiment, message personnalisé, livraison offerte'],
          en: ['Bundle, personal message, free shipping'],
        },
      },
    ],
  },
  {
    id: 'saas_tiers',
    model: 'tiered',
    logic: {
      fr: 'trois paliers mensuels, le palier du milieu étant celui que l’on pousse',
      en: 'three monthly tiers, the middle one being the one to push',
    },
    tiers: [
      {
        name: { fr: 'Starter', en: 'Starter' },
        priceEur: 29,
        period: 'month',
        includes: { fr: ['1 utilisateur', 'Fonctions essentielles'], en: ['1 user', 'Core features'] },
      },
      {
        name: { fr: 'Pro', en: 'Pro' },
        priceEur: 79,
        period: 'month',
        includes: {
          fr: ['Jusqu’à 5 utilisateurs', 'Intégrations', 'Support prioritaire'],
          en: ['Up to 5 users', 'Integrations', 'Priority support'],
        },
      },
      {
        name: { fr: 'Business', en: 'Business' },
        priceEur: 199,
        period: 'month',
        includes: {
          fr: ['Utilisateurs illimités', 'Accompagnement à la mise en place'],
          en: ['Unlimited users', 'Onboarding assistance'],
        },
      },
    ],
  },
  {
    id: 'restaurant_menu',
    model: 'tiered',
    logic: {
      fr: 'une formule midi qui fait venir, la carte du soir, et une offre groupe qui remplit les creux',
      en: 'a lunch set menu to bring people in, the evening menu, and a group offer to fill quiet slots',
    },
    tiers: [
      {
        name: { fr: 'Formule midi', en: 'Lunch set menu' },
        priceEur: 17,
        period: 'unit',
        includes: { fr: ['Entrée-plat ou plat-dessert'], en: ['Two courses'] },
      },
      {
        name: { fr: 'Ticket moyen à la carte', en: 'Average evening ticket' },
        priceEur: 35,
        period: 'unit',
        includes: { fr: ['Plat, dessert, boisson'], en: ['Main, dessert, drink'] },
      },
      {
        name: { fr: 'Menu groupe / privatisation', en: 'Group menu / private hire' },
        priceEur: 45,
        period: 'unit',
        includes: { fr: ['Par personne, à partir de 10 convives'], en: ['Per person, from 10 guests'] },
      },
    ],
  },
  {
    id: 'food_shop',
    model: 'tiered',
    logic: {
      fr: 'l’achat du quotidien qui fait revenir, une formule du midi pour les actifs du quartier, et la commande à l’avance pour les occasions, où se fait la marge',
      en: 'the everyday purchase that brings people back, a lunch deal for nearby workers, and pre-orders for occasions, where the margin is',
    },
    tiers: [
      {
        name: { fr: 'Achat du quotidien', en: 'Everyday purchase' },
        priceEur: 5,
        period: 'unit',
        includes: {
          fr: ['Pain, viennoiseries ou produit du jour'],
          en: ['Bread, pastries or the day’s product'],
        },
      },
      {
        name: { fr: 'Formule midi', en: 'Lunch deal' },
        priceEur: 10,
        period: 'unit',
        includes: { fr: ['Sandwich ou salade, boisson, dessert'], en: ['Sandwich or salad, drink, dessert'] },
      },
      {
        name: { fr: 'Commande pour une occasion', en: 'Occasion pre-order' },
        priceEur: 40,
        period: 'unit',
        includes: {
          fr: ['Gâteau ou plateau commandé à l’avance, retrait à l’heure choisie'],
          en: ['Cake or platter ordered ahead, collected at a chosen time'],
        },
      },
    ],
  },
  {
    id: 'services_engagements',
    model: 'project',
    logic: {
      fr: 'un diagnostic court qui ouvre la porte, une mission au forfait, puis un accompagnement récurrent',
      en: 'a short diagnostic to open the door, a fixed-price engagement, then a recurring retainer',
    },
    tiers: [
      {
        name: { fr: 'Diagnostic', en: 'Diagnostic' },
        priceEur: 1500,
        period: 'project',
        includes: {
          fr: ['Entretiens, analyse, recommandations écrites'],
          en: ['Interviews, analysis, written recommendations'],
        },
      },
      {
        name: { fr: 'Mission au forfait', en: 'Fixed-price engagement' },
        priceEur: 8000,
        period: 'project',
        includes: {
          fr: ['Périmètre défini, livrables, comité de suivi'],
          en: ['Defined scope, deliverables, steering meetings'],
        },
      },
      {
        name: { fr: 'Accompagnement mensuel', en: 'Monthly retainer' },
        priceEur: 2500,
        period: 'month',
        includes: { fr: ['Jours réservés chaque mois'], en: ['Reserved days every month'] },
      },
    ],
  },
  {
    id: 'sessions_packs',
    model: 'tiered',
    logic: {
      fr: 'une séance découverte, un forfait de séances et un abonnement qui fidélise',
      en: 'a first session, a pack of sessions and a membership that keeps clients',
    },
    tiers: [
      {
        name: { fr: 'Séance à l’unité', en: 'Single session' },
        priceEur: 60,
        period: 'unit',
        includes: { fr: ['Une séance'], en: ['One session'] },
      },
      {
        name: { fr: 'Forfait 5 séances', en: 'Pack of 5' },
        priceEur: 270,
        period: 'one_time',
        includes: { fr: ['5 séances, valables 3 mois'], en: ['5 sessions, valid 3 months'] },
      },
      {
        name: { fr: 'Abonnement', en: 'Membership' },
        priceEur: 49,
        period: 'month',
        includes: {
          fr: ['Accès régulier, sans engagement long'],
          en: ['Regular access, no long commitment'],
        },
      },
    ],
  },
  {
    id: 'training_programmes',
    model: 'tiered',
    logic: {
      fr: 'un atelier court pour essayer, le parcours complet, et une version intra-entreprise',
      en: 'a short workshop to try, the full programme, and an in-company version',
    },
    tiers: [
      {
        name: { fr: 'Atelier', en: 'Workshop' },
        priceEur: 150,
        period: 'unit',
        includes: { fr: ['Une demi-journée ou journée'], en: ['Half a day or a day'] },
      },
      {
        name: { fr: 'Parcours complet', en: 'Full programme' },
        priceEur: 1800,
        period: 'one_time',
        includes: {
          fr: ['Plusieurs semaines, suivi, attestation'],
          en: ['Several weeks, coaching, certificate'],
        },
      },
      {
        name: { fr: 'Intra-entreprise', en: 'In-company' },
        priceEur: 1500,
        period: 'day',
        includes: { fr: ['Par jour, jusqu’à 12 participants'], en: ['Per day, up to 12 participants'] },
      },
    ],
  },
  {
    id: 'trades_jobs',
    model: 'project',
    logic: {
      fr: 'un prix clair pour le dépannage, un forfait pour les travaux courants et un devis pour les chantiers',
      en: 'a clear call-out price, fixed prices for common jobs and quotes for projects',
    },
    tiers: [
      {
        name: { fr: 'Déplacement et dépannage', en: 'Call-out and repair' },
        priceEur: 90,
        period: 'unit',
        includes: { fr: ['Déplacement et première heure'], en: ['Travel and first hour'] },
      },
      {
        name: { fr: 'Intervention courante au forfait', en: 'Standard job, fixed price' },
        priceEur: 450,
        period: 'project',
        includes: { fr: ['Fournitures courantes incluses'], en: ['Standard parts included'] },
      },
      {
        name: { fr: 'Chantier sur devis', en: 'Project on quote' },
        priceEur: null,
        period: 'project',
        includes: { fr: ['Visite, devis détaillé, garantie'], en: ['Site visit, detailed quote, warranty'] },
      },
    ],
  },
  {
    id: 'stays',
    model: 'tiered',
    logic: {
      fr: 'la nuitée, un forfait week-end et un séjour long qui lisse la saisonnalité',
      en: 'the night, a weekend package and a longer stay that smooths seasonality',
    },
    tiers: [
      {
        name: { fr: 'Nuitée', en: 'Night' },
        priceEur: 95,
        period: 'unit',
        includes: { fr: ['Chambre, petit-déjeuner'], en: ['Room, breakfast'] },
      },
      {
        name: { fr: 'Forfait week-end', en: 'Weekend package' },
        priceEur: 240,
        period: 'one_time',
        includes: { fr: ['2 nuits, une expérience locale'], en: ['2 nights, a local experience'] },
      },
      {
        name: { fr: 'Séjour semaine', en: 'Week stay' },
        priceEur: 560,
        period: 'one_time',
        includes: { fr: ['7 nuits, tarif dégressif'], en: ['7 nights, reduced rate'] },
      },
    ],
  },
  {
    id: 'industrial_quotes',
    model: 'tiered',
    logic: {
      fr: 'des prix par volume sur devis, avec un échantillon ou une petite série pour entrer',
      en: 'volume prices on quote, with a sample or small batch to get in',
    },
    tiers: [
      {
        name: { fr: 'Échantillon / petite série', en: 'Sample / small batch' },
        priceEur: null,
        period: 'project',
        includes: { fr: ['Pour qualifier le fournisseur'], en: ['To qualify the supplier'] },
      },
      {
        name: { fr: 'Commande standard', en: 'Standard order' },
        priceEur: null,
        period: 'unit',
        includes: { fr: ['Prix unitaire selon volume'], en: ['Unit price by volume'] },
      },
      {
        name: { fr: 'Contrat-cadre annuel', en: 'Annual framework contract' },
        priceEur: null,
        period: 'year',
        includes: { fr: ['Volumes et délais garantis'], en: ['Guaranteed volumes and lead times'] },
      },
    ],
  },
  {
    id: 'commission_mandates',
    model: 'commission',
    logic: {
      fr: 'une commission sur la vente, avec une estimation offerte pour entrer en contact',
      en: 'a commission on the sale, with a free valuation to start the conversation',
    },
    tiers: [
      {
        name: { fr: 'Estimation', en: 'Valuation' },
        priceEur: 0,
        period: 'one_time',
        includes: { fr: ['Estimation écrite sous 48 h'], en: ['Written valuation within 48 hours'] },
      },
      {
        name: { fr: 'Mandat de vente', en: 'Sale mandate' },
        priceEur: null,
        period: 'project',
        includes: {
          fr: ['Commission de 3 à 5 % du prix de vente (ordre de grandeur)'],
          en: ['Commission of 3-5% of the sale price (order of magnitude)'],
        },
      },
    ],
  },
  {
    id: 'generic',
    model: 'tiered',
    logic: {
      fr: 'trois niveaux d’offre pour laisser le client choisir sans tout négocier',
      en: 'three levels of offer so customers choose without haggling',
    },
    tiers: [
      {
        name: { fr: 'Essentiel', en: 'Essential' },
        priceEur: null,
        period: null,
        includes: { fr: ['L’offre de base'], en: ['The core offer'] },
      },
      {
        name: { fr: 'Standard', en: 'Standard' },
        priceEur: null,
        period: null,
        includes: {
          fr: ['L’offre de base et les options les plus demandées'],
          en: ['The core offer plus the most requested options'],
        },
      },
      {
        name: { fr: 'Premium', en: 'Premium' },
        priceEur: null,
        period: null,
        includes: { fr: ['Service complet et prioritaire'], en: ['Full, priority service'] },
      },
    ],
  },
];

export function pricingTemplateById(id: PricingTemplateId): PricingTemplate {
  const found = PRICING_TEMPLATES.find((template) => template.id === id);
  if (!found) throw new Error(`Unknown pricing template "${id}" in the offline knowledge base`);
  return found;
}
