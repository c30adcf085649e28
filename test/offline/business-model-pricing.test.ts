// The model and the price form only as the brief states them (review 2, D9): a consumer brand selling through
// importers is B2B2C, a platform that puts two sides in touch is a marketplace, a stated per-seat licence, monthly
// subscription or commission is the pricing model, and with no price the model is "other", never a template default.
// Hand-authored snippets.
import { describe, expect, it } from 'vitest';
import { Brief } from '../../agents/brief.js';
import { findBusinessModel } from '../../src/offline/reader/business-model.js';
import { companyFields, draftAll, goalFields, UNKNOWN_BRIEF_FIELDS } from './drafters-support.js';

describe('business model from the brief', () => {
  it.each([
    ['We sell direct-to-consumer through our wine club, and look for importers in Japan.', 'B2B2C'],
    [
      'Plateforme qui met en relation des interprètes indépendants avec les entreprises et les particuliers.',
      'marketplace',
    ],
    ['For £59/month you get an e-bike. We also do a B2B offer where employers pay part of it.', 'B2B2C'],
    ['market: B2B, companies of 500 to 10,000 employees; resellers sell our licences', 'B2B'],
  ])('%s', (text, model) => {
    expect(findBusinessModel(text)?.value).toBe(model);
  });
});

const brief = (description: string, goals: string[] = []) =>
  Brief.parse({
    ...UNKNOWN_BRIEF_FIELDS,
    language: 'en',
    budget: null,
    company: companyFields({ name: 'Acme', description, businessModel: 'B2B' }),
    goals: goals.map((statement, i) => goalFields(`G${i + 1}`, statement)),
  });

describe('pricing model in the positioning', () => {
  it('reads a per-seat licence, a monthly price and a commission from the brief, with its words', () => {
    const seat = draftAll(brief('Awareness training. Licence per employee per year.')).positioning.pricing;
    expect(seat.model).toBe('per_seat');
    expect(seat.rationale).toContain('Licence per employee per year');
    expect(draftAll(brief('E-bike plan: £59/month, servicing included.')).positioning.pricing.model).toBe(
      'subscription',
    );
    expect(draftAll(brief('A platform. Commission of 18 % on each booking.')).positioning.pricing.model).toBe(
      'commission',
    );
  });

  it('says no price was given rather than presenting the model default as fact', () => {
    const none = draftAll(brief('Industrial consulting for manufacturers.')).positioning.pricing;
    expect(none.model).toBe('other');
    expect(none.rationale).toMatch(/No price in the brief/);
  });
});
