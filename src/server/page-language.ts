// Which language a page speaks: `?lang=`, else the brief's, else the browser's Accept-Language (French or English).
import type { UiLanguage } from '../web/labels/ui-labels.js';

export function pickLanguage(
  query: unknown,
  briefLanguage: UiLanguage | null,
  acceptLanguage: string | undefined,
): UiLanguage {
  const asked =
    typeof query === 'object' && query !== null ? (query as Record<string, unknown>).lang : undefined;
  if (asked === 'fr' || asked === 'en') return asked;
  if (briefLanguage) return briefLanguage;
  return fromAcceptLanguage(acceptLanguage);
}

/** The first of fr/en by quality in `fr-CH, fr;q=0.9, en;q=0.8`; English when neither is listed. */
export function fromAcceptLanguage(header: string | undefined): UiLanguage {
  if (!header) return 'en';
  const ranked = header
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().toLowerCase().split(';');
      const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
      return { primary: tag.split('-')[0], q: q === undefined ? 1 : Number(q), index };
    })
    .filter((entry) => (entry.primary === 'fr' || entry.primary === 'en') && entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  return ranked[0]?.primary === 'fr' ? 'fr' : 'en';
}
