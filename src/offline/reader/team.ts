// Team and time for marketing: people and hours per week ("2 personnes à mi-temps" → 2 people, 35 h).
// Rules: a full-time week is 35 h in a French brief and 40 h in an English one; people given without
// hours are taken as full-time (and the reading says so); hours given without people are one person's;
// "chacun"/"each" multiplies. Nothing said about time or people leaves capacity unknown (null).
// A team listed member by member, each with their time ("moi (à temps plein), Thomas (à temps plein) et
// Léa, 3 jours par semaine"), is counted in full-time equivalents: 2.6 people, 91 hours.
import type { Capacity, Language } from '../../../agents/brief.js';
import type { BriefDocument, Sentence } from './document.js';
import type { Found } from './found.js';
import { findMoney } from './money.js';
import { NUMBER_SOURCE, NUMBER_WORD_SOURCE, parseCount } from './numbers.js';
import { fold } from './text.js';

export const FULL_TIME_HOURS: Readonly<Record<Language, number>> = { fr: 35, en: 40 };

const COUNT = `(${NUMBER_SOURCE}|${NUMBER_WORD_SOURCE})`;
const PEOPLE_NOUN = `(?:personnes?|people|persons?|salarie(?:e)?s|employees|etp|fte|collaborat[A-Za-zÀ-ÖØ-öø-ɏ]*|marketers?|marketeurs?|growth marketers?|community managers?|chargee?s? de (?:marketing|communication)|full-?time (?:people|staff)|staff)`;
const MARKETING = `(?:marketing|communication|com|growth|acquisition|social media|reseaux sociaux|sales and marketing|content)`;

const PEOPLE_PATTERNS: readonly RegExp[] = [
  // "4 in marketing", "2 personnes dédiées au marketing", "three people working on growth",
  // "we are 45 people, 7 of them in marketing", "dont 2 d'entre nous au marketing"
  new RegExp(
    `(?<![A-Za-zÀ-ÖØ-öø-ɏ0-9])${COUNT}\\s+(?:${PEOPLE_NOUN}\\s+)?(?:(?:of (?:them|us)|d['’]entre (?:nous|eux|elles))\\s+)?(?:in|on|en|au|dans le|dans l'|dedicated to|dediee?s? (?:au|a la)|working on|qui s'occupent (?:du|de la)|sur le|a la|on the)\\s+(?:the\\s+)?${MARKETING}(?![A-Za-zÀ-ÖØ-öø-ɏ])`,
    'u',
  ),
  // "équipe marketing de 3 personnes", "marketing team of 5", "a team of two"
  new RegExp(
    `(?:equipe(?: marketing| com| communication)?|team|marketing team)\\s+(?:de|of)\\s+${COUNT}(?![A-Za-zÀ-ÖØ-öø-ɏ0-9])`,
    'u',
  ),
  // "3-person marketing team", "a 2-people team"
  new RegExp(
    `(?<![A-Za-zÀ-ÖØ-öø-ɏ0-9])${COUNT}[- ](?:person|people|personnes)\\s+(?:marketing\\s+)?(?:team|equipe)`,
    'u',
  ),
  // "marketing is 2 (me and a content person)", "le marketing, c'est 2 personnes"
  new RegExp(
    `(?<![A-Za-zÀ-ÖØ-öø-ɏ])${MARKETING}(?:\\s+team)?\\s*(?:is|are|=|:|,? c'est|est de|sont)\\s+${COUNT}(?![A-Za-zÀ-ÖØ-öø-ɏ0-9%])`,
    'u',
  ),
];

/**
 * A part of a sentence that counts the whole firm or another team ("Team is 25 people total", "sales team of 24 AEs",
 * "12 people;") while another part names the marketing people: the headcount is not marketing time, so it is set
 * aside. Parts are cut at commas, semicolons and brackets.
 */
