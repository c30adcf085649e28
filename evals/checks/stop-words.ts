// Stop-word counts per language: which of French or English a text is written in, by its commonest little words.
import type { Language } from '../../agents/brief.js';

// Words frequent in one language and rare in the other; ambiguous ones ("a", "on", "son", "as", "en") are left out.
const WORDS: Record<Language, ReadonlySet<string>> = {
  fr: new Set(
    (
      'le la les un une des du et est sont pour dans avec nous notre nos vous votre vos que qui sur pas par ' +
      'ce cette ces au aux sa ses leur leurs mais ou où à être très aussi chez entre depuis sous comme il elle ' +
      'ils elles qu d l plus sans'
    ).split(' '),
  ),
  en: new Set(
    (
      'the and is are for with we our you your that which not by this these to of at from be have has will ' +
      'but or it its their they was were been into than who what how more about when each without'
    ).split(' '),
  ),
};

export interface LanguageCounts {
  fr: number;
  en: number;
}

export function countStopWords(text: string): LanguageCounts {
  const counts: LanguageCounts = { fr: 0, en: 0 };
  // Splitting on anything but letters also splits elisions: "l'offre" counts "l".
  for (const word of text.toLowerCase().split(/[^\p{L}]+/u)) {
    if (WORDS.fr.has(word)) counts.fr += 1;
    if (WORDS.en.has(word)) counts.en += 1;
  }
  return counts;
}

/** Every string value inside a JSON value, in document order (keys are not text the model wrote). */
export function textValues(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(textValues);
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(textValues);
  return [];
}
