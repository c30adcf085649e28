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
      markets: ['Bordeaux'],
    });
    expect(brief.company.offer).toContain('boutique en ligne de thés bio');
    expect(brief.budget).toEqual({ amount: 18_000, currency: 'EUR', periodMonths: 12 });
    // The founder does the marketing herself with a work-study student 2 days a week: a small business.
    expect(brief.profile).toBe('smb');
    // Listed member by member: 8 h + 2 days of 7 h, in full-time equivalents.
    expect(brief.capacity).toEqual({ people: 0.6, hoursPerWeek: 22 });
    expect(brief.competitors).toEqual(['Kusmi Tea', 'Palais des Thés']);
    expect(brief.goals[0]).toMatchObject({
      metric: 'commandes',
      target: 5000,
      baseline: 3400,
      horizonMonths: 12,
    });
    expect(brief.channels).toContainEqual({
      name: 'Instagram',
      metric: 'abonnés',
      value: 5600,
      status: null,
    });
    expect(brief.assets).toContainEqual({
      name: 'Newsletter',
      kind: 'contact_list',
      size: 2900,
      unit: 'inscrits',
      dormant: false,
    });
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
      baseline: 3_100_000,
    });
    // "120 sales-qualified opportunities": the counted noun names the metric.
    expect(brief.goals[1]).toMatchObject({
      metric: 'leads',
      target: 120,
      unit: 'opportunities',
      baseline: null,
    });
    // "Google Ads (CPC around $18) and LinkedIn Ads": the CPC is Google's.
    expect(brief.channels).toContainEqual({ name: 'Google Ads', metric: 'CPC', value: 18, status: null });
  });

  it('reads a plumber writing one paragraph', () => {
    const brief = read(englishPlumber);
    expect(brief.language).toBe('en');
    expect(brief.company).toMatchObject({
      name: 'Hartley Plumbing & Heating',
      offer: 'boiler installs, repairs and bathroom refits',
      markets: ['Leeds'],
    });
    expect(brief.budget).toEqual({ amount: 400, currency: 'GBP', periodMonths: 1 });
    expect(brief.capacity).toEqual({ people: 1, hoursPerWeek: 2 });
    expect(brief.profile).toBe('smb');
    // Nothing the plumber says is about how well he markets: maturity stays unknown.
    expect(brief.maturity).toBeNull();
    // MyBuilder is where leads are bought, not a competitor.
    expect(brief.competitors).toEqual(['Leeds Boiler Co.', 'British Gas']);
    expect(brief.channels).toContainEqual({
      name: 'Checkatrade',
      metric: 'reviews',
      value: 212,
      status: null,
    });
    // "8 more boiler installs a month": an increment, with no metric of the table put on it.
    expect(brief.goals[0]).toMatchObject({ target: 8, baseline: null });
  });

  it('reads a French association run by volunteers', () => {
    const brief = read(frenchNonprofit);
    expect(brief.language).toBe('fr');
    expect(brief.company).toMatchObject({
      name: 'Association Les Jardins Partagés du Vieux-Lille',
      offer: 'jardins partagés',
      markets: ['Lille'],
    });
    // "Moyens : 2 500 € par an" after a list of goals: the list ended at the blank line.
    expect(brief.budget).toEqual({ amount: 2500, currency: 'EUR', periodMonths: 12 });
    expect(brief.capacity).toEqual({ people: 1, hoursPerWeek: 4 });
    // The president does the communication herself, 4 hours a week.
    expect(brief.profile).toBe('smb');
    expect(brief.goals.map((g) => g.target)).toEqual([300, 2]);
    // "Nous avons 180 adhérents": today's count of the goal's own noun.
    expect(brief.goals[0]?.baseline).toBe(180);
    expect(brief.competitors).toEqual(['Lille Verte']);
    expect(brief.channels).toEqual([{ name: 'Facebook', metric: 'abonnés', value: 1100, status: null }]);
  });

  it('gives the four briefs four names and four budgets', () => {
    const briefs = [frenchEshop, englishSaas, englishPlumber, frenchNonprofit].map(read);
    expect(new Set(briefs.map((b) => b.company.name)).size).toBe(4);
    expect(new Set(briefs.map((b) => `${b.budget?.amount} ${b.budget?.currency}`)).size).toBe(4);
  });
});
