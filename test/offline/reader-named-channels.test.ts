// The reader on channels a brief names by their own proper noun or by their class: a listing on a directory, a named
// fair or festival, an app store page, a review platform, a sales team, stockists, a research report; and on the
// words that look like a name at a sentence start but are none ("Our listing", "The Show").
import { describe, expect, it } from 'vitest';
import { Brief } from '../../agents/brief.js';
import { readBrief } from '../../src/offline/reader/index.js';

const read = (text: string) => Brief.parse(readBrief(text));
const channelNames = (text: string) => read(text).channels.map((c) => c.name);
const assetNames = (text: string) => read(text).assets.map((a) => `${a.name}:${a.kind}`);

describe('channels named by the brief’s own proper noun', () => {
  it('keeps a directory listing under its own name, as a listing', () => {
    expect(
      channelNames('Channels: Instagram (7,800), a Coworker.com listing. Goal: 85% occupancy.'),
    ).toContain('Coworker.com listing');
    expect(channelNames('We are listed on Houzz. Goal: 40 new projects this year.')).toContain(
      'Houzz listing',
    );
    expect(channelNames('Notre fiche Houzz a 30 avis. Objectif : 20 nouveaux chantiers.')).toContain(
      'fiche Houzz',
    );
  });

  it('names a fair or a festival as the brief writes it, with its figure', () => {
    const brief = read(
      "Ce qu'on a : le Festival du Pilat qu'on organise chaque juin (2 500 visiteurs). Objectif : 30 bars clients.",
    );
    expect(brief.channels).toContainEqual(
      expect.objectContaining({ name: 'Festival du Pilat', value: 2500 }),
    );
    expect(
      channelNames('Canaux : LinkedIn, salon Franchise Expo Paris chaque mars. Objectif : 130 enseignes.'),
    ).toContain('Franchise Expo Paris');
  });

  it('keeps the show’s own name over the class word it holds ("Ideal Home Show", not only "home show")', () => {
    expect(channelNames('We take a stand at the Ideal Home Show every spring. Goal: 40 projects.')).toContain(
      'Ideal Home Show',
    );
  });

  it('pays a booking in brackets to the named fair before them, not to the next channel of the list', () => {
    const brief = read(
      'Canaux : LinkedIn (3 500 abonnés), salon Franchise Expo Paris (stand déjà payé : 22 000 €), newsletter clients.',
    );
    expect(brief.committedSpend).toEqual([
      { what: 'Franchise Expo Paris', amount: 22000, periodMonths: null },
    ]);
  });

  it('reads no name from a capitalised sentence start or a bare class word', () => {
    const names = channelNames(
      'Our listing is out of date. The Show must go on. New Listing soon. Goal: 10 sales.',
    );
    expect(names).toEqual([]);
  });

  it('leaves a known platform to its own table ("Google listing" is the Google profile)', () => {
    const names = channelNames('Our Google listing has 120 reviews. Goal: 30 new customers.');
    expect(names).not.toContain('Google listing');
    expect(names).toContain('Google Business Profile');
  });
});

describe('channels recognised by their class', () => {
  it('reads an app store page with its ratings as a listing the company keeps', () => {
    const brief = read('- App Store rating 4.8 from 2,300 ratings.\n- Goal: 12,000 walks a month.');
    expect(brief.channels.map((c) => c.name)).toContain('App Store listing');
    expect(brief.assets).toContainEqual(
      expect.objectContaining({ name: 'App Store listing', kind: 'reviews' }),
    );
  });

  it('reads a review platform key split into words by a structured brief ("trip advisor: 640 reviews")', () => {
    expect(read('Marketing — channels — trip advisor: 640 reviews, 4.9').channels).toContainEqual(
      expect.objectContaining({ name: 'Tripadvisor', value: 640 }),
    );
  });

  it('reads selling through the company’s own sales people as direct sales', () => {
    expect(channelNames('Nous vendons en direct en France et via des distributeurs en Espagne.')).toContain(
      'Vente directe',
    );
  });

  it('reads pharmacies and stockists as the distribution network, with their number', () => {
    expect(
      read('Sold on our Shopify store and in 40 independent pharmacies across Scotland.').assets,
    ).toContainEqual(expect.objectContaining({ name: 'pharmacies', kind: 'distributors', size: 40 }));
    expect(assetNames('We sell in 12 stockists across Wales. Goal: double online sales.')).toContain(
      'stockists:distributors',
    );
  });

  it('reads a named piece of content as an asset with no count, but not a bare "articles"', () => {
    expect(
      assetNames('We publish a yearly research report on banking app security that journalists quote.'),
    ).toContain('research report:content');
    expect(assetNames('Nous avons un livre blanc sur la paie.')).toContain('livre blanc:content');
    expect(read('We write articles on our blog.').assets.filter((a) => a.kind === 'content')).toEqual([]);
  });

  it('reads a venue’s own community events as its community, not trade shows it attends', () => {
    const names = channelNames('A coworking space with a rooftop and weekly community events.');
    expect(names).toContain('Community meet-ups');
    expect(names).not.toContain('Trade shows and events');
  });
});
