// The offline brief reader on a table of real-world snippets: each reading matches what the snippet says.
import { describe, expect, it } from 'vitest';
import { Brief } from '../../agents/brief.js';
import { readBrief } from '../../src/offline/reader/index.js';
import { READER_CASES } from './reader-cases.js';

describe('readBrief on snippets', () => {
  it('has at least 40 snippets in both languages', () => {
    expect(READER_CASES.length).toBeGreaterThanOrEqual(40);
    const languages = new Set(READER_CASES.map((c) => readBrief(c.text).language));
    expect([...languages].sort()).toEqual(['en', 'fr']);
  });

  for (const c of READER_CASES) {
    it(c.name, () => {
      const brief = readBrief(c.text);
      expect(() => Brief.parse(brief)).not.toThrow();
      expect(brief).toMatchObject(c.expected);
    });
  }
});
