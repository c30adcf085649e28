// Journey stage templates: what a buyer wants, meets and stumbles on at each stage, for business and consumer buyers.
// assumption: authors' synthesis of common funnel practice; KPIs are the usual stage metrics.
import type { JourneyStage } from '../../../agents/ids.js';
import type { Localized, LocalizedList } from './types.js';

export type BuyerFamily = 'business' | 'consumer';

export interface StageTemplate {
  readonly customerGoal: Localized;
  readonly touchpoints: LocalizedList;
  readonly frictions: LocalizedList;
  readonly kpi: Localized;
}

export const STAGE_TEMPLATES: {
  readonly [F in BuyerFamily]: { readonly [S in JourneyStage]: StageTemplate };
} = {
  business: {
    awareness: {
      customerGoal: {
        fr: 'Comprendre son problème et les options possibles',
        en: 'Understand the problem and the options',
      },
      touchpoints: {
        fr: ['Recherche Google', 'Recommandation d’un pair'],
        en: ['Google search', 'Peer recommendation'],
      },
      frictions: { fr: ['Ne sait pas que la solution existe'], en: ['Does not know the solution exists'] },
      kpi: { fr: 'Visiteurs qualifiés par mois', en: 'Qualified visitors per month' },
    },
    consideration: {
      customerGoal: { fr: 'Comparer des fournisseurs crédibles', en: 'Compare credible vendors' },
      touchpoints: {
        fr: ['Site web et études de cas', 'Démonstration'],
        en: ['Website and case studies', 'Demo'],
      },
      frictions: {
        fr: ['Offres difficiles à comparer', 'Pas de référence dans son secteur'],
        en: ['Offers hard to compare', 'No reference in their industry'],
      },
      kpi: { fr: 'Demandes de démonstration ou de rendez-vous', en: 'Demo or meeting requests' },
    },
    decision: {
      customerGoal: { fr: 'Faire valider l’achat en interne', en: 'Get the purchase approved internally' },
      touchpoints: {
        fr: ['Proposition commerciale', 'Appel de référence'],
        en: ['Proposal', 'Reference call'],
      },
      frictions: {
        fr: ['Circuit de validation long', 'Budget non prévu'],
        en: ['Long approval chain', 'Budget not planned'],
      },
      kpi: { fr: 'Taux de signature des propositions', en: 'Proposal win rate' },
    },
    onboarding: {
      customerGoal: { fr: 'Obtenir un premier résultat rapidement', en: 'Get a first result quickly' },
      touchpoints: {
        fr: ['Réunion de lancement', 'Emails de prise en main'],
        en: ['Kick-off meeting', 'Onboarding emails'],
      },
      frictions: { fr: ['Mise en place plus lourde que prévu'], en: ['Set-up heavier than expected'] },
      kpi: { fr: 'Délai jusqu’au premier résultat', en: 'Time to first result' },
    },
    retention: {
      customerGoal: { fr: 'Justifier la dépense dans la durée', en: 'Justify the spend over time' },
      touchpoints: { fr: ['Bilan trimestriel', 'Support'], en: ['Quarterly review', 'Support'] },
      frictions: { fr: ['Valeur obtenue peu visible'], en: ['Value delivered not visible'] },
      kpi: { fr: 'Taux de renouvellement', en: 'Renewal rate' },
    },
    advocacy: {
      customerGoal: { fr: 'Partager une réussite avec ses pairs', en: 'Share a success with peers' },
      touchpoints: {
        fr: ['Étude de cas', 'Programme de recommandation'],
        en: ['Case study', 'Referral programme'],
      },
      frictions: { fr: ['Personne ne le lui demande'], en: ['Nobody asks them'] },
      kpi: { fr: 'Recommandations et témoignages obtenus', en: 'Referrals and testimonials obtained' },
    },
  },
  consumer: {
    awareness: {
      customerGoal: {
        fr: 'Découvrir une adresse ou un produit qui correspond à son envie',
        en: 'Discover a place or product that fits what they want',
      },
      touchpoints: {
        fr: ['Réseaux sociaux', 'Recherche Google / Maps', 'Bouche-à-oreille'],
        en: ['Social media', 'Google search / Maps', 'Word of mouth'],
      },
      frictions: { fr: ['Noyé parmi des offres similaires'], en: ['Lost among similar offers'] },
      kpi: {
        fr: 'Personnes touchées et visites du site ou de la fiche',
        en: 'People reached and visits to site or profile',
      },
    },
    consideration: {
      customerGoal: {
        fr: 'Se rassurer sur la qualité et le prix',
        en: 'Feel reassured on quality and price',
      },
      touchpoints: {
        fr: ['Avis clients', 'Photos', 'Fiche produit ou menu'],
        en: ['Customer reviews', 'Photos', 'Product page or menu'],
      },
      frictions: {
        fr: ['Peu d’avis ou de photos récents', 'Prix ou conditions peu clairs'],
        en: ['Few recent reviews or photos', 'Unclear price or terms'],
      },
      kpi: {
        fr: 'Taux d’ajout au panier ou de clic vers la réservation',
        en: 'Add-to-cart or click-to-book rate',
      },
    },
    decision: {
      customerGoal: { fr: 'Acheter ou réserver sans effort', en: 'Buy or book without effort' },
      touchpoints: {
        fr: ['Paiement ou réservation en ligne', 'Téléphone'],
        en: ['Online checkout or booking', 'Phone'],
      },
      frictions: {
        fr: ['Parcours d’achat trop long', 'Frais découverts au dernier moment'],
        en: ['Checkout too long', 'Fees revealed at the last step'],
      },
      kpi: { fr: 'Taux de conversion', en: 'Conversion rate' },
    },
    onboarding: {
      customerGoal: {
        fr: 'Vivre une première expérience à la hauteur',
        en: 'Have a first experience that lives up to it',
      },
      touchpoints: {
        fr: ['Confirmation', 'Livraison ou accueil'],
        en: ['Confirmation', 'Delivery or welcome'],
      },
      frictions: {
        fr: ['Attente ou mauvaise surprise à la réception'],
        en: ['Waiting or a bad surprise on arrival'],
      },
      kpi: {
        fr: 'Note de satisfaction après le premier achat',
        en: 'Satisfaction score after first purchase',
      },
    },
    retention: {
      customerGoal: { fr: 'Revenir sans y penser', en: 'Come back without thinking twice' },
      touchpoints: { fr: ['Newsletter', 'Offre de fidélité'], en: ['Newsletter', 'Loyalty offer'] },
      frictions: { fr: ['Oublie la marque faute de rappel'], en: ['Forgets the brand without a reminder'] },
      kpi: { fr: 'Taux de réachat à 90 jours', en: '90-day repeat purchase rate' },
    },
    advocacy: {
      customerGoal: { fr: 'Recommander à ses proches', en: 'Recommend to friends and family' },
      touchpoints: {
        fr: ['Avis en ligne', 'Parrainage', 'Publication sur les réseaux'],
        en: ['Online review', 'Referral', 'Social post'],
      },
      frictions: { fr: ['Ne pense pas à laisser un avis'], en: ['Does not think of leaving a review'] },
      kpi: { fr: 'Avis publiés et clients parrainés', en: 'Reviews posted and referred customers' },
    },
  },
};
