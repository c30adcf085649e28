// A structured brief's channels written as one sentence ("Instagram (38k), TikTok (9k), email list of 22,000…") are
// prose for the reader, not one channel named after the first item; a list of strings stays one channel per item.
import { describe, expect, it } from 'vitest';
import { keyAsWords } from '../../src/brief/fields/normalise-key.js';
import { readChannels } from '../../src/brief/fields/read-channels.js';

describe('channels written as one sentence', () => {
  it('leaves a comma-separated sentence of channels to the reader', () => {
    expect(
      readChannels(
        'Instagram (38k followers), TikTok (9k), Meta ads, email list of 22,000 subscribers (Klaviyo)',
      ).channels,
    ).toEqual([]);
  });

  it('keeps the commas inside brackets within one item', () => {
    expect(readChannels('Google (1 100 avis, 4,9)').channels).toEqual([
      { name: 'Google', metric: 'avis', value: 1100, status: null },
    ]);
  });

  it('maps a list of strings one channel per item, commas and all', () => {
    const { channels } = readChannels([
      'Instagram (2,300 followers)',
      'Newsletter: 1,900 subscribers, not sent since March',
    ]);
    expect(channels.map((c) => c.name)).toEqual(['Instagram', 'Newsletter']);
    expect(channels[1]).toMatchObject({ value: 1900, status: 'dormant' });
  });

  it('keeps a domain key as one name ("Coworker.com"), and still splits a camel-case key', () => {
    expect(keyAsWords('Coworker.com')).toBe('coworker.com');
    expect(keyAsWords('committedSpend')).toBe('committed spend');
  });
});
