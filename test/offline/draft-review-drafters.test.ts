// The drafters on what a founder would find wrong: meta text in titles, refused channels planned, a project goal
// served by a generic channel, price lists used as the offer, ratings split like sums, French without contractions.
import { describe, expect, it } from 'vitest';
import type { Brief, Goal } from '../../agents/brief.js';
import { Prioritizer } from '../../agents/prioritizer.js';
import { findRefusal } from '../../src/offline/knowledge/lookup.js';
import { de } from '../../src/offline/knowledge/phrasing/fr-actions.js';
import { projectOf } from '../../src/offline/drafters/project-goals.js';
import { readBrief } from '../../src/offline/reader/index.js';
import { allText, draftAll, loadBrief } from './drafters-support.js';

function goal(statement: string, target: number | null = null): Goal {
  return {
    id: 'G1',
    statement,
    kind: 'growth',
    metric: null,
    target,
    unit: target === null ? null : '%',
    horizonMonths: 12,
    baseline: null,
  };
}

function titles(brief: Brief): string[] {
  return draftAll(brief).prioritizer.actions.map((action) => action.title);
}

describe('what is sold, in titles', () => {
  it('never writes a title or notes line into actions; falls back to the sector words', () => {
    const base = loadBrief('en-restaurant');
    const brief: Brief = {
      ...base,
      company: {
        ...base.company,
        offer: null,
        description: 'notes for the consultant - Rosa (trattoria) - Maria R.',
      },
    };
    const text = allText(draftAll(brief)).join(' ');
    expect(text).not.toMatch(/notes for the consultant/i);
  });

  it('uses the description, not a price list, when the offer is how it is sold', () => {
    const base = loadBrief('en-saas');
    const brief: Brief = {
      ...base,
      company: {
        ...base.company,
        offer: 'Subscription plans (Starter $19, Pro $49, Business $99) with a 14-day trial',
        description: 'Invoicing software for freelance designers, with time tracking built in.',
      },
    };
    const all = titles(brief).join(' ');
    expect(all).not.toMatch(/Subscription plans|\$19/);
    expect(all).toMatch(/invoicing software/i);
  });
});

describe('refused channels', () => {
  it.each([
    ['je ne veux PAS passer par Uber Eats / Deliveroo, commissions trop chères', ['marketplace']],
    ["We don't want to be on Amazon or Etsy", ['marketplace']],
    ['No paid ads this year', ['google_ads', 'linkedin_ads', 'meta_ads', 'retargeting']],
    ['Pas de salons cette année', ['events']],
    ['Pas de prospection téléphonique à froid', ['outbound']],
    ['30 % de réservations directes pour moins dépendre des plateformes', ['marketplace']],
    // Restricted, not refused: the channel stays.
    ['pas de publicité sur les vertus santé (allégations encadrées)', []],
    ['no cold outbound email to EU contacts without a documented review', []],
    ['No incentives for reviews (Google policy)', []],
    ["We've never really done paid ads", []],
  ])('"%s" refuses %j', (text, channels) => {
    expect(findRefusal(text).channels).toEqual(channels);
  });

  it('refusing a platform by name refuses that platform only', () => {
    expect(findRefusal('no TikTok, ever')).toEqual({ channels: [], platforms: ['tiktok'] });
  });

  it('plans no action on a channel a constraint or a goal refuses', () => {
    const base = loadBrief('en-restaurant');
    const refusing: Brief = {
      ...base,
      constraints: [...base.constraints, "We won't use Uber Eats or Deliveroo", 'No paid ads'],
    };
    const actions = draftAll(refusing).prioritizer.actions;
    const channels = actions.map((action) => action.channel);
    expect(channels).not.toContain('marketplace listings');
    expect(channels).not.toContain('Meta ads (Facebook / Instagram)');
    expect(channels).not.toContain('Google Ads');
    expect(allText(draftAll(refusing).personas).join(' ')).not.toMatch(/Uber Eats|Deliveroo/);
  });

  it('drops influencer campaigns when advertising rules restrict testimonials', () => {
    const base = loadBrief('en-restaurant');
    const regulated: Brief = {
      ...base,
      constraints: ['No testimonials that imply guaranteed outcomes (ASA/CAP code)'],
    };
    expect(draftAll(regulated).prioritizer.actions.map((action) => action.channel)).not.toContain(
      'influencers',
    );
  });
});

