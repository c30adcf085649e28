// Constraints: a "Contraintes" section, or sentences holding a limit's words (signals.yaml), kept as the brief words them.
import { READER_TERMS } from '../../knowledge/reader/reader-terms.js';
import { type BriefDocument, withoutLabel } from './document.js';
import type { Found } from './found.js';
import { outsideGoal } from './goals.js';
import { hasAnyKeyword } from './keyword-match.js';
import { isMetaLine } from './meta-lines.js';
import { clip, fold, trimPhrase } from './text.js';

/** Constraint sentences in order, each once (clipped to 200 characters). */
export function findConstraints(doc: BriefDocument): Array<Found<string>> {
  const out: Array<Found<string>> = [];
  for (const s of doc.sentences) {
    if (s.heading || s.section === 'competitors' || isMetaLine(s.text)) continue;
    const inSection = s.section === 'constraints';
    const text = inSection ? withoutLabel(s.text) : outsideGoal(s);
    // "pas de pub ; forte saisonnalité": one constraint per part.
    for (const part of text.split(/\s;\s|;\s/)) {
      if (!inSection && !hasAnyKeyword(part, READER_TERMS.signals.constraints)) continue;
      const constraint = clip(trimPhrase(part), 200);
      if (constraint.length > 0 && !out.some((c) => fold(c.value) === fold(constraint)))
        out.push({ value: constraint, from: part.trim() });
    }
  }
  return out;
}
