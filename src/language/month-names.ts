// Month names in French and English, as a sentence writes them ("janvier", "January"); no Intl, so output never depends on ICU.
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

/** The name of month 1–12; any other number is written as itself, never dropped. */
export function monthName(month: number, language: Language): string {
  return MONTH_NAMES[language][month - 1] ?? String(month);
}
