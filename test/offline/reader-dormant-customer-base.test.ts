// The reader on a past-customer base the brief says is never contacted: a dormant customer_base asset with its size,
// in French and English, also when it follows a goal in the same sentence; a base that is contacted stays active.
import { describe, expect, it } from 'vitest';
import { Brief } from '../../agents/brief.js';
import { readBrief } from '../../src/offline/reader/index.js';

const assets = (text: string) => Brief.parse(readBrief(text, {})).assets;

describe('dormant past-customer bases', () => {
  it('reads "un fichier de 5 800 anciens élèves … jamais relancé" as a dormant customer base of 5 800', () => {
    const found = assets(
      "Auto-école à Besançon. Aujourd'hui : un fichier de 5 800 anciens élèves (emails + téléphones) jamais relancé.",
    );
    expect(found).toContainEqual(
      expect.objectContaining({ kind: 'customer_base', size: 5800, dormant: true }),
    );
  });

  it('reads "our 2,400 past customers never hear from us" after a goal in the same sentence', () => {
    const found = assets(
      'Coolbreeze HVAC, Phoenix AZ: AC repair.\nWant 150 maintenance-plan members by June 2027 (we have 40 today); our 2,400 past customers never hear from us.',
    );
    expect(found).toContainEqual(
      expect.objectContaining({ kind: 'customer_base', size: 2400, dormant: true }),
    );
  });

  it('reads "1,300 former members, not emailed since 2023" as dormant', () => {
    const found = assets('Climbing gym in Leeds. We have 1,300 former members, not emailed since 2023.');
    expect(found).toContainEqual(
      expect.objectContaining({ kind: 'customer_base', size: 1300, dormant: true }),
    );
  });

  it('keeps a past-customer base that is written to every month active', () => {
    const found = assets('Bakery in Lyon. Nous envoyons chaque mois une lettre à nos 900 anciens clients.');
    const base = found.find((a) => a.kind === 'customer_base');
    expect(base?.dormant ?? false).toBe(false);
  });
});
