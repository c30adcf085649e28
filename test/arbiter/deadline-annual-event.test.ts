// An action titled with a named annual event ("Foire de Bologne : rendez-vous…") serves that event's next occurrence
// and no other action is tied to it by how often it recurs ("chaque juin" is not "un avis à chaque client").
import { describe, expect, it } from 'vitest';
import { matchDeadlines } from '../../src/arbiter/deadlines.js';
import { action } from './builders.js';

describe('named annual events', () => {
  it('ties the action named after the event to its next occurrence, before the other salon', () => {
    const served = matchDeadlines(
      [
        { what: 'Salon du livre et de la presse jeunesse de Montreuil fin novembre', month: 11 },
        { what: 'Foire de Bologne avril', month: 4 },
      ],
      [
        {
          id: 'A2',
          goalIds: [],
          stages: ['decision'],
          source: action('A2', {
            title: 'Foire de Bologne : rendez-vous pris avant avec les acheteurs visés',
          }),
        },
      ] as never,
      '2027-01',
      0,
      12,
      'Éditions La Luciole',
    );
    expect(served.get('A2')).toMatchObject({ what: 'Foire de Bologne avril', offset: 3, month: '2027-04' });
  });

  it('does not tie an action to a festival by "chaque"', () => {
    const served = matchDeadlines(
      [{ what: "le Festival du Pilat qu'on organise chaque juin", month: 6 }],
      [
        {
          id: 'A1',
          goalIds: [],
          stages: ['retention'],
          source: action('A1', { title: 'Un avis demandé à chaque client' }),
        },
        {
          id: 'A3',
          goalIds: [],
          stages: ['decision'],
          source: action('A3', { title: 'Festival du Pilat : rendez-vous' }),
        },
      ] as never,
      '2027-01',
      0,
      12,
      'Brasserie du Pilat',
    );
    expect(served.has('A1')).toBe(false);
    expect(served.get('A3')).toMatchObject({ offset: 5 });
  });
});
