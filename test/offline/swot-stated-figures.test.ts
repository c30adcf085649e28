// SWOT strengths say the brief's figure when it has one, and never claim "not stated" for a figure the reader lacks (D11).
import { describe, expect, it } from 'vitest';
import type { Brief } from '../../agents/brief.js';
import { emptyBrief } from '../../src/brief/empty-brief.js';
import { draftSwot } from '../../src/offline/drafters/draft-swot.js';

/** hand-authored: a small French brief with two social pages, a figure in a name, and a channel with no figure. */
const brief = (channels: Brief['channels']): Brief => {
  const empty = emptyBrief('Théâtre de Villefranche', 'fr');
  return { ...empty, company: { ...empty.company, offer: 'saison de spectacles' }, channels };
};

const statements = (b: Brief) => draftSwot(b).strengths.map((s) => s.statement);

describe('SWOT strengths and the brief’s figures', () => {
  it('keeps an Instagram follower count, though followers also measure Facebook', () => {
    const s = statements(brief([{ name: 'Instagram', metric: 'abonnés', value: 1900, status: null }]));
    expect(s.join('\n')).toMatch(/Instagram : un acquis à exploiter \(1\s900 abonnés\)/u);
  });

  it('says no "non indiqué" when no figure was read, and repeats no stray figure after a name that states its own', () => {
    const s = statements(
      brief([
        { name: 'Pass Culture', metric: null, value: null, status: null },
        { name: 'page Facebook 5 200 abonnés', metric: null, value: 2400, status: null },
      ]),
    );
    expect(s).toContain('Pass Culture : un acquis à exploiter');
    expect(s.join('\n')).toMatch(/^page Facebook 5 200 abonnés : un acquis à exploiter$/imu);
    expect(s.join('\n')).not.toMatch(/non indiqué|2\s400/u);
  });
});
