// One sector table for both sides: the reader's label maps back to knowledge; free text still places a brief.
import { describe, expect, it } from 'vitest';
import type { Brief } from '../../agents/brief.js';
import {
  detectSector,
  matchSector,
  SECTOR_KNOWLEDGE,
  SECTORS,
  sectorByLabel,
} from '../../src/offline/knowledge/index.js';
import { readBrief } from '../../src/offline/reader/index.js';
import { loadBrief } from './drafters-support.js';

function withCompany(company: Partial<Brief['company']>): Brief {
  const brief = loadBrief('minimal');
  return {
    ...brief,
    company: { ...brief.company, sector: null, offer: null, description: null, ...company },
  };
}

describe('matchSector', () => {
  it.each(SECTORS.filter((sector) => sector.knowledge !== null).flatMap((s) => [s.label.fr, s.label.en]))(
    'maps the label "%s" the reader writes back to its sector\'s knowledge',
    (label) => {
      const sector = sectorByLabel(label);
      expect(sector?.knowledge).not.toBeNull();
      const { knowledge, matched } = matchSector(withCompany({ sector: label }));
      expect(matched).toBe(true);
      expect(knowledge.id).toBe(sector?.knowledge);
    },
  );

  it('maps a label whatever its case and accents', () => {
    expect(matchSector(withCompany({ sector: 'batiment et ARTISANAT' })).knowledge.id).toBe('local_trades');
  });

  it('places a sector the knowledge base has no data for by the offer and description', () => {
    const placed = matchSector(
      withCompany({ sector: 'Finance et assurance', offer: 'logiciel de facturation' }),
    );
    expect(placed.knowledge.id).toBe('saas');
    const alone = matchSector(withCompany({ sector: 'Agriculture and food production' }));
    expect(alone).toEqual({ knowledge: SECTOR_KNOWLEDGE.generic, matched: false });
  });

  it('places free-text sectors from JSON briefs or LLM answers by keywords, plurals included', () => {
    expect(matchSector(withCompany({ sector: 'Hébergement touristique rural (gîtes)' })).knowledge.id).toBe(
      'hospitality_tourism',
    );
    expect(matchSector(withCompany({ sector: 'Boulangerie artisanale' })).knowledge.id).toBe('food_shop');
    expect(matchSector(withCompany({ sector: 'Yoga studio' })).knowledge.id).toBe('health_wellness');
    expect(matchSector(withCompany({ sector: 'Salon de coiffure' })).knowledge.id).toBe('health_wellness');
    expect(matchSector(withCompany({ sector: 'Marque de mode éthique' })).knowledge.id).toBe('ecommerce');
  });

  it('reads words too common for a whole brief in a short field', () => {
    expect(matchSector(withCompany({ offer: 'mobile app for landlords' })).knowledge.id).toBe('saas');
    expect(detectSector('Our team built an app for our customers.', 'en')).toBeNull();
  });

  it('gives the generic knowledge when nothing places the brief', () => {
    expect(matchSector(withCompany({ sector: 'Divers' }))).toEqual({
      knowledge: SECTOR_KNOWLEDGE.generic,
      matched: false,
    });
  });
});

describe('reader and drafters on one table', () => {
  it('writes the sector label in the brief language, which the drafters read back', () => {
    const brief = readBrief('Restaurant italien à Lyon, 60 couverts, cuisine maison.');
    expect(brief.company.sector).toBe('Restauration');
    expect(matchSector(brief).knowledge.id).toBe('restaurant');
  });
});
