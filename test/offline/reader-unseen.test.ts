// The offline reader on four briefs its rules were not written from: the key fields a draft depends on.
import { describe, expect, it } from 'vitest';
import { Brief } from '../../agents/brief.js';
import { readBrief } from '../../src/offline/reader/index.js';
import { englishPlumber, englishSaas, frenchEshop, frenchNonprofit } from './reader-unseen-briefs.js';

const read = (text: string) => Brief.parse(readBrief(text));

describe('readBrief on briefs its rules were not written from', () => {
  it('reads a French e-shop with a budget written 18k€', () => {
    const brief = read(frenchEshop);
    expect(brief.language).toBe('fr');
    expect(brief.company).toMatchObject({
      name: 'Graine de Thé',
      businessModel: 'B2C',
      markets: ['Bordeaux'],
    });
    expect(brief.company.offer).toContain('boutique en ligne de thés bio');
    expect(brief.budget).toEqual({ amount: 18_000, currency: 'EUR', periodMonths: 12 });
    // The founder does the marketing herself with a work-study student 2 days a week: a small business.
    expect(brief.profile).toBe('smb');
    // Listed member by member: 8 h + 2 days of 7 h, in full-time equivalents.
    expect(brief.capacity).toEqual({ people: 0.6, hoursPerWeek: 22 });
    expect(brief.competitors).toEqual(['Kusmi Tea', 'Palais des Thés']);
    expect(brief.goals[0]).toMatchObject({ metric: 'commandes', target: 5000, horizonMonths: 12 });
    expect(brief.channels).toContainEqual({ name: 'Instagram', metric: 'abonnés', value: 5600 });
  });

  it('reads an English B2B SaaS with "$3.1M ARR" and a VP Marketing byline', () => {
    const brief = read(englishSaas);
    expect(brief.language).toBe('en');
    expect(brief.company).toMatchObject({
      name: 'Ledgerly',
      businessModel: 'B2B',
      markets: ['United States'],
    });
    expect(brief.company.offer).toBe('spend-management platform for mid-market finance teams');
    expect(brief.budget).toEqual({ amount: 450_000, currency: 'USD', periodMonths: 12 });
    expect(brief.profile).toBe('cmo');
    expect(brief.maturity).toBe('intermediate');
    // Three full-time marketers plus a contractor 10 hours a week.
    expect(brief.capacity).toEqual({ people: 3.3, hoursPerWeek: 130 });
    // "Ramp — free cards…; Brex, which moved upmarket; and Airbase": the names, not their descriptions.
    expect(brief.competitors).toEqual(['Ramp', 'Brex', 'Airbase']);
    // Today's ARR stays today's: the goal is the $5M.
    expect(brief.goals[0]).toMatchObject({
      metric: 'ARR',
      target: 5_000_000,
      unit: 'USD',
      horizonMonths: 12,
    });
  });

  it('reads a plumber writing one paragraph', () => {
    const brief = read(englishPlumber);
    expect(brief.language).toBe('en');
    expect(brief.company).toMatchObject({
      name: 'Hartley Plumbing & Heating',
      offer: 'boiler installs, repairs and bathroom refits',
      sector: 'Construction and trades',
      markets: ['Leeds'],
    });
    expect(brief.budget).toEqual({ amount: 400, currency: 'GBP', periodMonths: 1 });
    expect(brief.capacity).toEqual({ people: 1, hoursPerWeek: 2 });
    expect(brief.profile).toBe('smb');
    expect(brief.maturity).toBe('beginner');
    // MyBuilder is where leads are bought, not a competitor.
    expect(brief.competitors).toEqual(['Leeds Boiler Co.', 'British Gas']);
    expect(brief.channels).toContainEqual({ name: 'Checkatrade', metric: 'reviews', value: 212 });
  });

  it('reads a French association run by volunteers', () => {
    const brief = read(frenchNonprofit);
    expect(brief.language).toBe('fr');
    expect(brief.company).toMatchObject({
      name: 'Association Les Jardins Partagés du Vieux-Lille',
      sector: 'Associatif et non lucratif',
      offer: '4 jardins partagés',
      markets: ['Lille'],
    });
    // "Moyens : 2 500 € par an" after a list of goals: the list ended at the blank line.
    expect(brief.budget).toEqual({ amount: 2500, currency: 'EUR', periodMonths: 12 });
    expect(brief.capacity).toEqual({ people: 1, hoursPerWeek: 4 });
    // The president does the communication herself, 4 hours a week.
    expect(brief.profile).toBe('smb');
    expect(brief.goals.map((g) => g.target)).toEqual([300, 2]);
    expect(brief.competitors).toEqual(['Lille Verte']);
    expect(brief.channels).toEqual([{ name: 'Facebook', metric: 'abonnés', value: 1100 }]);
  });

  it('gives the four briefs four names and four budgets', () => {
    const briefs = [frenchEshop, englishSaas, englishPlumber, frenchNonprofit].map(read);
    expect(new Set(briefs.map((b) => b.company.name)).size).toBe(4);
    expect(new Set(briefs.map((b) => `${b.budget?.amount} ${b.budget?.currency}`)).size).toBe(4);
  });
});
