// A figure belongs to the channel named in its own clause, or the one just before it; a figure whose noun names
// another thing (reviews after a mailing list) is never pinned on a channel that already has its figure.
// Snippets hand-authored.
import { describe, expect, it } from 'vitest';
import { Brief } from '../../agents/brief.js';
import { readBrief } from '../../src/offline/reader/index.js';

const channels = (text: string) =>
  Brief.parse(readBrief(text, { language: 'en', start: '2027-01' })).channels.map(
    (c) => `${c.name}|${c.metric ?? ''}|${c.value ?? ''}`,
  );

describe('which channel a figure belongs to', () => {
  it.each([
    'Channels: Google Ads on "security awareness training" DE/NL, EUR 35k/month; Monthly webinars with 300-600 registrants.',
    'Current state - channels: Google Ads on "security awareness training" DE/NL, EUR 35k/month, Monthly webinars with 300-600 registrants.',
  ])('gives the monthly spend to Google Ads, not the webinars named after it: %s', (text) => {
    const list = channels(text);
    expect(list).toContain('Google Ads|monthly spend|35000');
    expect(list.filter((c) => c.startsWith('Webinars'))).toEqual(['Webinars||']);
  });

  it('does not give the newsletter the product reviews listed after it', () => {
    const list = channels(
      'Channels: Instagram (38k followers), TikTok (9k), Meta ads, email list of 22,000 subscribers (Klaviyo), 1,900 product reviews on the site.',
    );
    expect(list).toContain('Newsletter|subscribers|22000');
    expect(list.some((c) => c.startsWith('Newsletter|reviews'))).toBe(false);
    expect(list.some((c) => c.startsWith('Meta ads') && c.includes('reviews'))).toBe(false);
  });

  it('still reads a figure given in the segment after its channel, and figures inside brackets', () => {
    const list = channels(
      'Channels: Instagram, 2,100 followers; LinkedIn (3.2k followers), Google Ads (CPC $7.40).',
    );
    expect(list).toEqual(
      expect.arrayContaining(['Instagram|followers|2100', 'LinkedIn|followers|3200', 'Google Ads|CPC|7.4']),
    );
  });
});
