// Sentences about dates, decisions, reviews and changes, picked by language (steering-phrases-en, -fr).
import type { Language } from '../../agents/brief.js';
import type { SteeringPhrases } from './steering-phrase-types.js';
import { STEERING_EN } from './steering-phrases-en.js';
import { STEERING_FR } from './steering-phrases-fr.js';

// The types stay importable from here, as before; the implementations import them from steering-phrase-types.ts.
export type { ReviewFigures, SteeringPhrases } from './steering-phrase-types.js';

export function steeringPhrasesFor(language: Language): SteeringPhrases {
  return language === 'fr' ? STEERING_FR : STEERING_EN;
}
