// Offline drafts through the CLI, on briefs written for this test only: their language, their name, their budget,
// different from each other, byte-identical when repeated, and refused with exit 2 when the brief is unusable.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Brief } from '../../agents/brief.js';
import type { Prioritizer } from '../../agents/prioritizer.js';
import type { Roadmap } from '../../src/arbiter/index.js';
import { runCli } from '../support/cli.js';

const BRIEFS = {
  'fr-shop.txt': `La Fabrique à Thés est une boutique en ligne de thés bio basée à Rennes.
Nous vendons des thés en vrac et des coffrets cadeaux, surtout à des particuliers en France.
Budget marketing : 18 000 € par an. Je gère seule le marketing, environ 6 heures par semaine.
Objectif : augmenter le chiffre d'affaires en ligne de 25 % d'ici 12 mois.
Concurrents : Kusmi Tea, Palais des Thés. Instagram : 3 400 abonnés.`,
  'en-saas.md': `# Ledgerly

Ledgerly is a B2B SaaS that automates expense reports for accounting firms in the US and Canada.
Our marketing budget is $240,000 for the year, and 3 people work in marketing full time.
Goal: grow MRR from $40k to $70k within 12 months. Competitors: Expensify, Ramp.
We have 1,200 LinkedIn followers and a newsletter with 2,000 subscribers.`,
  'one-sentence.txt': 'Kamo Vélos répare et vend des vélos électriques à Marseille.',
  'json-brief.json': JSON.stringify({
    company: { name: 'Northwind Bakery', sector: 'bakery', businessModel: 'B2C', markets: ['Seattle'] },
    goals: [{ statement: 'Grow weekend sales by 15% in 6 months', kind: 'growth', target: 15, unit: '%', horizonMonths: 6 }],
    budget: { amount: 5000, currency: 'USD', periodMonths: 12 },
    capacity: { people: 1, hoursPerWeek: 4 },
    competitors: ['Sweet Rise'],
    language: 'en',
  }),
};

function writeBriefs(): string {
  const dir = mkdtempSync(join(tmpdir(), 'boussole-offline-'));
  for (const [name, text] of Object.entries(BRIEFS)) writeFileSync(join(dir, name), text);
  return dir;
}

async function draftOffline(briefFile: string, out: string) {
  const result = await runCli(['draft', briefFile, '--out', out], { env: {} });
  expect(result.code, result.stderr).toBe(0);
  return result;
}

const readJson = <T>(dir: string, name: string) => JSON.parse(readFileSync(join(dir, name), 'utf8')) as T;

describe('offline drafts of briefs no fixture contains', () => {
  const briefs = writeBriefs();
  const outs = Object.fromEntries(Object.keys(BRIEFS).map((name) => [name, join(briefs, `run-${name}`)]));

  it('says in one line that it drafts offline, and labels every output', async () => {
    const result = await draftOffline(join(briefs, 'fr-shop.txt'), outs['fr-shop.txt'] as string);
    expect(result.stderr.split('\n').filter((line) => /brouillon hors ligne/i.test(line))).toHaveLength(1);
    const out = outs['fr-shop.txt'] as string;
    expect(readJson<{ provider: string }>(out, 'run.json').provider).toBe('offline');
    expect(readJson<Roadmap>(out, 'roadmap.json').draftKind).toBe('offline');
    expect(readFileSync(join(out, 'roadmap.md'), 'utf8')).toMatch(/hors ligne/);
    expect(readFileSync(join(out, 'report.html'), 'utf8')).toMatch(/hors ligne/);
  });

  it('reads each brief in its language, with its name and budget', async () => {
    for (const name of ['en-saas.md', 'one-sentence.txt', 'json-brief.json']) {
      await draftOffline(join(briefs, name), outs[name] as string);
    }
    const brief = (name: string) => readJson<Brief>(outs[name] as string, 'brief.json');
    expect(brief('fr-shop.txt')).toMatchObject({
      language: 'fr',
      company: { name: 'La Fabrique à Thés' },
      budget: { amount: 18000, currency: 'EUR', periodMonths: 12 },
    });
    expect(brief('en-saas.md')).toMatchObject({
      language: 'en',
      company: { name: 'Ledgerly' },
      budget: { amount: 240000, currency: 'USD', periodMonths: 12 },
    });
    expect(brief('one-sentence.txt')).toMatchObject({ language: 'fr', company: { name: 'Kamo Vélos' }, budget: null });
    expect(brief('json-brief.json')).toMatchObject({
      language: 'en',
      company: { name: 'Northwind Bakery' },
      budget: { amount: 5000, currency: 'USD' },
    });
    for (const [name, company] of [
      ['fr-shop.txt', 'La Fabrique à Thés'],
      ['en-saas.md', 'Ledgerly'],
      ['json-brief.json', 'Northwind Bakery'],
    ] as const) {
      expect(readFileSync(join(outs[name] as string, 'roadmap.md'), 'utf8')).toContain(company);
    }
    expect(readFileSync(join(outs['en-saas.md'] as string, 'roadmap.md'), 'utf8')).toMatch(/Marketing roadmap/);
  });

  it('gives clearly different action lists to unrelated briefs', () => {
    const titles = (name: string) =>
      new Set(readJson<Prioritizer>(outs[name] as string, 'prioritizer.json').actions.map((a) => a.title));
    const shop = titles('fr-shop.txt');
    const saas = titles('en-saas.md');
    const shared = [...shop].filter((t) => saas.has(t));
    expect(shared).toEqual([]);
  });

  it('gives byte-identical files for the same brief (run.json, which records timings, aside)', async () => {
    const again = join(briefs, 'run-again');
    await draftOffline(join(briefs, 'fr-shop.txt'), again);
    const first = outs['fr-shop.txt'] as string;
    const files = readdirSync(first).filter((name) => name !== 'run.json');
    expect(files.length).toBeGreaterThan(8);
    for (const name of files) {
      expect(readFileSync(join(again, name), 'utf8'), name).toBe(readFileSync(join(first, name), 'utf8'));
    }
  });

  it('refuses an empty, binary or oversized brief with exit 2 and one line', async () => {
    writeFileSync(join(briefs, 'empty.txt'), '   \n');
    writeFileSync(join(briefs, 'binary.bin'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0xff]));
    writeFileSync(join(briefs, 'huge.txt'), 'a'.repeat(100_001));
    for (const name of ['empty.txt', 'binary.bin', 'huge.txt']) {
      const result = await runCli(['draft', join(briefs, name), '--out', join(briefs, `x-${name}`)], { env: {} });
      expect(result.code, name).toBe(2);
      expect(result.stderr.trim().split('\n'), name).toHaveLength(1);
    }
  });
});
