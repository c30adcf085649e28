// A JSON channel line keeps its thousands comma: "Instagram 14,500 followers" is 14,500 followers, not "Instagram 14".
import { describe, expect, it } from 'vitest';
import { channelFromText } from '../../src/brief/fields/read-channels.js';

describe('channelFromText with a thousands separator', () => {
  it('reads the whole count after the channel name', () => {
    expect(channelFromText('Instagram 14,500 followers')).toEqual({
      name: 'Instagram',
      metric: 'followers',
      value: 14500,
      status: null,
    });
  });

  it('never cuts a name inside "11,200", and still cuts at a list comma', () => {
    const shop = channelFromText('Online shop on Shopify with 11,200 customer emails, monthly newsletter');
    expect(shop?.name).toBe('Online shop on Shopify with 11,200 customer emails');
    expect(channelFromText('Newsletter: 1,200 subscribers, not sent since 2023')).toMatchObject({
      name: 'Newsletter',
      value: 1200,
    });
  });
});
