// Language of a text and the text folding every layer shares: the ground floor, importing nothing above it.
export { detectLanguage, languageScores } from './detect-language.js';
export { MONTH_ABBREVIATIONS, MONTH_NAMES, monthName } from './month-names.js';
export {
  contentWords,
  type FoldOptions,
  foldedWords,
  foldText,
  singular,
  stripAccents,
} from './normalise.js';
export { type StopWordList, type StopWordsByLanguage, stopWords, stopWordsByLanguage } from './stop-words.js';
