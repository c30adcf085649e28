// Spend running today is read as committed spend, with the channel it pays for; a subscription price is no spend.
// Snippets hand-authored from review 2's briefs (Pedalo, Shieldwise).
import { describe, expect, it } from 'vitest';
import { Brief } from '../../agents/brief.js';
import { readBrief } from '../../src/offline/reader/index.js';

const read = (text: string) => Brief.parse(readBrief(text, { start: '2027-01' }));

describe('spend running today', () => {
  const channels =
    'Channels: it-sa Nuremberg trade fair (October, EUR 180k all-in); Google Ads on "security awareness training" DE/NL, EUR 35k/month; Monthly webinars with 300-600 registrants.';

  it("leaves today's spend out when the budget does not say it holds it", () => {
    expect(read(`${channels} Budget: EUR 2.4M for 2027.`).committedSpend).toEqual([]);
  });

  it('reads the spend a budget says it includes as committed, on the channel each amount follows', () => {
    const brief = read(
      `${channels} Budget: EUR 2.4M marketing budget for 2027, trade fairs and Google Ads included.`,
    );
    expect(brief.committedSpend).toContainEqual({ what: 'Google Ads', amount: 35_000, periodMonths: 1 });
    expect(brief.committedSpend.map((c) => c.amount)).toContain(180_000);
  });

  it('never reads a subscription price as a channel spend', () => {
    const brief = read(
      'For £59/month you get a Pedalo e-bike. CAC around £140 mostly from Meta ads (we spend ~£18k/month there).',
    );
    expect(brief.channels.filter((c) => c.metric === 'monthly spend').map((c) => c.value)).toEqual([18_000]);
    expect(brief.committedSpend).toEqual([
      { what: 'Meta ads (Facebook/Instagram)', amount: 18_000, periodMonths: 1 },
    ]);
  });
});
