// Guesses whether a brief is French or English by counting each language's most common short words.
import type { Language } from '../../agents/brief.js';

// Words frequent in one language and rare in the other; ambiguous ones ("a", "on", "son", "as") are left out.
const FRENCH = new Set(
  (
    'le la les un une des du de et est sont pour dans avec nous notre nos vous votre vos que qui sur ' +
    'pas par ce cette ces au aux en sa ses leur leurs mais ou où à être avons sommes très aussi chez ' +
    'entre depuis sous comme il elle ils elles mois ans clients entreprise l d qu'
  ).split(' '),
);
const ENGLISH = new Set(
  (
    'the and is are for in with we our you your that which not by this these to of at from be have ' +
    'has will but or it its their they was were been very also into than us months year years ' +
    'customers company who what how more most about'
  ).split(' '),
);
const FRENCH_LETTERS = /[àâçéèêëîïôûùüÿœ]/g;

/** 'fr' or 'en'; a tie goes to French when accented letters appear, else to English. */
export function detectLanguage(text: string): Language {
  const lower = text.toLowerCase();
  let french = 0;
  let english = 0;
  // Splitting on anything but letters also splits elisions: "l'entreprise" counts "l".
  for (const word of lower.split(/[^\p{L}]+/u)) {
    if (FRENCH.has(word)) french += 1;
    if (ENGLISH.has(word)) english += 1;
  }
  if (french !== english) return french > english ? 'fr' : 'en';
  return (lower.match(FRENCH_LETTERS)?.length ?? 0) > 0 ? 'fr' : 'en';
}
