// brief.read.yaml: the offline reading a user corrects and drafts again from. Every field says where it came from.

import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { Brief } from '../../agents/brief.js';
import { AGENTS } from '../../agents/index.js';
import { createOfflineModel } from '../../src/offline/offline-model.js';
import {
  READING_FILE,
  readBriefWithFiles,
  readBriefWithSources,
  renderReading,
} from '../../src/offline/reader/index.js';
import { normalizeText } from '../../src/offline/reader/text.js';
import { frenchShop } from './reader-cases-briefs.js';

/** Hand-authored, in the shape of a brief the reader was not tuned on: a bike workshop with a dormant list. */
const workshop = `Atelier Rayon Libre — réparation de vélos à Grenoble

Je tiens depuis 2019 un petit atelier de réparation de vélos à Grenoble. On est deux mécaniciens. Chiffre d'affaires 2025 : 185 000 €.

Ce qu'on a : 420 avis Google (4,8/5), une newsletter de 1 900 contacts qu'on n'a pas envoyée depuis un an. Pas de pub payante.

Objectifs : passer à 240 000 € de CA, et signer 5 contrats d'entretien de flottes avec des entreprises (aujourd'hui 1).

Je peux y consacrer 3 heures par semaine. Avril à juin, on est débordés.`;

/** Hand-authored: one English line from a solo yoga teacher, with no name, budget or figure. */
const yoga = "I'm a yoga teacher in Bristol and I'd like to fill my Sunday classes.";

/** The `from: "…"` quotations of a rendered reading's fields (the header's example left out). */
const quotations = (yaml: string) =>
  [...yaml.matchAll(/from: ("(?:[^"\\]|\\.)*")/g)]
    .map((m) => JSON.parse(m[1] ?? '""') as string)
    .filter((words) => words !== '…');

describe('brief.read.yaml', () => {
  it('is a valid Brief once parsed, the same as the reading', () => {
    for (const text of [workshop, yoga, frenchShop]) {
      const reading = readBriefWithSources(text);
      expect(Brief.parse(parse(renderReading(reading)))).toEqual(reading.brief);
    }
  });

  it("quotes only the brief's own words", () => {
    for (const text of [workshop, frenchShop]) {
      const source = normalizeText(text).replace(/\s+/g, ' ');
      const quoted = quotations(renderReading(readBriefWithSources(text)));
      expect(quoted.length).toBeGreaterThan(8);
      for (const words of quoted) for (const part of words.split(' … ')) expect(source).toContain(part);
    }
  });

  it('says in the brief’s language what is unknown, and never turns it into a zero', () => {
    const yaml = renderReading(readBriefWithSources(workshop));
    expect(parse(yaml).budget).toBeNull();
    expect(yaml).toMatch(/# inconnu : le brief ne le dit pas\nbudget: null/);
    expect(yaml).toMatch(/# inconnu : le brief ne le dit pas\ncompetitors: \[\]/);
    expect(yaml).toContain('# Ce que Boussole a lu dans le brief');
    const english = renderReading(readBriefWithSources(yoga));
    expect(english).toMatch(/# unknown: the brief does not say\nbudget: null/);
    expect(english).not.toContain('inconnu');
  });

  it('says when a goal gives a date rather than a duration, instead of guessing the months', () => {
    const reading = readBriefWithSources("Objectif : passer à 240 000 € de CA d'ici fin 2027.");
    expect(reading.brief.goals[0]?.horizonMonths).toBeNull();
    expect(renderReading(reading)).toMatch(
      /# l'énoncé donne une date, pas une durée[^\n]*\n\s+horizonMonths: null/,
    );
  });

  it('marks what is described rather than quoted: a brief that names no company', () => {
    const reading = readBriefWithSources(yoga);
    expect(reading.brief.company.name).toBe('Yoga teacher, Bristol');
    expect(renderReading(reading)).toMatch(
      /a name describing it, in its words\n {2}name: Yoga teacher, Bristol/,
    );
  });

  it('reads what exists today: baselines, a dormant list, busy months', () => {
    const { brief, sources } = readBriefWithSources(workshop);
    expect(brief.goals.map((g) => [g.target, g.unit, g.baseline])).toEqual([
      [240_000, 'EUR', 185_000],
      [5, 'contrats', 1],
    ]);
    expect(sources.get('goals.0.baseline')).toBe("Chiffre d'affaires 2025 : 185 000 €.");
    expect(brief.assets).toContainEqual({
      name: 'Newsletter',
      kind: 'contact_list',
      size: 1900,
      unit: 'inscrits',
      dormant: true,
    });
    expect(brief.calendar.busyMonths).toEqual([4, 5, 6]);
    expect(brief.capacity).toEqual({ people: 1, hoursPerWeek: 3 });
  });

  it('reaches the run folder through the offline model as an artifact', async () => {
    const model = createOfflineModel({ readBrief: readBriefWithFiles });
    const answer = await model.generate({
      agentId: 'brief',
      schema: AGENTS.brief.output,
      system: '',
      user: '',
      model: 'offline-drafter',
      temperature: 0,
      inputs: { sourceText: workshop, upstream: {}, language: 'fr' },
    });
    expect(answer.artifacts?.map((a) => a.name)).toEqual([READING_FILE]);
    expect(answer.artifacts?.[0]?.content).toBe(
      renderReading(readBriefWithSources(workshop, { language: 'fr' })),
    );
  });
});
