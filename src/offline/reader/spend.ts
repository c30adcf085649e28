// Marketing money already committed: "we spend €40k a year on trade shows", "on met 800 € par mois dans Google Ads".
// Read only where a spending verb, an amount and what it pays for stand in one clause, outside the budget sentence.
import type { CommittedSpend } from '../../../agents/brief.js';
import { READER_TERMS } from '../../knowledge/reader/reader-terms.js';
import { BUDGET_WORD, periodOf } from './budget.js';
import { clauseAt, presentText, segments } from './channels.js';
import type { BriefDocument } from './document.js';
import type { Found } from './found.js';
import { indexWords, keywordHits } from './keyword-match.js';
import { findMoney } from './money.js';
import { cleanPhrase } from './offer.js';
import { nounPhrase } from './phrase.js';
import { fold } from './text.js';

/** What the money pays for: the channel named in the clause, else the noun phrase after "on", "en", "dans"… */
function whatFor(clause: string, after: string): string | null {
  const folded = fold(clause);
  const index = indexWords(folded);
  const channel = READER_TERMS.channels
    .flatMap((c) => c.keywords.flatMap((k) => keywordHits(index, k).map((h) => ({ c, at: h.start }))))
    .sort((a, b) => a.at - b.at)[0];
  if (channel !== undefined) return channel.c[/[àâéèêîôûç]|\s(?:de|les|en)\s/u.test(clause) ? 'fr' : 'en'];
  const m =
    /^[^.]*?\s(?:on|en|dans|pour|sur|for|into|in)\s+(?:(?:the|les|le|la|l'|des|du|de|nos|our|a|an)\s+)?/iu.exec(
      after,
    );
  return m ? cleanPhrase(nounPhrase(after.slice(m[0].length), 6), 6) : null;
}

/** "of which €30k is already booked for trade shows", "dont 5 000 € déjà engagés pour le salon": money set aside. Folded. */
const BOOKED =
  /(?:already|deja)\s+(?:been\s+)?(?:booked|committed|spent|allocated|reserved|paid|signed|earmarked|engage(?:e|s|es)?|reserve(?:e|s|es)?|depense(?:e|s|es)?|paye(?:e|s|es)?|signe(?:e|s|es)?|prevu(?:e|s|es)?)(?![a-z])/gu;

/** Amounts the brief says are already booked, budget sentence included: one-off unless a period follows the amount. */
function bookedSpend(doc: BriefDocument): Array<Found<CommittedSpend>> {
  const out: Array<Found<CommittedSpend>> = [];
  for (const s of doc.sentences) {
    const text = presentText(s);
    if (text === null) continue;
    const folded = fold(text);
    const segmentOf = segments(text);
    for (const hit of folded.matchAll(BOOKED)) {
      // The amount just before ("€30k is already booked") or just after ("déjà engagé : 5 000 €").
      const money = findMoney(text)
        .filter(
          (m) =>
            (m.end <= hit.index && hit.index - m.end < 30) ||
            (m.start >= hit.index && m.start - hit.index < 40),
        )
        .sort((a, b) => Math.abs(a.start - hit.index) - Math.abs(b.start - hit.index))[0];
      if (money === undefined) continue;
      const clause = clauseAt(text, segmentOf, money.start);
      const rest = text.slice(hit.index + hit[0].length);
      const what = whatFor(rest.split(/[;.]/u)[0] ?? '', rest);
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
  return out;
}
