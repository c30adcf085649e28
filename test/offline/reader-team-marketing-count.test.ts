// The marketing team's size read from how people say it ("7 of them in marketing", "équipe marketing de 4"),
// never the company's headcount said in the same sentence. Snippets hand-authored.
import { describe, expect, it } from 'vitest';
import { Brief } from '../../agents/brief.js';
import { readBrief } from '../../src/offline/reader/index.js';

const read = (text: string) => Brief.parse(readBrief(text, { start: '2027-01' }));

describe('marketing team size, not the headcount', () => {
  it.each([
    [
      'Founded in Lyon in 2018, we are 45 people today, 7 of them in marketing (2 content, 2 demand gen, 1 events).',
      7,
    ],
    ['We are 45 staff, 7 in marketing.', 7],
    ['We employ 120 people and the marketing team of 6 reports to the CEO.', 6],
    ['Nous sommes 30 salariés, dont 3 personnes au marketing.', 3],
    ["L'entreprise compte 60 salariés ; l'équipe marketing de 4 personnes gère tout.", 4],
    ['Nous sommes 22, dont 2 d’entre nous au marketing.', 2],
  ])('%s → %i people', (text, people) => {
    expect(read(text).capacity?.people).toBe(people);
  });

  it('reads the PeoplePulse brief as a marketing team of 7, not 45 people', () => {
    const brief = read(
      'Who we are. PeoplePulse is an HR SaaS. Founded in Lyon in 2018, we are 45 people today, 7 of them in marketing (2 content, 2 demand gen, 1 product marketing, 1 events, 1 head of marketing).',
    );
    expect(brief.capacity?.people).toBe(7);
  });

  it('does not take the headcount when the marketing count is missing', () => {
    expect(read('We are 45 people today, based in Lyon.').capacity).toBeNull();
  });
});
