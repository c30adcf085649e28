// Constraints: a "Contraintes" section, or sentences holding a limit's words (signals.yaml), kept as the brief words them.

import { READER_TERMS } from '../../knowledge/reader/reader-terms.js';
import { BUDGET_WORD } from './budget.js';
import { type BriefDocument, withoutLabel } from './document.js';
import type { Found } from './found.js';
import { outsideGoal } from './goals.js';
import { hasAnyKeyword } from './keyword-match.js';
import { isMetaLine } from './meta-lines.js';
import { refusalsOf } from './refusals.js';
import { capitalize, clip, fold, trimPhrase } from './text.js';

/**
 * "€220,000 per year, excluding trade fairs (Achema, IFAT already funded separately)": spending the brief puts outside
 * the marketing budget. Kept as a constraint in its words (it is paid for elsewhere), never as committed spend.
 */
const OUTSIDE_BUDGET =
  /(?:excluding|not including|except(?:\s+for)?|hors|en dehors d(?:es?|u)|sans compter)\s+(?:les?\s+|la\s+|l'|the\s+)?[^,;.()]{3,60}(?:\s*\([^)]*\))?|[^,;.()]{3,60}(?:\s*\([^)]*\))?\s+(?:(?:is|are)\s+)?(?:already\s+)?(?:funded|paid|financed|budgeted)\s+separately|[^,;.()]{3,60}\s+(?:sont\s+|est\s+)?(?:deja\s+)?financee?s?\s+(?:a\s+part|separement|ailleurs)/u;

function outsideBudget(doc: BriefDocument): Array<Found<string>> {
  const out: Array<Found<string>> = [];
  for (const s of doc.sentences) {
    if (s.heading) continue;
    const folded = fold(s.text);
    const m = OUTSIDE_BUDGET.exec(folded);
    if (
      !m ||
      (s.section !== 'budget' && !BUDGET_WORD.test(folded) && !/separately|a part|separement/u.test(m[0]))
    )
      continue;
    const words = trimPhrase(s.text.slice(m.index, m.index + m[0].length));
    out.push({ value: capitalize(words), from: s.text });
  }
  return out;
}

/** A compliance or regulation word used as the name of what is sold ("compliance training packs", "RGPD audits"). */
const PRODUCT_NOUN =
  /\b(?:compliance|conformite|regulatory|reglementaire|gdpr|rgpd|nis2)\s+(?:compliance\s+)?(?:training|trainings|packs?|software|solutions?|services?|audits?|consulting|courses?|formations?|logiciels?|offres?|offers?|modules?|kits?)\b/u;
const PRODUCT_WORDS =
  /\b(?:compliance|conformit[ée]|regulatory|r[ée]glementaire|gdpr|rgpd|nis2)\s+(?:compliance\s+)?(?:training|trainings|packs?|software|solutions?|services?|audits?|consulting|courses?|formations?|logiciels?|offres?|offers?|modules?|kits?)\b/giu;

/** Constraint sentences in order, each once (clipped to 200 characters). */
export function findConstraints(doc: BriefDocument): Array<Found<string>> {
  const out: Array<Found<string>> = outsideBudget(doc);
  for (const s of doc.sentences) {
    if (s.heading || s.section === 'competitors' || isMetaLine(s.text)) continue;
    const inSection = s.section === 'constraints';
    const text = inSection ? withoutLabel(s.text) : outsideGoal(s);
    // "pas de pub ; forte saisonnalité": one constraint per part.
    for (const part of text.split(/\s;\s|;\s/)) {
      // "No cold calling: the MD hates it": a refusal naming a channel is a rule even without a limit's word.
      if (
        !inSection &&
        !hasAnyKeyword(part, READER_TERMS.signals.constraints) &&
        refusalsOf([part]).length === 0
      )
        continue;
      // "Also NIS2 compliance training packs": a product that is about compliance is what is sold, not a limit.
      if (
        !inSection &&
        PRODUCT_NOUN.test(fold(part)) &&
        !hasAnyKeyword(part.replace(PRODUCT_WORDS, ' '), READER_TERMS.signals.constraints)
      )
        continue;
      const constraint = clip(trimPhrase(part), 200);
      if (constraint.length > 0 && !out.some((c) => fold(c.value) === fold(constraint)))
        out.push({ value: constraint, from: part.trim() });
    }
  }
  return out;
}
