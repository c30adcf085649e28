// Numbers, money and calendar months as people read them, in the page's language (pure: runs on server and browser).
import { MONTH_ABBREVIATIONS } from '../../language/month-names.js';
import type { UiLanguage } from '../labels/ui-labels.js';

const locale = (lang: UiLanguage) => (lang === 'fr' ? 'fr-FR' : 'en-GB');

export function formatNumber(value: number, lang: UiLanguage, digits = 1): string {
  return new Intl.NumberFormat(locale(lang), { maximumFractionDigits: digits }).format(value);
}

export function formatMoney(value: number, currency: string, lang: UiLanguage): string {
  try {
    return new Intl.NumberFormat(locale(lang), {
      style: 'currency',
      currency,
      maximumFractionDigits: 0,
    }).format(value);
  } catch {
    // An unknown currency code from a model still shows the amount.
    return `${formatNumber(value, lang, 0)} ${currency}`;
  }
}

/** `YYYY-MM` plus `offset` months, as `YYYY-MM`; no Date, no time zone. */
export function addMonths(start: string, offset: number): string {
  const [year, month] = start.split('-').map(Number) as [number, number];
  const index = year * 12 + (month - 1) + offset;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** "Jan 27" / "janv. 27" for a `YYYY-MM` month. */
export function shortMonth(month: string, lang: UiLanguage): string {
  const [year, number] = month.split('-');
  return `${MONTH_ABBREVIATIONS[lang][Number(number) - 1] ?? number} ${String(year).slice(2)}`;
}

/** A stable month for "the plan starts now" when a run has no start month: the month the run began. */
export function monthOfIso(iso: string): string | null {
  return /^\d{4}-\d{2}/.test(iso) ? iso.slice(0, 7) : null;
}

export function formatDate(iso: string, lang: UiLanguage): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale(lang), {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'UTC',
  }).format(date);
}
