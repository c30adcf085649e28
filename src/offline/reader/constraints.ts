// Constraints: a "Contraintes" section, or sentences about seasonality, regulation, no agency, time, stock, refusals.
import { type BriefDocument, withoutLabel } from './document.js';
import { outsideGoal } from './goals.js';
import { hasAnyKeyword } from './keyword-match.js';
import { isMetaLine } from './meta-lines.js';
import { clip, fold, trimPhrase } from './text.js';

/** Kinds of constraint and the folded words that reveal them; the sentence itself is what is kept. */
export const CONSTRAINT_WORDS: ReadonlyArray<readonly [string, readonly string[]]> = [
  [
    'seasonality',
    [
      'saison*',
      'seasonal*',
      'seasonality',
      'haute saison',
      'basse saison',
      'peak season',
      'off-season',
      'noel',
      'christmas',
      "fetes de fin d'annee",
      'holiday season',
      'black friday',
      'rentree',
      'back to school',
      'en ete',
      'in summer',
      "l'hiver",
      'in winter',
      "pic d'activite",
    ],
  ],
  [
    'regulation',
    [
      'reglement*',
      'regulat*',
      'rgpd',
      'gdpr',
      'hipaa',
      'loi evin',
      'ansm',
      'ordre des',
      'cnil',
      'compliance',
      'conformite',
      'amf',
      'acpr',
      'finma',
      'fca',
      'fda',
      'interdit*',
      'prohibited',
      'not allowed',
      'pas le droit',
      'deontolog*',
      'code de sante publique',
      'mentions legales obligatoires',
      'legal requirements',
      'agrement',
      'licensed',
      'licence',
    ],
  ],
  [
    'no_agency',
    [
      "pas d'agence",
      'sans agence',
      'no agency',
      'no agencies',
      'without an agency',
      'without agencies',
      'en interne',
      'in-house',
      'in house',
      'internalis*',
      'pas de prestataire',
    ],
  ],
  [
    'resources',
    [
      'pas le temps',
      'peu de temps',
      'manque de temps',
      'no time',
      'little time',
      'limited time',
      'budget serre',
      'tight budget',
      'bootstrap*',
      'limited budget',
      'budget limite',
      'pas de budget',
      'no budget',
      'petit budget',
      'small budget',
      'autofinance*',
      'self-funded',
    ],
  ],
  [
    'capacity',
    [
      'stock limite',
      'stocks limites',
      'capacite de production',
      'production capacity',
      'limited capacity',
      "liste d'attente",
      'waitlist',
      'waiting list',
      'rupture*',
      'out of stock',
      'capacite limitee',
      'complet',
    ],
  ],
  [
    'refusals',
    [
      'refuse*',
      'cannot',
      "can't",
      'can not',
      'ne pouvons pas',
      'ne peut pas',
      'ne pouvez pas',
      'impossible',
      'pas autorise*',
      'not permitted',
      'policy',
      'politique interne',
      'safeguarding',
      'ne veut pas',
      'ne veux pas',
      'ne souhaite pas',
      'ne souhaitons pas',
      "don't want",
      'do not want',
      'no paid ads',
      'pas de publicite',
      'pas de pub',
      "won't",
      'will not',
      'avoid',
      'eviter',
      'jamais de',
      'never',
      'no discount*',
      'pas de promo*',
      'pas de soldes',
      'hors de question',
      'out of the question',
    ],
  ],
  [
    'deadline',
    [
      'deadline',
      'date limite',
      'au plus tard',
      'at the latest',
      'avant le',
      'before the',
      'must launch by',
      'doit etre pret',
    ],
  ],
  [
    'brand',
    [
      'charte graphique',
      'brand guidelines',
      'tone of voice',
      'ton de marque',
      'image haut de gamme',
      'premium positioning',
      'luxe',
      'luxury',
    ],
  ],
];

const ALL_WORDS = CONSTRAINT_WORDS.flatMap(([, words]) => words);

/** Constraint sentences in order, each once, as the brief words them (clipped to 200 characters). */
export function findConstraints(doc: BriefDocument): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const s of doc.sentences) {
    // A greeting, a sign-off or a line about the document ("Thanks as always", "Quick update before the
    // board meeting") sits in whatever section came last; it limits nothing.
    if (s.heading || s.section === 'competitors' || isMetaLine(s.text)) continue;
    const inSection = s.section === 'constraints';
    const text = inSection ? withoutLabel(s.text) : outsideGoal(s);
    // "pas de pub ; forte saisonnalité": one constraint per part.
    for (const part of text.split(/\s;\s|;\s/)) {
      if (!inSection && !hasAnyKeyword(part, ALL_WORDS)) continue;
      const constraint = clip(trimPhrase(part), 200);
      const key = fold(constraint);
      if (constraint.length > 0 && !seen.has(key)) {
        seen.add(key);
        out.push(constraint);
      }
    }
  }
  return out;
}
