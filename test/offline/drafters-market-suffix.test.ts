// The market a title names: an action that opens a country the goals name says so ("— Ireland"); what the brief
// already has (its stockists, the fair it attends at home) keeps its own place and gets no country appended.
import { describe, expect, it } from 'vitest';
import { Brief } from '../../agents/brief.js';
import { readBrief } from '../../src/offline/reader/index.js';
import { draftAll } from './drafters-support.js';

const titles = (text: string, language: 'fr' | 'en') =>
  draftAll(Brief.parse(readBrief(text, { language }))).prioritizer.actions.map((a) => a.title);

describe('country suffixes on titles', () => {
  const list = titles(
    'Lumen & Moss is an independent skincare brand from Edinburgh, sold online and through 40 pharmacies in Scotland. Goals: grow online revenue from £1.1M to £1.5M within 12 months; start selling in Ireland by the autumn. Budget: £8,000 a month.',
    'en',
  );

  it('names the new country on an action that can reach it', () => {
    expect(list.some((t) => t.endsWith('— Ireland'))).toBe(true);
  });

  it('never appends it to what the brief already has', () => {
    const existing = list.filter((t) => /pharmac/i.test(t));
    expect(existing.length).toBeGreaterThan(0);
    for (const title of existing) expect(title).not.toContain('Ireland');
  });
});
