// Language of a text, shared by the brief intake and the offline reader.
export { detectLanguage, languageScores } from './detect-language.js';
