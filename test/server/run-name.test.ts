// Run folders of pasted briefs are named from the brief: its company, else who the writer says they are, else
// its first words; a named file keeps its own name. Briefs below are hand-authored.
import { expect, it } from 'vitest';
import { runNameOf } from '../../src/server/run-name.js';

it('uses the company a pasted brief states', async () => {
  const brief =
    'Spoke & Chain is a bicycle repair workshop in Bristol (UK), open since 2021.\nGoals: 15 bikes a month.';
  expect(await runNameOf('pasted', brief, 'text')).toBe('spoke-chain');
});

it('uses who the writer is when no business is named', async () => {
  expect(await runNameOf('pasted', 'I teach yoga in Bristol and want more students.', 'text')).toBe(
    'yoga-teacher-bristol',
  );
});

it('falls back to the first words that say something, past greetings and Markdown marks', async () => {
  expect(
    await runNameOf(
      'pasted',
      '## Hello!\n\n> we are selling handmade candles online, mostly in winter',
      'markdown',
    ),
  ).toBe('selling-handmade-candles-online-mostly');
});

it('keeps a telling name intake already gave (a named file, a structured brief’s company); "brief" when nothing is left', async () => {
  expect(await runNameOf('acme-bikes', 'anything', 'text')).toBe('acme-bikes');
  expect(await runNameOf('pasted', '{"budget": 1}', 'json')).toBe('brief');
});
