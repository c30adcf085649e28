// Every sentence the arbiter writes, picked by language from its implementations (phrases-en, phrases-fr).
import type { Language } from '../../agents/brief.js';
import type { Phrases } from './phrase-types.js';
import { PHRASES_EN } from './phrases-en.js';
import { PHRASES_FR } from './phrases-fr.js';

// The types stay importable from here, as before; the implementations import them from phrase-types.ts.
export type {
  ActionFacts,
  AdjustmentRule,
  BuiltOn,
  ConstraintCode,
  NumericField,
  Phrases,
  PlacementStory,
  QuestionGoal,
  ReferenceKind,
  RoomDetail,
} from './phrase-types.js';

export function phrasesFor(language: Language): Phrases {
  return language === 'fr' ? PHRASES_FR : PHRASES_EN;
}
