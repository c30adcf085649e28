// `boussole init` in a real pseudo-terminal: real keystrokes, both languages, a brief pre-filled from a file,
// Ctrl-C writing nothing, and a clear refusal when there is no terminal.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readBriefSource } from '../../src/brief/index.js';
import { makeTempDir, type TempDir } from '../brief/helpers.js';
import { startInit, type Terminal } from './init-terminal.js';

/** Spawned processes are slow on a loaded 2-core machine: a generous bound, never a performance threshold. */
const TIMEOUT_MS = 120_000;

let dir: TempDir;
beforeEach(async () => {
  dir = await makeTempDir();
});
afterEach(() => dir.remove());

async function answer(terminal: Terminal, prompt: string, line: string): Promise<void> {
  await terminal.waitFor(prompt);
  terminal.type(line);
}

describe('boussole init in a terminal', () => {
  it(
    'asks in English (from LANG) and writes a commented brief.yaml that drafts as a complete brief',
    async () => {
      const terminal = startInit([], { cwd: dir.path, env: { LANG: 'en_GB.UTF-8' } });
      await answer(terminal, 'Company name', 'Glow Lab');
      await answer(terminal, 'What do you sell', 'organic skincare for sensitive skin');
      await answer(terminal, 'Who buys it', 'women 25-45 with sensitive skin, in the UK');
      await answer(terminal, 'Business model', 'd2c');
      await terminal.waitFor('Not understood');
      terminal.type('B2C');
      await answer(terminal, 'Goal 1,', 'Reach 30,000 GBP of online sales per month within 12 months');
      await answer(terminal, "Today's figure for", '18,000');
      await answer(terminal, 'Goal 2 ', 'Grow the newsletter');
      await answer(terminal, 'Target number for this goal', '5000');
      await answer(terminal, 'Today\'s figure for "Grow the newsletter"', '');
      await answer(terminal, 'Goal 3 ', '');
      await answer(terminal, 'Marketing budget', '£1,500 per month');
      await answer(terminal, 'Hours per week', '12');
      await answer(terminal, 'How many people', '2');
      await answer(terminal, 'Channel 1 in use', 'Instagram: 2300 followers');
      await answer(terminal, 'Channel 2 ', 'Newsletter: 1900 subscribers, dormant');
      await answer(terminal, 'Channel 3 ', '');
      await answer(terminal, 'Competitors', 'Typology, La Rosée');
      await answer(terminal, 'Constraints', 'no discounts; no TikTok');
      await answer(terminal, 'Busy seasons', 'November to December');
      await answer(terminal, 'Deadline 1', 'Christmas gift boxes online by October');
      await answer(terminal, 'Deadline 2 ', '');
      expect(await terminal.exited).toBe(0);
      expect(terminal.screen()).toContain('Brief written: brief.yaml');

      const path = join(dir.path, 'brief.yaml');
      const yaml = await readFile(path, 'utf8');
      expect(yaml).toMatch(/^# Marketing brief written by `boussole init`/);
      expect(yaml).toContain('# Goals: the statement in your words');
      // Nothing was said about maturity: it stays unknown instead of a default presented as a fact.
      expect(yaml).toContain('maturity: null');
      const source = await readBriefSource(path);
      expect(source.format).toBe('yaml');
      expect(source.structured).toMatchObject({
        company: { name: 'Glow Lab', businessModel: 'B2C', offer: 'organic skincare for sensitive skin' },
        budget: { amount: 1500, currency: 'GBP', periodMonths: 1 },
        capacity: { people: 2, hoursPerWeek: 12 },
        competitors: ['Typology', 'La Rosée'],
        constraints: ['no discounts', 'no TikTok'],
        calendar: {
          busyMonths: [11, 12],
          deadlines: [{ what: 'Christmas gift boxes online by October', month: 10 }],
        },
        language: 'en',
        horizonMonths: 12,
      });
      expect(source.structured?.goals.map((g) => [g.target, g.baseline, g.horizonMonths])).toEqual([
        [30000, 18000, 12],
        [5000, null, null],
      ]);
      expect(source.structured?.channels.map((c) => [c.name, c.value, c.status])).toEqual([
        ['Instagram', 2300, null],
        ['Newsletter', 1900, 'dormant'],
      ]);
    },
    TIMEOUT_MS,
  );

  it(
    'asks in French from a French brief file, shows each pre-filled answer, Enter keeps it, - clears it',
    async () => {
      const brief = await dir.write(
        'notes.md',
        '---\ncompany: Atelier Rayon\nbudget: 400 €/mois\nconcurrents: [Decathlon]\n---\n' +
          'Nous réparons des vélos à Nantes pour les cyclistes urbains. Objectif : 120 révisions par mois en 9 mois.\n',
      );
      const terminal = startInit([brief, '--out', 'atelier.yaml'], { cwd: dir.path, env: { LANG: 'C' } });
      await terminal.waitFor('Entrée garde la réponse entre [crochets]');
      await answer(terminal, "Nom de l'entreprise [Atelier Rayon]", '');
      await terminal.waitFor('Ce que vous vendez');
      terminal.type('réparation et entretien de vélos');
      await answer(terminal, 'Qui achète', 'cyclistes urbains de Nantes');
      await answer(terminal, 'Modèle', 'B2C');
      await terminal.waitFor('Objectif 1');
      const goalShown = terminal.screen().split('Objectif 1').pop() ?? '';
      terminal.type('');
      await answer(terminal, "Chiffre d'aujourd'hui", '70');
      await answer(terminal, 'Objectif 2', '');
      await answer(
        terminal,
        'Budget marketing et sa période (ex. « 400 € par mois », « 20 000 € par an » ; Entrée si inconnu) [400 EUR par mois]',
        '',
      );
      await answer(terminal, 'Heures par semaine', '6');
      await answer(terminal, 'Combien de personnes', '1');
      await answer(terminal, 'Canal 1', '');
      await answer(terminal, 'Concurrents, séparés par des virgules (Entrée si aucun) [Decathlon]', '-');
      await answer(terminal, 'Contraintes', '');
      await answer(terminal, 'Saisons chargées', 'avril à juin');
      await answer(terminal, 'Échéance 1', 'Fête du vélo en juin');
      await answer(terminal, 'Échéance 2', '');
      expect(await terminal.exited).toBe(0);
      expect(terminal.screen()).toContain('Brief écrit : atelier.yaml');
      expect(goalShown).toContain('120 révisions par mois');

      const source = await readBriefSource(join(dir.path, 'atelier.yaml'));
      expect(await readFile(join(dir.path, 'atelier.yaml'), 'utf8')).toContain("# L'entreprise : son nom");
      expect(source.language).toBe('fr');
      expect(source.structured).toMatchObject({
        company: { name: 'Atelier Rayon', offer: 'réparation et entretien de vélos', businessModel: 'B2C' },
        budget: { amount: 400, currency: 'EUR', periodMonths: 1 },
        capacity: { people: 1, hoursPerWeek: 6 },
        competitors: [],
        calendar: { busyMonths: [4, 5, 6], deadlines: [{ what: 'Fête du vélo en juin', month: 6 }] },
      });
      expect(source.structured?.goals[0]).toMatchObject({ target: 120, baseline: 70, horizonMonths: 9 });
    },
    TIMEOUT_MS,
  );

  it(
    'asks for the language first when nothing says it; Ctrl-C writes nothing and exits 130',
    async () => {
      const terminal = startInit(['out.yaml'], { cwd: dir.path, env: { LANG: 'C' } });
      await answer(terminal, 'Language / Langue [en/fr]', 'fr');
      await answer(terminal, "Nom de l'entreprise", 'Yoga avec Claire');
      await terminal.waitFor('Ce que vous vendez');
      terminal.press('\x03');
      expect(await terminal.exited).toBe(130);
      expect(terminal.screen()).toContain("Interrompu : rien n'a été écrit.");
      expect(existsSync(join(dir.path, 'out.yaml'))).toBe(false);
    },
    TIMEOUT_MS,
  );

  it(
    'refuses to run without a terminal: a clear line and exit 2',
    () => {
      const result = spawnSync(
        'node',
        [join(import.meta.dirname, '..', '..', 'bin', 'boussole.js'), 'init'],
        {
          cwd: dir.path,
          input: 'Acme\n',
          env: { PATH: process.env.PATH, LANG: 'en_US.UTF-8' },
          encoding: 'utf8',
        },
      );
      expect(result.status).toBe(2);
      expect(result.stderr.trim()).toBe(
        'boussole: boussole init asks its questions in a terminal, and this is not one: run it in an interactive terminal, or write brief.yaml by hand (see the README).',
      );
      expect(existsSync(join(dir.path, 'brief.yaml'))).toBe(false);
    },
    TIMEOUT_MS,
  );
});
