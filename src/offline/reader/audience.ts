// Who the company sells to: a "Cible :" label, "nos clients sont…", "we target…", or "pour / for …" in its description.
import { READER_TERMS } from '../../knowledge/reader/reader-terms.js';
import { foldText } from '../../language/normalise.js';
import { type BriefDocument, bodySentences, type Sentence } from './document.js';
import type { Found } from './found.js';
import { cleanPhrase } from './offer.js';
import { phraseAfter } from './phrase.js';
import { clip, fold, lowerFirst, trimPhrase } from './text.js';

const LABEL =
  /^(?:cible|cibles|cœur de cible|audience|target(?: audience)?|target customers?|clientèle|clients? cibles?|personas?|ideal customers?|icp)\s*:\s*/iu;

const STATEMENTS: readonly RegExp[] = [
  /(?:notre cible|nos clients|notre clientèle|nos clientes|mes clients|ma clientèle|ma cible|nos utilisateurs|our customers|our target(?: audience)?|our audience|our clients|our users|our buyers|my customers|my clients)(?: principaux| principales| idéaux| sont surtout| are mostly)?\s*(?:sont|est|are|is|:)\s+(?:surtout|principalement|mostly|mainly|essentiellement)?\s*/u,
  /(?:nous ciblons|on cible|je cible|je reçois|nous recevons|on reçoit|j'accueille|nous accueillons|je soigne|I treat|I see|used by|utilisée?s? par|we target|we serve|I serve|we work with|we sell to|I sell to|nous travaillons avec|nous nous adressons à|on s'adresse à|je m'adresse à|nous vendons aux?|destinée?s? aux?|aimed at|designed for|built for|conçue? pour|pensée? pour|dédiée? aux?)\s+/u,
];

/** In the description: "… for dental clinics", "… pour les familles", "accompagne les PME…", "helps clinics…". */
const FOR_PHRASE =
  /(?:\s(?:pour (?:les |des )?|for |aux |to |auprès des? )|(?:accompagne|accompagnons|aide|aidons|équipe|outille|sert|servons|helps|serves|supports|equips)\s(?:les |des |l'|la |le )?)(?=[a-zß-öø-ÿœA-ZÀ-ÖØ-ÞŒ])/u;

/** Verbs that end the audience in "helps dental clinics manage appointments". */
const AUDIENCE_CUTS: readonly RegExp[] = [
  /\s(?:manage|run|grow|find|sell|reduce|save|automate|build|create|improve|track|book|schedule|get|hire|gérer|trouver|développer|améliorer|réduire|automatiser|digitaliser|vendre|piloter|suivre|recruter|fidéliser|dans leur|dans leurs|in their|with their|to|à (?=[a-zß-öø-ÿœ]))(?![A-Za-zÀ-ÖØ-öø-ɏ])/u,
];

/** Sections whose "nos clients sont…" is an aside, read only when nothing better says who buys. */
const ASIDES: ReadonlyArray<Sentence['section']> = [
  'constraints',
  'budget',
  'team',
  'channels',
  'goals',
  'competitors',
];

/** A new clause inside the phrase ("marketing, la mère s'occupe du caveau…"): a fragment, not who buys. Folded. */
const NEW_CLAUSE =
  /,\s(?:la|le|les|l'|il|elle|ils|elles|on|nous|je|j'|the|we|i|he|she|they|it|our|notre|mon|ma)\s/iu;

/** "pour moitié en direct", "for half the year": a share, not people. */
const QUANTITY =
  /^(?:moitié|la moitié|half|un tiers|a third|un quart|a quarter|la plupart|most|part|partie|une partie)(?![A-Za-zÀ-ÖØ-öø-ɏ])/iu;

/** Who buys, as a phrase fit to print; never a fragment nor the product itself ("marketplace for used camera gear"). */
function people(phrase: string | null, offer: string | null): string | null {
  if (phrase === null || NEW_CLAUSE.test(phrase) || QUANTITY.test(phrase) || phrase.includes('…'))
    return null;
  if (offer !== null && fold(offer) === fold(phrase)) return null;
  return phrase;
}

/** "spécialisé dans les artisans du bâtiment", "specialising in dental practices": people only when they are counted. */
const SPECIALISED =
  /(?:spécialisée?s?|specialised|specialized|specialising|specializing)\s+(?:dans|auprès|en|in|on)\s+(?:les\s+|des\s+|the\s+)?/u;

/** "…de l'alimentation et les auto-entrepreneurs" ends on a plural noun: people, not a field of law. */
function counted(phrase: string | null): boolean {
  const first = phrase?.split(/[\s,]+/)[0] ?? '';
  return /[sx]$/u.test(first) || /^[A-Z]{2,}$/u.test(first);
}

/** "nothing aimed at under-25s" (the Portman code): a refusal (refusals.yaml) names whom never to target, not the audience. */
function refused(text: string, re: RegExp): boolean {
  const m = re.exec(text);
  if (!m) return false;
  const before = ` ${foldText(text.slice(0, m.index))}`;
  return READER_TERMS.refusals.leads.some((lead) => before.endsWith(` ${lead}`));
}

function statement(text: string, offer: string | null): string | null {
  for (const re of STATEMENTS) {
    if (refused(lowerFirst(text), re)) continue;
    const phrase = people(cleanPhrase(phraseAfter(lowerFirst(text), re, 16, AUDIENCE_CUTS), 12), offer);
    if (phrase !== null) return phrase;
  }
  const special = people(cleanPhrase(phraseAfter(text, SPECIALISED, 16, AUDIENCE_CUTS), 12), offer);
  return counted(special) ? special : null;
}

/** The audience as the brief words it, or null. */
export function findAudience(
  doc: BriefDocument,
  description: string | null,
  offer: string | null = null,
): Found<string> | null {
  const body = bodySentences(doc);
  for (const s of body) {
    const m = LABEL.exec(s.text);
    const rest = m ? trimPhrase(s.text.slice(m[0].length)) : '';
    if (rest.length > 0) return { value: clip(rest, 200), from: s.text };
  }
  const section = body.find((s) => s.section === 'audience');
  if (section) return { value: clip(trimPhrase(section.text), 200), from: section.text };
  for (const s of body) {
    const phrase = ASIDES.includes(s.section) ? null : statement(s.text, offer);
    if (phrase !== null) return { value: phrase, from: s.text };
  }
  if (description !== null) {
    const phrase = people(cleanPhrase(phraseAfter(description, FOR_PHRASE, 10, AUDIENCE_CUTS), 10), offer);
    // "pour 18 mois" is not people, nor "for used camera gear": people are counted, so the head is a plural
    // ("for dental clinics", "pour les familles") or an acronym ("pour les PME").
    const head = phrase?.split(/\s+/).at(-1) ?? '';
    if (phrase !== null && !/^\d/.test(phrase) && (/[sx]$/u.test(head) || /^[A-Z]{2,}$/u.test(head)))
      return { value: phrase, from: description };
  }
  for (const s of body) {
    const phrase = statement(s.text, offer);
    if (phrase !== null) return { value: phrase, from: s.text };
  }
  return null;
}
