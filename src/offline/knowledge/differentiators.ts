// Differentiator cues: words in a brief's description or offer that signal a real, citable strength.
// assumption: each cue is what buyers commonly value; the SWOT quotes the brief's own word as evidence.
import type { Localized } from './types.js';

export interface DifferentiatorCue {
  readonly id: string;
  /** Accent-free, lower-case words matched as whole words in the brief's description and offer. */
  readonly keywords: readonly string[];
  readonly strength: Localized;
  /** How the differentiator reads in a positioning statement, after "that" / "qui". */
  readonly promise: Localized;
  readonly impact: number;
}

export const DIFFERENTIATOR_CUES: readonly DifferentiatorCue[] = [
  {
    id: 'handmade',
    keywords: ['fait main', 'faits main', 'faites main', 'artisanal', 'artisanale', 'artisanaux', 'handmade', 'hand-made', 'handcrafted', 'craft', 'atelier'],
    strength: { fr: 'Un savoir-faire artisanal, fait main', en: 'Handmade, craft know-how' },
    promise: { fr: 'fabrique à la main ce que d’autres produisent en série', en: 'makes by hand what others mass-produce' },
    impact: 4,
  },
  {
    id: 'local',
    keywords: ['local', 'locale', 'locaux', 'made in france', 'fabrique en france', 'circuit court', 'circuits courts', 'de saison', 'locally', 'locally sourced', 'farm-to-table', 'neighbourhood', 'neighborhood'],
    strength: { fr: 'Un ancrage local et des produits de proximité', en: 'Local roots and locally sourced products' },
    promise: { fr: 'travaille avec des producteurs et fournisseurs proches', en: 'works with nearby producers and suppliers' },
    impact: 3,
  },
  {
    id: 'organic',
    keywords: ['bio', 'biologique', 'organic', 'eco', 'ecologique', 'durable', 'eco-responsable', 'sustainable', 'zero dechet', 'zero waste', 'recycle', 'recycled'],
    strength: { fr: 'Une démarche écologique et durable', en: 'An organic, sustainable approach' },
    promise: { fr: 'fait des choix durables que ses clients peuvent vérifier', en: 'makes sustainable choices customers can check' },
    impact: 3,
  },
  {
    id: 'expertise',
    keywords: ['ans d experience', 'expert', 'experts', 'expertise', 'specialiste', 'specialise', 'specialisee', 'years of experience', 'specialist', 'specialised', 'specialized', 'senior'],
    strength: { fr: 'Une expertise spécialisée et de l’expérience', en: 'Specialist expertise and experience' },
    promise: { fr: 'apporte une expertise spécialisée plutôt que généraliste', en: 'brings specialist rather than generalist expertise' },
    impact: 4,
  },
  {
    id: 'certified',
    keywords: ['certifie', 'certifiee', 'certification', 'qualiopi', 'rge', 'iso', 'label', 'labellise', 'certified', 'accredited', 'licensed', 'award', 'award-winning'],
    strength: { fr: 'Des certifications ou distinctions reconnues', en: 'Recognised certifications or awards' },
    promise: { fr: 'offre des garanties reconnues par des tiers', en: 'offers guarantees recognised by third parties' },
    impact: 3,
  },
  {
    id: 'personalised',
    keywords: ['sur mesure', 'personnalise', 'personnalisee', 'personnalisation', 'bespoke', 'custom', 'customised', 'customized', 'personalised', 'personalized', 'tailored', 'tailor-made'],
    strength: { fr: 'Une offre sur mesure', en: 'A tailored, custom offer' },
    promise: { fr: 'adapte son offre à chaque client', en: 'tailors its offer to each customer' },
    impact: 3,
  },
  {
    id: 'fast',
    keywords: ['rapide', 'rapidement', 'en 24 h', '24h', '48h', 'express', 'sous 48 h', 'fast', 'quick', 'same-day', 'same day', 'instant', 'in minutes', 'en quelques minutes'],
    strength: { fr: 'De la rapidité (délais, réponse, mise en place)', en: 'Speed (delivery, response, set-up)' },
    promise: { fr: 'livre plus vite que les alternatives', en: 'delivers faster than the alternatives' },
    impact: 3,
  },
  {
    id: 'automation',
    keywords: ['ia', 'intelligence artificielle', 'automatise', 'automatisation', 'automatique', 'ai-powered', 'artificial intelligence', 'automated', 'automation', 'machine learning', 'no-code'],
    strength: { fr: 'Une technologie qui automatise le travail du client', en: 'Technology that automates the customer’s work' },
    promise: { fr: 'automatise ce que ses clients font encore à la main', en: 'automates what its customers still do by hand' },
    impact: 4,
  },
  {
    id: 'integrations',
    keywords: ['integration', 'integrations', 'integre', 'connecte', 'api', 'integrates', 'connects', 'plug-in', 'plugin'],
    strength: { fr: 'Des intégrations avec les outils déjà utilisés', en: 'Integrations with the tools customers already use' },
    promise: { fr: 'se branche sur les outils déjà en place', en: 'plugs into the tools already in place' },
    impact: 3,
  },
  {
    id: 'affordable',
    keywords: ['abordable', 'petit prix', 'petits prix', 'pas cher', 'accessible', 'affordable', 'low-cost', 'budget-friendly', 'cheaper', 'moins cher'],
    strength: { fr: 'Un prix accessible', en: 'An affordable price' },
    promise: { fr: 'reste accessible sans rogner sur l’essentiel', en: 'stays affordable without cutting corners' },
    impact: 3,
  },
  {
    id: 'premium',
    keywords: ['haut de gamme', 'premium', 'luxe', 'gastronomique', 'exclusif', 'luxury', 'high-end', 'fine dining', 'exclusive'],
    strength: { fr: 'Un positionnement haut de gamme', en: 'A premium positioning' },
    promise: { fr: 'offre une expérience haut de gamme', en: 'offers a premium experience' },
    impact: 3,
  },
  {
    id: 'family',
    keywords: ['familial', 'familiale', 'family-run', 'family owned', 'family-owned', 'depuis 19', 'since 19', 'generations'],
    strength: { fr: 'Une histoire familiale et une relation de proximité', en: 'A family story and personal relationships' },
    promise: { fr: 'connaît ses clients par leur nom', en: 'knows its customers by name' },
    impact: 2,
  },
];
