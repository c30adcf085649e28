// The reader on what a founder would find wrong: meta lines read as a description, product bullets missed,
// refused channels kept as current ones, two wishes in one goal, definitions and sign-offs read as goals or constraints.
import { describe, expect, it } from 'vitest';
import { Brief } from '../../agents/brief.js';
import { detectSector } from '../../src/offline/knowledge/index.js';
import { readBrief } from '../../src/offline/reader/index.js';
import { isMetaLine, isTitleLine } from '../../src/offline/reader/meta-lines.js';

describe('lines about the document', () => {
  it.each([
    'notes pour le consultant - Maison Fournier (boulangerie) - Camille F.',
    'To: Chalkline investors and advisors',
    'Prepared by Dr Aisha Rahman, Managing Director, for the board away-day.',
    "Objet : Demande d'accompagnement - Les Granges du Bec",
    'Quick update before the board meeting, and a request: we want a roadmap',
    'Thanks as always - comments welcome before Thursday.',
    'Bonjour,',
    "Je vous contacte de la part de l'office de tourisme, qui m'a donné votre nom.",
  ])('"%s" is about the document', (line) => {
    expect(isMetaLine(line) || isTitleLine(line)).toBe(true);
  });

  it.each([
    'Maison Fournier est une boulangerie de quartier à Lyon.',
    'De nombreux clients viennent le week-end.',
    'We sell specialty coffee online and at markets.',
    'pain au levain, farines bio, viennoiseries pur beurre',
  ])('"%s" is about the company', (line) => {
    expect(isMetaLine(line)).toBe(false);
    expect(isTitleLine(line)).toBe(false);
  });

  it('never takes a title or addressee line for the description, and reads a product bullet as the offer', () => {
    const brief = Brief.parse(
      readBrief(
        [
          'notes pour mon associé — Fromagerie Dupré (fromagerie) — Louis D.',
          '',
          '- une boutique à Annecy depuis 2012, rue Carnot',
          '- comté affiné 24 mois, reblochon fermier, tommes de Savoie, plateaux pour les fêtes',
          '- objectif : +15 % de CA sur 12 mois',
          '- budget : 4 000 € par an',
        ].join('\n'),
      ),
    );
    expect(brief.company.description ?? '').not.toMatch(/notes pour/i);
    expect(brief.company.offer).toBe('comté affiné 24 mois, reblochon fermier, tommes de Savoie');
  });

  it('skips an addressee line in English and takes the first sentence about the company', () => {
    const brief = readBrief(
      'Prepared by Jo Smith, Director, for the board away-day.\n\nWe run three bike repair workshops in Leeds and Bradford, mostly for commuters.\n',
    );
    expect(brief.company.description).toMatch(/^We run three bike repair workshops/);
  });
});

describe('channels the brief refuses are not current channels', () => {
  it('drops a platform named only in a refusal, keeps the ones in use', () => {
    const brief = readBrief(
      '- insta : 1 200 abonnés\n- je ne veux pas passer par Uber Eats / Deliveroo, commissions trop chères\n- on ne veut pas de TikTok non plus\n',
    );
    const names = brief.channels.map((channel) => channel.name);
    expect(names).toContain('Instagram');
    expect(names.join(' ')).not.toMatch(/Uber Eats|Deliveroo/);
  });

  it('reads "booking form" as a form on the site, not Booking.com', () => {
    const brief = readBrief(
      'Channels: website with a free consultation booking form, Instagram (800 followers).',
    );
    expect(brief.channels.map((channel) => channel.name)).not.toContain('Booking.com');
  });
});

describe('goals', () => {
  it('splits two wishes joined by "and we\'d love to", keeping each figure', () => {
    const brief = readBrief(
      "Our goal: we want to reach 400 members within 6 months, and we'd love to sign 5 corporate partners.",
    );
    expect(brief.goals.map((goal) => goal.target)).toEqual([400, 5]);
  });

  it('keeps an aside in brackets inside its goal', () => {
    const brief = readBrief(
      'Goals:\n- Average rating of at least 4.8 on Google (today 4.5 overall; the Leeds shop is at 4.1)\n',
    );
    expect(brief.goals).toHaveLength(1);
    expect(brief.goals[0]?.statement).toContain('the Leeds shop is at 4.1');
  });

  it('reads "atteindre … et arriver à …" as two goals', () => {
    const brief = readBrief(
      "Je voudrais atteindre 60 % de remplissage d'ici un an, et arriver à 25 % de ventes directes.",
    );
    expect(brief.goals.map((goal) => goal.target)).toEqual([60, 25]);
  });

  it('does not read a definition or a request for the plan as a goal', () => {
    const brief = readBrief(
      [
        'Objectifs :',
        '- Générer 30 leads qualifiés par trimestre',
        "- Un lead qualifié = un dirigeant d'une entreprise de plus de 50 salariés",
        '',
        'Quick note, and a request: we want a marketing roadmap for the next 12 months.',
      ].join('\n'),
    );
    expect(brief.goals.map((goal) => goal.statement)).toEqual(['Générer 30 leads qualifiés par trimestre']);
  });
});

describe('constraints', () => {
  it('leaves greetings and sign-offs out of the constraints', () => {
    const brief = readBrief(
      '## Constraints\n\n- No cold calling\n- GDPR applies\n\nThanks as always - comments welcome before Friday.\n\nAnna & Ben\n',
    );
    expect(brief.constraints.join(' ')).not.toMatch(/Thanks|comments welcome/);
    expect(brief.constraints).toContain('No cold calling');
  });
});

describe('sectors', () => {
  it('places a bakery or a butcher among food shops, not restaurants', () => {
    expect(detectSector('Boulangerie artisanale, pain au levain et viennoiseries', 'fr')?.slug).toBe(
      'food_shop',
    );
    expect(detectSector('Family butcher in York, dry-aged beef', 'en')?.slug).toBe('food_shop');
    expect(detectSector('Bistrot de quartier, 40 couverts, menu du jour', 'fr')?.slug).toBe(
      'food_restaurant',
    );
  });

  it('places a roaster selling subscriptions online among shops, even when it also supplies cafés', () => {
    const text =
      'We are a small coffee roaster. We sell online coffee subscriptions through our Shopify site and at weekend markets, and two cafés serve our espresso.';
    expect(detectSector(text, 'en', 'online coffee subscriptions', 'online coffee subscriptions')?.slug).toBe(
      'retail_ecommerce',
    );
    expect(readBrief(text).company.businessModel).toBe('B2C');
  });
});
