// Issue 14, first class: no sentence fragment as a name (HTML comments, H1, "Name — City", seasons, "L'École").
import { describe, expect, it } from 'vitest';
import { findCompanyName } from '../../src/offline/reader/company-name.js';
import { competitorNames } from '../../src/offline/reader/competitors.js';
import { parseDocument } from '../../src/offline/reader/document.js';

const nameOf = (text: string) => findCompanyName(parseDocument(text))?.value ?? null;

describe('company name and competitors: no fragment as a name', () => {
  it('drops an HTML comment and names the company from the Markdown H1', () => {
    // hand-authored, after review3's fr-editeur-jeunesse.md
    const doc = parseDocument(
      "<!-- hand-authored review brief -->\n# Éditions La Luciole\n\n## Qui nous sommes\nPetite maison d'édition jeunesse à Rennes.\n",
    );
    expect(doc.text).not.toContain('<!--');
    expect(doc.sentences.some((s) => s.text.includes('hand-authored'))).toBe(false);
    expect(findCompanyName(doc)?.value).toBe('Éditions La Luciole');
  });

  it('reads "Name — City" after a bracketed file note, and "Name, City ST:" on the first line', () => {
    expect(
      nameOf(
        '(hand-authored brief)\nAuto-école Feu Vert — Besançon\n\nNous sommes une auto-école familiale.\n',
      ),
    ).toBe('Auto-école Feu Vert');
    expect(
      nameOf('Coolbreeze HVAC, Phoenix AZ: 5 technicians, AC install and repair.\nWe want more members.\n'),
    ).toBe('Coolbreeze HVAC');
  });

  it('never takes a season for a name', () => {
    expect(nameOf("Summer is insane, we can't take more calls June to August.\n")).toBeNull();
  });

  it('keeps the lower-case end of a brand that opens on an article and a common noun', () => {
    expect(competitorNames("L'École des loisirs, Didier Jeunesse, Les Fourmis rouges.")).toEqual([
      "L'École des loisirs",
      'Didier Jeunesse',
      'Les Fourmis rouges',
    ]);
  });
});

describe('company name after a file note, or with its place only', () => {
  it('skips a "Hand-authored …" sentence and reads "Name in City ST."', () => {
    expect(
      nameOf('Hand-authored review brief (review3). Coolbreeze HVAC, Phoenix AZ: 5 technicians.\n'),
    ).toBe('Coolbreeze HVAC');
    expect(nameOf('Coolbreeze HVAC in Phoenix AZ. We want 150 members by June 2027.\n')).toBe(
      'Coolbreeze HVAC',
    );
  });
});
