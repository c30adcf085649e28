// A channel's reach is its audience (followers, subscribers), never a clip's views or a spend the brief gives for it.
// Snippets hand-authored.
import { describe, expect, it } from 'vitest';
import { Brief } from '../../agents/brief.js';
import { readBrief } from '../../src/offline/reader/index.js';
import { draftAll } from './drafters-support.js';

const actions = (text: string) =>
  draftAll(Brief.parse(readBrief(text, { language: 'en', start: '2027-01' }))).prioritizer.actions;

describe('reach from what the brief says exists', () => {
  it('builds TikTok on its 41k followers, not the 2.1M views of one clip', () => {
    const list = actions(
      'Lanternfish is a 7-person indie game studio in Montréal. TikTok 41k followers (one clip hit 2.1M views in August). Goal: 75,000 wishlists before launch in May 2027. Budget: CAD 35,000 total.',
    );
    const tiktok = list.find((a) => /TikTok/.test(a.title));
    expect(tiktok?.reach).toBe(41_000);
    expect(list.every((a) => a.reach < 2_000_000)).toBe(true);
  });
});
