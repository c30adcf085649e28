// Lines about the document rather than the company: titles, addressees, greetings, sign-offs, requests for the plan.
// A description, an offer, a goal or a constraint is never read from them.
import { fold } from './text.js';

/**
 * Openings of a line that speaks about the brief itself ("notes pour le consultant", "Objet :", "To:",
 * "Prepared by…", "Quick update…") or greets and signs off ("Bonjour", "Thanks as always"). Folded.
 */
const META_OPENING =
  /^(?:notes?|brief|memo|memo|compte rendu|resume|summary|draft|brouillon|objet|subject|re|tr|fwd?|ref|to|from|cc|de|a|pour|attn|a l'attention|prepared (?:by|for)|written (?:by|for)|prepare(?:e)? (?:par|pour)|redige(?:e)? par|ecrit(?:e)? par|quick update|update|mise a jour|petit point|bonjour|bonsoir|hello|hi|hey|dear|cher|chere|madame|monsieur|thanks?|thank you|merci|cordialement|bien a (?:vous|toi)|best(?: regards)?|kind regards|regards|cheers|a bientot|see you|je vous (?:contacte|ecris|sollicite)|je me permets|i'?m writing|i am writing|(?:i'?m|we'?re|i am|we are) reaching out)(?:\s*[:,!.-]|\s|$)/u;

/** An addressee or an occasion: "pour le consultant", "for the board away-day", "before the board meeting". */
const AUDIENCE_OF_DOCUMENT =
  /(?:pour|for|to|a|avant|before)\s(?:le|la|les|l'|notre|nos|mon|ma|the|our|my|all)\s?(?:consultant|consultante|agence|agency|board|conseil d'administration|investors|investisseurs|advisors|bénévoles?|benevoles?|volunteers?|away-day|board meeting|comite|comité|associes|partners meeting)(?![a-z])/u;

/** Lines that close the message: "comments welcome before Thursday", "ce que j'attends : …". */
const CLOSING =
  /(?:comments welcome|vos retours|retours bienvenus|ce que j'attends|what i expect|what we expect|what should we (?:actually )?do|par quoi commencer)/u;

/**
 * True when the line is about the document: a title or addressee line, a greeting, a sign-off, or a line
 * that names who the notes are for. Case and accents are ignored.
 */
export function isMetaLine(text: string): boolean {
  const folded = fold(text.trim()).replace(/^[*_#>\s-]+/u, '');
  if (folded === '') return true;
  // "A" and "De" open sentences too ("De nombreux clients…"): only as a label ("À : …", "De : …") are they headers.
  const opening = META_OPENING.exec(folded);
  if (opening) {
    const word = opening[0].trim().replace(/[:,!.-]$/u, '');
    const labelOnly = ['de', 'a', 'pour', 'to', 'from', 're', 'tr', 'ref', 'cc', 'update', 'notes', 'note'];
    if (!labelOnly.includes(word) || /^[a-z' ]{1,12}\s?:/u.test(folded)) return true;
  }
  if (AUDIENCE_OF_DOCUMENT.test(folded) && folded.split(/\s+/).length <= 16) return true;
  return CLOSING.test(folded);
}

/**
 * A title line of parts joined by dashes or bars ("notes pour le consultant - Maison Fournier (boulangerie) -
 * Camille F."): short parts, no sentence. It names things; it does not say what the company does.
 */
export function isTitleLine(text: string): boolean {
  const parts = text.split(/\s[-|]\s/);
  if (parts.length < 2 || /[.!?]$/u.test(text.replace(/\s[A-Z]\.$/u, ''))) return false;
  return parts.every((part) => part.trim().split(/\s+/).length <= 6);
}
