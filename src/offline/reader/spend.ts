// Marketing money already committed: "we spend €40k a year on trade shows", "on met 800 € par mois dans Google Ads".
// Read only where a spending verb, an amount and what it pays for stand in one clause, outside the budget sentence.
import type { CommittedSpend } from '../../../agents/brief.js';
import { READER_TERMS } from '../../knowledge/reader/reader-terms.js';
import { BUDGET_WORD, periodOf } from './budget.js';
import { clauseAt, namedIn, presentText, segments } from './channels.js';
import type { BriefDocument } from './document.js';
import type { Found } from './found.js';
import { indexWords, keywordHits } from './keyword-match.js';
import { findMoney, isPrice } from './money.js';
import { cleanPhrase } from './offer.js';
import { nounPhrase } from './phrase.js';
import { fold } from './text.js';

/** The first channel named in the text, in the language of the sentence it stands in. */
function channelIn(text: string, sentence = text): string | null {
  const index = indexWords(fold(text));
  const channel = READER_TERMS.channels
    .flatMap((c) => c.keywords.flatMap((k) => keywordHits(index, k).map((h) => ({ c, at: h.start }))))
    .sort((a, b) => a.at - b.at)[0];
  if (channel === undefined) return null;
  return channel.c[/[àâéèêîôûç]|\s(?:de|les|en)\s/u.test(sentence) ? 'fr' : 'en'];
}

/** What the money pays for: the channel named in the clause, else the noun phrase after "on", "en", "dans"… */
function whatFor(clause: string, after: string, sentence = clause): string | null {
  const channel = channelIn(clause, sentence);
  if (channel !== null) return channel;
  const m =
    /^[^.]*?\s(?:on|en|dans|pour|sur|for|into|in)\s+(?:(?:the|les|le|la|l'|des|du|de|nos|our|a|an)\s+)?/iu.exec(
      after,
    );
  return m ? cleanPhrase(nounPhrase(after.slice(m[0].length), 6), 6) : null;
}

/** "of which €30k is already booked for trade shows", "dont 5 000 € déjà engagés pour le salon": money set aside. Folded. */
const BOOKED =
  /(?:already|deja)\s+(?:been\s+)?(?:booked|committed|spent|allocated|reserved|paid|signed|earmarked|engage(?:e|s|es)?|reserve(?:e|s|es)?|depense(?:e|s|es)?|paye(?:e|s|es)?|signe(?:e|s|es)?|prevu(?:e|s|es)?)(?![a-z])/gu;

/**
 * "$40,000 committed", "4 800 € par an, engagés", "le stand est réservé (15 000 €)": a booking word right after an
 * amount or a verb "to be", with no "already". Never "réservés au SEO" (a share of the budget set aside). Folded.
 */
const BARE_BOOKED =
  /(?<=(?:\d|€|\$|£)\s?(?:€|\$|£|k|eur|usd|gbp)?(?:\s(?:par an|per year|a year|par mois|per month|a month))?\s?[,:]?\s|\s(?:est|is|sont|are|been)\s)(?:booked|committed|engage(?:e|s|es)?|reserve(?:e|s|es)?)(?![a-z])(?!\s+(?:a|au|aux|to|for)\s)/gu;

/**
 * "CAD 35,000 total until launch (trailer agency already paid)": a booking in brackets with its own subject and no
 * amount of its own says something was paid, not that the amount outside the brackets (the budget) was spent.
 */
function bookedByOwnSubject(text: string, at: number, money: { start: number }): boolean {
  const open = text.lastIndexOf('(', at);
  if (open === -1 || text.lastIndexOf(')', at) > open || money.start > open) return false;
  return /\p{L}{3,}/u.test(text.slice(open + 1, at).replace(/\b(?:already|deja|déjà)\b/giu, ''));
}

/** Amounts the brief says are already booked, budget sentence included: one-off unless a period follows the amount. */
function bookedSpend(doc: BriefDocument): Array<Found<CommittedSpend>> {
  const out: Array<Found<CommittedSpend>> = [];
  for (const [i, s] of doc.sentences.entries()) {
    const text = presentText(s);
    if (text === null) continue;
    const folded = fold(text);
    const segmentOf = segments(text);
    const previous = doc.sentences[i - 1];
    for (const hit of [...folded.matchAll(BOOKED), ...folded.matchAll(BARE_BOOKED)]) {
      // The amount just before ("€30k is already booked", "38 000 € pour le catalogue (déjà engagés)", with no break
      // between) or just after ("déjà engagé : 5 000 €").
      const money = findMoney(text)
        .filter(
          (m) =>
            (m.end <= hit.index &&
              (hit.index - m.end < 30 ||
                (hit.index - m.end < 60 && !/[,;:.]/u.test(text.slice(m.end, hit.index))))) ||
            (m.start >= hit.index && m.start - hit.index < 40),
        )
        .sort((a, b) => Math.abs(a.start - hit.index) - Math.abs(b.start - hit.index))[0];
      if (money === undefined || bookedByOwnSubject(text, hit.index, money)) continue;
      const clause = clauseAt(text, segmentOf, money.start);
      const rest = text.slice(hit.index + hit[0].length);
      // What it pays for: named after the booking word, else between the amount and it, else earlier in the sentence.
      const between = money.end <= hit.index ? text.slice(money.end, hit.index) : '';
      const before = text.slice(0, Math.min(hit.index, money.start));
      // "Salons : nous exposons à … Les deux sont réservés : 180 000 € déjà engagés": the channel one sentence back.
      // "salon Franchise Expo Paris (stand déjà payé : 22 000 €), newsletter": a booking in brackets pays for what
      // stands before them, never for the next item of the list.
      const inBrackets = /^[^()]*\)/u.test(rest);
      // "45k euros a year for trade fairs already committed, plus maybe 15k for everything else": a channel between the
      // amount and the booking word is what it pays for, never what the next amount pays for.
      const what =
        (between !== '' ? channelIn(between, text) : null) ??
        whatFor(rest.split(inBrackets ? /[;.)]/u : /[;.]/u)[0] ?? '', rest, text) ??
        (inBrackets ? (namedIn(clause) ?? channelIn(clause, text)) : null) ??
        channelIn(text) ??
        (previous && !previous.heading ? channelIn(previous.text, text) : null) ??
        whatFor(between, between, text) ??
        cleanPhrase(nounPhrase(before.replace(/\([^)]*\)/gu, ' '), 8), 8);
      if (what === null || out.some((o) => o.from === clause)) continue;
      const after = indexWords(folded.slice(money.end, money.end + 15));
      const period = PERIOD_AFTER.find((p) =>
        p.after.some((w) => keywordHits(after, w).some((h) => h.start <= 3)),
      );
      out.push({
        value: { what, amount: money.amount, periodMonths: period ? period.months : null },
        from: clause,
      });
    }
  }
  return out;
}

