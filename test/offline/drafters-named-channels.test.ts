// The drafters on what a brief names: each named channel is built on under its own name, titled from the catalogue's
// wording (a listing refreshed, a fair prepared, content reused), and a goal that asks to be cited by AI assistants
// gets the GEO lever even in a consumer business, where GEO is not a usual fit.
import { describe, expect, it } from 'vitest';
import { Brief } from '../../agents/brief.js';
import { readBrief } from '../../src/offline/reader/index.js';
import { draftAll } from './drafters-support.js';

const titles = (text: string, language: 'fr' | 'en') =>
  draftAll(Brief.parse(readBrief(text, { language }))).prioritizer.actions.map((a) => a.title);

describe('named channels become build-on actions', () => {
  it('refreshes a listing the brief names, under its name', () => {
    const list = titles(
      'Casa Alfama is a coworking space in Lisbon. Channels: Instagram (7,800), Coworker.com listing. Goal: desk occupancy from 62% to 85% by the end of next year. Budget: EUR 2,500 a month.',
      'en',
    );
    expect(list).toContain(
      "Refresh and complete Casa Alfama's Coworker.com listing: visuals, description, a review prompt",
    );
  });

  it('prepares a named fair under its own name', () => {
    const list = titles(
      "Plannéo édite un logiciel SaaS de planning pour la grande distribution. Canaux : LinkedIn, salon Franchise Expo Paris (stand déjà payé : 22 000 €). Objectif : passer de 85 à 130 enseignes clientes en 12 mois. Budget : 120 000 € sur l'année.",
      'fr',
    );
    expect(list.some((t) => t.startsWith('Franchise Expo Paris : rendez-vous pris avant'))).toBe(true);
  });

  it('names the existing content it reuses', () => {
    const list = titles(
      'Harrow & Finch is a security consultancy in Manchester. We publish a yearly research report on banking app security that journalists quote. Goal: sign 10 new retainer contracts with banks within 12 months. Budget £60,000 for the year.',
      'en',
    );
    expect(list.some((t) => /existing content \(research report\)/.test(t))).toBe(true);
  });
});

describe('a goal that asks to be cited by AI assistants', () => {
  it('gets the GEO programme in a consumer business', () => {
    const list = titles(
      "Horizons Sereins est une agence de voyages organisés pour seniors à Angers. Objectifs : augmenter les réservations de 15 % ; apparaître dans les réponses de ChatGPT quand on demande une agence de voyages pour seniors. Budget : 90 000 € sur l'année.",
      'fr',
    );
    expect(list.some((t) => t.startsWith('Programme GEO'))).toBe(true);
  });
});
