// Whether a brief is French or English, by counting each language's stop words: for the brief intake and the offline reader.
import type { Language } from '../../agents/brief.js';

/** Frequent function words that are spelt differently in the two languages (no shared "on", "a", "me"). */
const FRENCH = new Set([
  'le',
  'la',
  'les',
  'un',
  'une',
  'des',
  'du',
  'de',
  'et',
  'est',
  'sont',
  'nous',
  'vous',
  'je',
  'il',
  'elle',
  'pour',
  'avec',
  'dans',
  'sur',
  'par',
  'pas',
  'que',
  'qui',
  'notre',
  'nos',
  'votre',
  'leur',
  'ce',
  'cette',
  'ces',
  'au',
  'aux',
  'mais',
  'ou',
  'très',
  'plus',
  'être',
  'avoir',
  'fait',
  'chez',
  'aussi',
  'sans',
  'mois',
  'ans',
  'année',
  'entre',
  'depuis',
  'ici',
  'avons',
  'sommes',
  'voulons',
  'vend',
  'vendons',
]);

const ENGLISH = new Set([
  'the',
  'and',
  'is',
  'are',
  'we',
  'our',
  'you',
  'your',
  'i',
  'it',
  'for',
  'with',
  'to',
  'of',
  'in',
  'that',
  'this',
  'these',
  'they',
  'their',
  'not',
  'but',
  'or',
  'very',
  'more',
  'be',
  'have',
  'has',
  'was',
  'will',
  'from',
  'by',
  'at',
  'as',
  'months',
  'year',
  'years',
  'want',
  'sell',
  'customers',
  'which',
  'who',
]);

/** Stop-word counts for both languages. */
export function languageScores(text: string): { fr: number; en: number } {
  const words = text.toLowerCase().match(/[A-Za-zÀ-ÖØ-öø-ɏ']+/gu) ?? [];
  let fr = 0;
  let en = 0;
  for (const raw of words) {
    // "l'atelier", "d'ici", "qu'il": the elided article is French evidence on its own.
    const word = raw.replace(/^(?:l|d|qu|n|s|j|c|m)'/, (p) => {
      fr += 1;
      return p === raw ? p : '';
    });
    if (FRENCH.has(word)) fr += 1;
    if (ENGLISH.has(word)) en += 1;
  }
  return { fr, en };
}

/**
 * 'fr' or 'en' by stop-word count. A tie (including an empty text) goes to French only when the text
 * carries French accents, otherwise to English: a guess must come from the text, not from a default.
 */
export function detectLanguage(text: string): Language {
  const { fr, en } = languageScores(text);
  if (fr !== en) return fr > en ? 'fr' : 'en';
  return /[éèêàùçœ]/i.test(text) ? 'fr' : 'en';
}
