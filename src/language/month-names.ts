// Month names in French and English, in full ("janvier") and short ("janv."); no Intl, so output never depends on ICU.
import type { Language } from '../../agents/brief.js';

export const MONTH_NAMES: Readonly<Record<Language, readonly string[]>> = {
  fr: [
    'janvier',
    'février',
    'mars',
    'avril',
    'mai',
    'juin',
    'juillet',
    'août',
    'septembre',
    'octobre',
    'novembre',
    'décembre',
  ],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
};

/** Month names shortened as a time axis or a table writes them ("janv. 27", "Jan 27"). */
export const MONTH_ABBREVIATIONS: Readonly<Record<Language, readonly string[]>> = {
  fr: ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'],
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
};

/** The name of month 1–12; any other number is written as itself, never dropped. */
export function monthName(month: number, language: Language): string {
  return MONTH_NAMES[language][month - 1] ?? String(month);
}
