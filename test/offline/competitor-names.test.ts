// Competitor names from a stated list (review 2, D3): a sentence's capitalised article, a quantifier ("Other … estates")
// or a place before a kind ("Rhône organics") is no brand; the names in brackets after a kind are. Hand-authored lines.
import { describe, expect, it } from 'vitest';
import { competitorNames } from '../../src/offline/reader/competitors.js';

describe('competitor names in a stated list', () => {
  it.each([
    ['Le groupe Mon Véto (2 cliniques à Rennes), et les cliniques indépendantes.', ['Mon Véto']],
    [
      "Les chaînes d'animaleries proposent aussi des assurances santé animale (SantéVet, Kozoo).",
      ['SantéVet', 'Kozoo'],
    ],
    [
      'Other Pic Saint-Loup estates (Mas Bruguière, Château de Lancyre), and Rhône organics in the same price band (US$22-30 retail)',
      ['Mas Bruguière', 'Château de Lancyre'],
    ],
    [
      'Théâtre de la Croix-Rousse et Célestins à Lyon (30 min en train)',
      ['Théâtre de la Croix-Rousse', 'Célestins'],
    ],
    ['le cinéma multiplexe Pathé', ['Pathé']],
    [
      'Swapfiets (e-bike plan), Buzzbike in London, and people buying cheap e-bikes on Cyclescheme',
      ['Swapfiets', 'Buzzbike'],
    ],
    ['KnowBe4, SoSafe, Hoxhunt, Proofpoint', ['KnowBe4', 'SoSafe', 'Hoxhunt', 'Proofpoint']],
  ])('%s', (list, names) => {
    expect(competitorNames(list)).toEqual(names);
  });
});