const PERIOD_AFTER = READER_TERMS.calendar.amountPeriods.filter((p) => p.months > 0);

/** "trade fairs and Google Ads included", "salons compris", "including Meta": a budget that holds today's spend. Folded. */
const INCLUDED = /(?<![a-z])(?:included|including|includes|inclus|incluse?s?|compris|y compris)(?![a-z])/u;

/** Every channel named in a folded text, by its English name (an id that does not depend on the sentence). */
function channelsIn(folded: string): string[] {
  const index = indexWords(folded);
  return READER_TERMS.channels
    .flatMap((c) => c.keywords.flatMap((k) => keywordHits(index, k).map((h) => ({ c, at: h.start }))))
    .sort((a, b) => a.at - b.at)
    .map((h) => h.c.en);
}

/** "EUR 180k all-in", "35 000 € tout compris": an amount given as a channel's whole cost. Folded. */
const ALL_IN = /^\s*(?:all-in|all in|tout compris|en tout|au total|in total)(?![a-z])/u;

/**
 * Money a channel costs today with no spending verb: "Google Ads on … DE/NL, EUR 35k/month", "it-sa trade fair
 * (October, EUR 180k all-in)". A running amount is spend this year, not the plan's to re-allocate silently; a price
 * ("For £59/month you get…") is never one.
 */
function runningSpend(
  doc: BriefDocument,
  out: ReadonlyArray<Found<CommittedSpend>>,
): Array<Found<CommittedSpend>> {
  const found: Array<Found<CommittedSpend>> = [];
  // Only what the budget says it includes ("EUR 2.4M …, trade fairs and Google Ads included"): elsewhere the brief
  // does not say whether today's spend is inside the budget, and the plan must not guess.
  const included = new Set(
    doc.sentences
      .map((s) => fold(s.text))
      .filter((t) => BUDGET_WORD.test(t) && INCLUDED.test(t))
      .flatMap((t) => channelsIn(t)),
  );
  if (included.size === 0) return found;
  for (const s of doc.sentences) {
    const text = presentText(s);
    if (text === null || s.section === 'budget' || BUDGET_WORD.test(fold(text))) continue;
    const folded = fold(text);
    const segmentOf = segments(text);
    for (const money of findMoney(text)) {
      if (isPrice(folded, money)) continue;
      const after = indexWords(folded.slice(money.end, money.end + 15));
      const period = PERIOD_AFTER.find((p) =>
        p.after.some((w) => keywordHits(after, w).some((h) => h.start <= 3)),
      );
      if (period === undefined && !ALL_IN.test(folded.slice(money.end))) continue;
      const clause = clauseAt(text, segmentOf, money.start);
      // The channel the amount's list item names before it ("Google Ads on … DE/NL, EUR 35k/month; Monthly webinars"),
      // never the next item's.
      const item =
        text
          .slice(0, money.start)
          .split(/[;\n]|\.\s/u)
          .pop() ?? '';
      const what = channelIn(item, text);
      const term = channelsIn(fold(item))[0];
      const seen = [...out, ...found].some(
        (o) => o.from === clause || o.from.includes(clause) || clause.includes(o.from),
      );
      if (what === null || seen || term === undefined || !included.has(term)) continue;
      found.push({
        value: { what, amount: money.amount, periodMonths: period ? period.months : null },
        from: clause,
      });
    }
  }
  return found;
}

export function findCommittedSpend(doc: BriefDocument): Array<Found<CommittedSpend>> {
  const out: Array<Found<CommittedSpend>> = bookedSpend(doc);
  for (const s of doc.sentences) {
    const text = presentText(s);
    if (text === null || s.section === 'budget' || BUDGET_WORD.test(fold(text))) continue;
    const index = indexWords(fold(text));
    const segmentOf = segments(text);
    for (const hit of READER_TERMS.signals.spend.flatMap((w) => keywordHits(index, w))) {
      const money = findMoney(text).find((m) => m.start > hit.start && m.start - hit.end < 40);
      if (money === undefined) continue;
      const clause = clauseAt(text, segmentOf, money.start);
      const what = whatFor(clause, text.slice(money.end));
      if (what === null || out.some((o) => o.from === clause || o.from.includes(clause))) continue;
      const period = periodOf(fold(text), money);
      const periodMonths = period === -1 ? null : period;
      const amount = period === -1 ? Math.round((money.amount * 52) / 12) : money.amount;
      out.push({ value: { what, amount, periodMonths: period === -1 ? 1 : periodMonths }, from: clause });
    }
  }
  out.push(...runningSpend(doc, out));
  return out;
}