describe('a goal that names a project', () => {
  it.each([
    [
      'Lancer enfin le click & collect (commande en ligne, retrait en boutique)',
      'online_ordering',
      'le click & collect',
    ],
    ['Launch a loyalty programme for regulars', 'loyalty', 'a loyalty programme'],
    ['Mettre en place un site web', 'website', 'un site web'],
    ["Lancer une box d'abonnement mensuelle", 'subscription', "une box d'abonnement mensuelle"],
    ['Open a second shop in Bath', 'generic', 'a second shop'],
  ])('"%s" is a %s project: %s', (statement, kind, project) => {
    const found = projectOf(goal(statement));
    expect(found?.kind.id).toBe(kind);
    expect(found?.project).toBe(project);
  });

  it('is not a project when it sets a number to reach', () => {
    expect(projectOf(goal('Launch 3 new ranges and grow sales by 20 %', 20))).toBeNull();
    expect(projectOf(goal('Être reconnus comme le cabinet de référence'))).toBeNull();
  });

  it('gets an action that delivers the project, with a KPI that counts its use, in the brief language', () => {
    for (const [name, statement, kpi] of [
      ['en-restaurant', 'Launch online ordering for pick-up', /online orders per week/],
      ['fr-shop', 'Lancer un programme de fidélité', /clients inscrits au programme/],
    ] as const) {
      const base = loadBrief(name);
      const brief: Brief = {
        ...base,
        goals: [...base.goals, { ...goal(statement), id: `G${base.goals.length + 1}` }],
      };
      const { prioritizer } = draftAll(brief);
      Prioritizer.parse(prioritizer);
      const serving = prioritizer.actions.filter((action) =>
        action.goalIds.includes(`G${base.goals.length + 1}`),
      );
      expect(serving).toHaveLength(1);
      expect(serving[0]?.kpi.metric).toMatch(kpi);
      expect(serving[0]?.kpi.target).toBeGreaterThan(0);
    }
  });

  it('on the README bakery: click & collect has its own action, and no marketplace', () => {
    const text = [
      'notes pour le consultant — Maison Test (boulangerie) — A. B.',
      '- pain au levain, viennoiseries pur beurre, pâtisseries du week-end',
      '- objectif n°1 : +15 % de CA sur les 12 prochains mois',
      '- objectif n°2 : lancer le click & collect',
      '- budget marketing : 5 000 € par an',
      '- moi : 4 h par semaine',
      '- je ne veux PAS passer par Uber Eats / Deliveroo',
    ].join('\n');
    const { prioritizer } = draftAll(readBrief(text));
    const all = prioritizer.actions.map((action) => action.title).join('\n');
    expect(all).toMatch(/Lancer le click & collect/);
    expect(all).not.toMatch(/notes pour le consultant|places de marché/);
    const g2 = prioritizer.actions.filter((action) => action.goalIds.includes('G2'));
    expect(g2.map((action) => action.channel)).toEqual(['commande en ligne']);
  });
});

describe('figures and French', () => {
  it('does not split a rating goal across actions when the brief gives no unit', () => {
    const base = loadBrief('en-restaurant');
    const brief: Brief = {
      ...base,
      goals: [
        {
          id: 'G1',
          statement: 'Google rating of at least 4.7 at every site',
          kind: 'other',
          metric: 'Google rating',
          target: 4.7,
          unit: null,
          horizonMonths: 12,
          baseline: null,
        },
      ],
    };
    const targets = draftAll(brief)
      .prioritizer.actions.filter(
        (action) => action.goalIds.includes('G1') && action.kpi.metric.includes('Google rating'),
      )
      .map((action) => action.kpi.target);
    expect(targets.length).toBeGreaterThan(0);
    for (const target of targets) expect(target).toBe(4.7);
  });

  it('contracts "de" as French requires', () => {
    expect(de('Les Granges du Bec')).toBe('des Granges du Bec');
    expect(de('Le Moulin')).toBe('du Moulin');
    expect(de('artisans du BTP')).toBe('d’artisans du BTP');
    expect(de('Maison Fournier')).toBe('de Maison Fournier');
  });
});
