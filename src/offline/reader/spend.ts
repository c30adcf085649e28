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

export function findCommittedSpend(doc: BriefDocument): Array<Found<CommittedSpend>> {
  const out: Array<Found<CommittedSpend>> = [];
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
      if (what === null || out.some((o) => o.from === clause)) continue;
      const period = periodOf(fold(text), money);
      const periodMonths = period === -1 ? null : period;
      const amount = period === -1 ? Math.round((money.amount * 52) / 12) : money.amount;
      out.push({ value: { what, amount, periodMonths: period === -1 ? 1 : periodMonths }, from: clause });
    }
  }
  return out;
}