function withoutHeadcount(folded: string): string {
  const parts = folded.split(/(?=[,;(])/u);
  const marketing = parts.filter((p) => MARKETING_CONTEXT.test(p));
  if (marketing.length === 0 || marketing.length === parts.length) return folded;
  return parts
    .filter((p) => MARKETING_CONTEXT.test(p) || !(PEOPLE_IN_CONTEXT.test(p) || OTHER_TEAM.test(p)))
    .join('');
}

/** "sales team of 24", "24 AEs", "31 vétérinaires": people counted for another job than marketing. */
const OTHER_TEAM =
  /(?:sales|dev|engineering|support|tech|production|commerciale?|vente|developpeurs?)\s+(?:team|equipe)|\d+\s+(?:aes?|account executives|sdrs?|devs?|developers|engineers|veterinaires|vets)(?![a-z])/u;

/** "N personnes" counts as the marketing team only in a team section or a sentence about marketing. */
const PEOPLE_IN_CONTEXT = new RegExp(
  `(?<![A-Za-zÀ-ÖØ-öø-ɏ0-9])${COUNT}\\s+${PEOPLE_NOUN}(?![A-Za-zÀ-ÖØ-öø-ɏ])`,
  'u',
);
// "s'occupe de l'entretien", "coordinators handle consultations": taking charge of something is not marketing.
const MARKETING_CONTEXT = new RegExp(`(?<![A-Za-zÀ-ÖØ-öø-ɏ])${MARKETING}(?![A-Za-zÀ-ÖØ-öø-ɏ])`, 'u');

/** "6 h par semaine à nous deux", "between the two of us", "we are three in marketing". */
const US_COUNT = new RegExp(
  `(?:a nous|entre nous|between the|nous sommes|we are|we're|(?<![A-Za-zÀ-ÖØ-öø-ɏ])the(?=\\s+\\S+\\s+of us))\\s+${COUNT}(?:\\s+of us)?(?![A-Za-zÀ-ÖØ-öø-ɏ0-9])`,
  'u',
);

const HOURS = new RegExp(
  `(?<![A-Za-zÀ-ÖØ-öø-ɏ0-9])${COUNT}\\s*(?:h|heures?|hours?|hrs?)\\s*(?:\\/|par|per|a|an|each|chaque|de la|every)?\\s*(?:semaine|sem\\.?|week|wk)(?![A-Za-zÀ-ÖØ-öø-ɏ])|(?<![A-Za-zÀ-ÖØ-öø-ɏ0-9])${COUNT}\\s*(?:h|heures?|hours?|hrs?)\\s*hebdo[A-Za-zÀ-ÖØ-öø-ɏ]*`,
  'u',
);
const HOURS_MONTH = new RegExp(
  `(?<![A-Za-zÀ-ÖØ-öø-ɏ0-9])${COUNT}\\s*(?:h|heures?|hours?|hrs?)\\s*(?:\\/|par|per|a|each|chaque)\\s*(?:mois|month)(?![A-Za-zÀ-ÖØ-öø-ɏ])`,
  'u',
);
const DAYS = new RegExp(
  `(?<![A-Za-zÀ-ÖØ-öø-ɏ0-9])${COUNT}\\s*(?:jours?|days?|j)\\s*(?:\\/|par|per|a|each|chaque)\\s*(?:semaine|week)(?![A-Za-zÀ-ÖØ-öø-ɏ])`,
  'u',
);
const HALF_DAY =
  /(?:une demi-journee|half a day|a half-day|one half-day|une demi journee)\s*(?:\/|par|per|a|chaque)\s*(?:semaine|week)/u;
const EACH = /(?:chacune?|each|par personne|per person|apiece)/u;

const HALF_TIME =
  /(?:a mi-temps|mi-temps|a temps partiel|temps partiel|part-time|part time|half-time|half time)/u;
const FULL_TIME = /(?:a temps plein|temps plein|plein temps|full-time|full time)/u;
const SHARE =
  /(\d{1,2})\s?%\s+(?:de (?:mon|son|leur|notre) temps|du temps|of (?:my|his|her|their|our) time)/u;

/** A figure shared by the whole team ("120 hours a week in total", "à nous deux"): not one member's. */
const SHARED =
  /(?:in total|en tout|au total|between us|entre nous|a nous (?:deux|trois)|together|ensemble|each|chacune?)/u;

/** One member's share of a full-time week, from the time given in their part of the list, or null. */
function memberShare(part: string, language: Language): { share: number; hours: number } | null {
  const full = FULL_TIME_HOURS[language];
  const hours = count(HOURS.exec(part));
  if (hours !== null) return { share: hours / full, hours };
  const days = count(DAYS.exec(part));
  if (days !== null) return { share: days / 5, hours: (days * full) / 5 };
  if (HALF_TIME.test(part)) return { share: 0.5, hours: full / 2 };
  if (FULL_TIME.test(part)) return { share: 1, hours: full };
  return null;
}

/**
 * A team listed member by member with each one's time, in full-time equivalents; null unless at least
 * two parts of the list give a time. Parts are cut at commas and "et"/"and"/"plus" outside brackets.
 */
function listedMembers(folded: string, language: Language): { people: number; hours: number } | null {
  if (SHARED.test(folded)) return null;
  const parts: string[] = [];
  let depth = 0;
  let part = '';
  for (const token of folded.split(/([()]|,\s*|;\s*|\s+(?:et|and|plus)\s+)/u)) {
    if (token === '(' || token === ')') depth = Math.max(0, depth + (token === '(' ? 1 : -1));
    if (depth === 0 && /^(?:,\s*|;\s*|\s+(?:et|and|plus)\s+)$/u.test(token)) {
      parts.push(part);
      part = '';
    } else part += token;
  }
  parts.push(part);
  // "3 people in marketing (…), plus an SEO contractor 10 hours a week": a counted part is full-time.
  const timed = parts.flatMap((p) => {
    const share = memberShare(p, language);
    // "2 people full-time": the time is each one's.
    const n = share === null ? 1 : (count(PEOPLE_IN_CONTEXT.exec(p)) ?? 1);
    return share === null ? [] : [{ share: share.share * n, hours: share.hours * n }];
  });
  if (timed.length === 0) return null;
  const counted = parts.flatMap((p) => {
    if (memberShare(p, language) !== null) return [];
    // Only a count of people ("3 people", "2 marketers"): "an au marketing" is a year, not a person.
    const people = count(PEOPLE_IN_CONTEXT.exec(p));
    return people === null ? [] : [{ share: people, hours: people * FULL_TIME_HOURS[language] }];
  });
  const shares = [...counted, ...timed];
  if (shares.length < 2) return null;
  const people = shares.reduce((sum, s) => sum + s.share, 0);
  const hours = shares.reduce((sum, s) => sum + s.hours, 0);
  return { people: Math.round(people * 10) / 10, hours };
}

function count(m: RegExpExecArray | null): number | null {
  if (!m) return null;
  const raw = m.slice(1).find((g) => g !== undefined);
  return raw === undefined ? null : parseCount(raw);
}

interface Reading {
  people: number | null;
  hours: number | null;
  hoursEach: boolean;
  share: number | null;
  members: { people: number; hours: number } | null;
  /** The sentences that gave a figure, in order. */
  from: string[];
}

function readSentence(
  original: string,
  sentence: string,
  inTeamSection: boolean,
  language: Language,
  r: Reading,
): void {
  const before = JSON.stringify([r.people, r.hours, r.share, r.members]);
  const day = language === 'fr' ? 7 : 8;
  // "a couple of hours a week": two, as people mean it.
  const folded = withoutHeadcount(sentence.replace(/(?<![a-z])a couple of(?= hours| days| people)/gu, '2'));
  r.members ??= listedMembers(folded, language);
  for (const re of PEOPLE_PATTERNS) r.people ??= count(re.exec(folded));
  if (r.people === null && (inTeamSection || MARKETING_CONTEXT.test(folded))) {
    r.people = count(PEOPLE_IN_CONTEXT.exec(folded)) ?? count(US_COUNT.exec(folded));
  }
  if (r.hours === null) {
    const weekly = count(HOURS.exec(folded));
    const monthly = count(HOURS_MONTH.exec(folded));
    const days = count(DAYS.exec(folded));
    r.hours =
      weekly ??
      (monthly !== null ? Math.round((monthly * 12) / 52) : null) ??
      (days !== null ? days * day : null) ??
      (HALF_DAY.test(folded) ? day / 2 : null);
    if (r.hours !== null) r.hoursEach = EACH.test(folded);
  }
  if (r.share === null) {
    const share = SHARE.exec(folded);
    if (HALF_TIME.test(folded)) r.share = 0.5;
    else if (share) r.share = Number(share[1]) / 100;
    else if (FULL_TIME.test(folded)) r.share = 1;
  }
  if (JSON.stringify([r.people, r.hours, r.share, r.members]) !== before) r.from.push(original);
}

/** An amount of money: a sentence of the budget section that has none may still be about the team. */
const MONEY = /[€$£¥]|(?<![A-Za-z])(?:EUR|USD|GBP|CAD|CHF|AUD)(?![A-Za-z])|\d\s?k€/u;

/**
 * The sentence's text to read for the team, or null. A budget sentence is read without its amounts ("60 000 € pour
 * l'année, plus une chargée de communication à mi-temps"): "Budget and team" headings put both in one section.
 */
function relevant(s: Sentence): string | null {
  if (s.heading || s.section === 'goals' || s.section === 'competitors') return null;
  if (!MONEY.test(s.text)) return s.text;
  const amounts = findMoney(s.text);
  let text = s.text;
  for (const m of [...amounts].reverse()) text = `${text.slice(0, m.start)} ${text.slice(m.end)}`;
  return text;
}

/** "pas de marketeur", "no marketer", "nobody does marketing": the team's headcount is not marketing time. */
const NO_MARKETER =
  /(?:pas de|aucun|sans|no|without)\s+(?:vrai\s+|real\s+|dedicated\s+)?(?:marketeur|marketer|charge de (?:marketing|communication)|marketing person|one in marketing)|nobody does marketing|personne ne fait (?:de )?marketing/u;

export interface CapacityReading {
  readonly capacity: Found<Capacity> | null;
  /** Hours were not written: the people were taken as full-time. */
  readonly assumedFullTime: boolean;
}

/** People and weekly hours for marketing, or null when the brief says nothing about either. */
export function findCapacity(doc: BriefDocument, language: Language): CapacityReading {
  const r: Reading = { people: null, hours: null, hoursEach: false, share: null, members: null, from: [] };
  for (const s of doc.sentences) {
    const text = relevant(s);
    if (text === null) continue;
    // "5 personnes, dont une responsable partenariats ; pas de marketeur": the count is the firm, not marketing.
    if (NO_MARKETER.test(fold(text)) && !HOURS.test(fold(text)) && !DAYS.test(fold(text))) continue;
    readSentence(s.text, fold(text), s.section === 'team', language, r);
  }
  const from = r.from.join(' … ');
  if (r.members !== null)
    return {
      capacity: { value: { people: r.members.people, hoursPerWeek: r.members.hours }, from },
      assumedFullTime: false,
    };
  // Hours or a share with no count are one person's: a helper named without time adds no capacity.
  const people = r.people ?? (r.hours !== null || r.share !== null ? 1 : null);
  if (people === null || (r.hours === null && r.share === null && r.people === null))
    return { capacity: null, assumedFullTime: false };
  const full = FULL_TIME_HOURS[language];
  const hoursPerWeek =
    r.hours !== null ? (r.hoursEach ? r.hours * people : r.hours) : people * full * (r.share ?? 1);
  const value = { people, hoursPerWeek: Math.round(hoursPerWeek * 10) / 10 };
  return { capacity: { value, from }, assumedFullTime: r.hours === null && r.share === null };
}
