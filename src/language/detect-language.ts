// Whether a brief is French or English, by counting each language's stop words: for the brief intake and the offline reader.
import type { Language } from '../../agents/brief.js';
import { stopWordsByLanguage } from './stop-words.js';

/** Frequent function words spelt differently in the two languages: the data file's `detection` list. */
const { fr: FRENCH, en: ENGLISH } = stopWordsByLanguage('detection');

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
