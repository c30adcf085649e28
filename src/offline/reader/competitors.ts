// Competitors the brief names: a "Concurrents" section or label, or "our competitors are…", "we compete with…".
import { type BriefDocument, withoutLabel } from './document.js';
import { fold, lowerFirst, trimPhrase } from './text.js';

/** Introduces a list of competitors in a sentence. Matched on the sentence with its first letter lowered. */
const INTRO =
  /(?:concurrents?|concurrence|competitors?|competition|competes? with|compete against|compétiteurs?|en concurrence avec|face à|alternatives?)(?:\s+(?:principaux|principales|directs?|indirects?|directes?|main|direct|indirect|locaux|local|majeurs?|major|historiques?|sont|est|are|is|include|incluent|comprennent|comme|such as|like|notamment|to us|:|-))*[\s,:-]+/u;

/** A capitalised brand: "Cire Trudon", "Calendly", "Nature & Découvertes", "Booking.com", "HubSpot". */
const BRAND =
  /^[«"“]?([A-ZÀ-ÖØ-ÞŒ0-9][A-Za-zÀ-ÖØ-öø-ɏ0-9'&.+-]*(?:\s(?:(?:de|du|des|la|le|les|&|et|of|the|and)\s){0,2}[A-ZÀ-ÖØ-ÞŒ0-9][A-Za-zÀ-ÖØ-öø-ɏ0-9'&.+-]*){0,4})/u;

/** "a lot of independent cafés", "quelques indépendants": the kind of competitor is what follows. */
const QUANTIFIER =
  /^(?:a lot of|lots of|plenty of|many|several|a few|some|other|beaucoup de|beaucoup d'|plein de|pas mal de|quelques|plusieurs|de nombreux|de nombreuses|nombreux|d'autres|autres)\s+/iu;

const DROP_START = /^(?:qui|que|dont|mais|which|who|that|but|where|où|etc|and so on)(?![A-Za-zÀ-ÖØ-öø-ɏ])/iu;
const NOT_COMPETITORS = new Set([
  'nous',
  'we',
  'us',
  'notre',
  'our',
  'aucun',
  'none',
  'personne',
  'nobody',
  'etc',
  'internet',
]);

/** List items, with a flag for those inside parentheses ("les grands cabinets (Mercer, Deloitte)"). */
function items(list: string): Array<{ item: string; inParens: boolean }> {
  const out: Array<{ item: string; inParens: boolean }> = [];
  const parts = list.replace(/…|\.\.\.|\betc\.?/giu, ' ').split(/([()])/u);
  let inParens = false;
  for (const part of parts) {
    if (part === '(' || part === ')') {
      inParens = part === '(';
      continue;
    }
    for (const raw of part.split(
      /\s*(?:,|;|:|\/|\s-\s|\bet\b|\band\b|\bou\b|\bor\b|\bainsi que\b|\bas well as\b|\bplus\b)\s*/u,
    )) {
      const item = trimPhrase(raw);
      if (item.length > 1) out.push({ item, inParens });
    }
  }
  return out;
}

/** One competitor from one list item, or null. Lower-case items are kept only from a dedicated list. */
function competitor(item: string, dedicated: boolean): string | null {
  if (DROP_START.test(item)) return null;
  const quantified = QUANTIFIER.exec(item);
  if (quantified) return dedicated ? competitor(item.slice(quantified[0].length), dedicated) : null;
  // "Les grandes surfaces" is a kind of competitor, "Les Jardins de Marie" a name.
  // No "i" flag: with it, [a-zß-öø-ÿœ] would match capitals too.
  const generic =
    /^(?:[Ll]es|[Ll]e|[Ll]a|[Ll]'|[Dd]es|[Tt]he|[Uu]ne?|[Aa]n?|[Ss]ome|[Dd]'autres|[Oo]ther)\s+[a-zß-öø-ÿœ]/u.test(
      item,
    );
  const brand = generic ? undefined : BRAND.exec(item)?.[1];
  if (brand !== undefined) {
    const name = trimPhrase(brand);
    return NOT_COMPETITORS.has(name.toLowerCase()) ? null : name;
  }
  if (!dedicated) return null;
  const words = item.replace(/^(?:les|le|la|l'|des|the|some|d'autres|other)\s+/iu, '').split(/\s+/);
  return words.length <= 6 ? words.join(' ') : null;
}

/** Named competitors in order of first mention, each once. */
export function findCompetitors(doc: BriefDocument): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  const add = (name: string | null) => {
    if (name === null) return;
    const key = fold(name);
    if (!seen.has(key)) {
      seen.add(key);
      out.push(name);
    }
  };
  for (const s of doc.sentences) {
    if (s.heading) continue;
    const text = lowerFirst(s.text);
    if (s.section === 'competitors') {
      const intro = INTRO.exec(text);
      const list = intro ? s.text.slice(intro.index + intro[0].length) : withoutLabel(s.text);
      for (const { item, inParens } of items(list)) add(competitor(item, !inParens));
      continue;
    }
    const intro = INTRO.exec(text);
    if (!intro) continue;
    const list = s.text.slice(intro.index + intro[0].length);
    for (const { item } of items(list)) add(competitor(item, false));
  }
  return out;
}
