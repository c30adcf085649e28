// What intake recognises in a brief: normalisation, format, structured JSON and Markdown front matter.
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Brief } from '../../agents/brief.js';
import { interpretBrief, readBriefSource } from '../../src/brief/index.js';
import { GOOD_BRIEFS, makeTempDir, streamOf, type TempDir } from './helpers.js';

let dir: TempDir;
beforeEach(async () => {
  dir = await makeTempDir();
});
afterEach(() => dir.remove());

describe('normalisation', () => {
  it('strips a UTF-8 BOM and turns CRLF into LF, and nothing else', async () => {
    const path = await dir.write('windows.txt', '\uFEFFAcme sells tea.\r\nTo offices.\r\n\r\nIn Lyon.\r\n');
    const source = await readBriefSource(path);
    expect(source.text).toBe('Acme sells tea.\nTo offices.\n\nIn Lyon.\n');
  });

  it('keeps a lone CR, tabs and trailing spaces as written', async () => {
    const source = await readBriefSource('-', { stdin: streamOf('Acme\tsells tea.  \rLyon') });
    expect(source.text).toBe('Acme\tsells tea.  \rLyon');
  });

  it('recognises a JSON brief written with a BOM and CRLF', async () => {
    const path = await dir.write(
      'win.json',
      '\uFEFF{\r\n  "company": "Acme",\r\n  "goals": ["Grow"]\r\n}\r\n',
    );
    const source = await readBriefSource(path);
    expect(source.format).toBe('json');
    expect(source.structured?.company.name).toBe('Acme');
  });
});

describe('format detection', () => {
  it('reads plain prose as text', async () => {
    const source = await readBriefSource(join(GOOD_BRIEFS, 'acme-en.txt'));
    expect(source).toMatchObject({ format: 'text', structured: null, frontMatter: null, name: 'acme-en' });
    expect(source.body).toBe(source.text);
  });

  it('names the run after the folder when the file has a generic name (acme/brief.txt)', async () => {
    const dir = join(await mkdtemp(join(tmpdir(), 'boussole-name-')), 'Maison Fournier');
    await mkdir(dir);
    await writeFile(join(dir, 'brief.txt'), 'Une boulangerie à Lyon, deux boutiques, 6 000 € de budget.');
    expect((await readBriefSource(join(dir, 'brief.txt'))).name).toBe('maison-fournier');
  });

  it('reads Markdown by its syntax or by its extension', () => {
    expect(interpretBrief('# Acme\n\nWe sell tea.', '-').format).toBe('markdown');
    expect(interpretBrief('We sell **organic** tea.', '-').format).toBe('markdown');
    expect(interpretBrief('We sell tea.', 'notes.md').format).toBe('markdown');
    expect(interpretBrief('We sell tea.', 'notes.txt').format).toBe('text');
  });

  it('reads a text starting with { (after whitespace) as JSON', () => {
    const source = interpretBrief('\n  {"company": "Acme"}', '-');
    expect(source.format).toBe('json');
  });

  it('treats a leading --- rule followed by prose as Markdown, not front matter', () => {
    const text = '---\nWe sell tea to offices. It works well.\n---\nMore prose.\n';
    const source = interpretBrief(text, 'brief.md');
    expect(source).toMatchObject({ format: 'markdown', frontMatter: null, body: text });
  });

  it('ignores empty front matter but strips it from the body', () => {
    const source = interpretBrief('---\n---\nWe sell tea.\n', 'brief.md');
    expect(source).toMatchObject({ format: 'markdown', frontMatter: null, body: 'We sell tea.\n' });
  });
});

describe('JSON briefs', () => {
  it('fills in the defaults a hand-written brief leaves out and passes the Brief contract', async () => {
    const source = await readBriefSource(join(GOOD_BRIEFS, 'brief.json'));
    const brief = source.structured;
    expect(brief).not.toBeNull();
    expect(Brief.safeParse(brief).success).toBe(true);
    expect(brief).toMatchObject({
      audience: null,
      capacity: null,
      maturity: null,
      profile: null,
      channels: [],
      constraints: [],
      horizonMonths: 12,
      language: 'en',
      budget: { amount: 30000, currency: 'GBP', periodMonths: 12 },
    });
    expect(brief?.company).toMatchObject({ sector: null, offer: null, stage: null });
    // The goal's own words name what is counted; no horizon is written, so none is made up.
    expect(brief?.goals[0]).toMatchObject({
      id: 'G1',
      metric: 'subscribers',
      horizonMonths: null,
      baseline: null,
    });
    expect(source.frontMatter).toBeNull();
    expect(source.name).toBe('northwind-tea');
  });

  it('accepts the shorthands: company as a string, goals and channels as strings, one string for a list', () => {
    const text = JSON.stringify({
      company: 'Acme',
      goals: ['Reach 200 customers', { statement: 'Be known in Lyon', kind: 'awareness' }],
      channels: ['LinkedIn'],
      competitors: 'Tableau',
      budget: { amount: 1000, currency: 'eur' },
    });
    const brief = interpretBrief(text, '-').structured;
    expect(brief?.company).toMatchObject({ name: 'Acme', markets: [] });
    expect(brief?.goals.map((goal) => [goal.id, goal.kind, goal.target])).toEqual([
      ['G1', 'growth', 200],
      ['G2', 'awareness', null],
    ]);
    expect(brief?.channels).toEqual([{ name: 'LinkedIn', metric: null, value: null, status: null }]);
    expect(brief?.competitors).toEqual(['Tableau']);
    expect(brief?.budget).toEqual({ amount: 1000, currency: 'EUR', periodMonths: 12 });
  });
});

describe('front matter', () => {
  it('is complete with a company name and goals: the brief is structured, the prose kept as body', async () => {
    const source = await readBriefSource(join(GOOD_BRIEFS, 'complete-front-matter.md'));
    expect(source.format).toBe('markdown');
    expect(source.structured).not.toBeNull();
    expect(Brief.safeParse(source.structured).success).toBe(true);
    expect(source.structured).toMatchObject({
      company: { name: 'Atelier Vélo' },
      profile: 'smb',
      competitors: ['Decathlon'],
      capacity: { people: 1.5, hoursPerWeek: 10 },
      language: 'fr',
    });
    expect(source.structured?.goals).toHaveLength(2);
    expect(source.structured?.goals[1]).toMatchObject({ id: 'G2', target: 500, kind: 'awareness' });
    expect(source.body).toBe(
      'Atelier Vélo répare et vend des vélos à Nantes. Nous avons une clientèle fidèle de cyclistes urbains.\n',
    );
    expect(source.text.startsWith('---\ncompany: Atelier Vélo\n')).toBe(true);
    expect(source.name).toBe('atelier-velo');
  });

  it('is partial without goals: not structured, its fields kept without invented defaults', async () => {
    const source = await readBriefSource(join(GOOD_BRIEFS, 'boulangerie-fr.md'));
    expect(source.structured).toBeNull();
    // The title is document metadata: neither a Brief field nor text to read.
    expect(source.frontMatter).toEqual({
      company: { name: 'Boulangerie Lumière', markets: ['Lyon'] },
      language: 'fr',
      budget: { amount: 5000, currency: 'EUR', periodMonths: 12 },
    });
    expect(source.body.startsWith('# Boulangerie Lumière\n')).toBe(true);
    expect(source.name).toBe('boulangerie-lumiere');
  });

  it('is partial with goals but no company name', () => {
    const source = interpretBrief('---\ngoals: [Grow]\nprofile: cmo\n---\nWe sell tea.\n', 'x.md');
    expect(source.structured).toBeNull();
    expect(source.frontMatter).toMatchObject({ profile: 'cmo', goals: [{ id: 'G1', statement: 'Grow' }] });
  });

  it('ignores metadata keys (tags, title, date) in complete front matter', () => {
    const source = interpretBrief('---\ncompany: Acme\ngoals: Grow\ntags: [q3]\n---\nWe sell tea.\n', 'x.md');
    expect(source.structured?.goals).toHaveLength(1);
    expect(source.structured).not.toHaveProperty('tags');
  });

  it('reads front matter keys that are not Brief fields with the prose, and lets the stated fields win', () => {
    const source = interpretBrief(
      '---\ncompany: Acme\nobjectifs: [Doubler les ventes]\nhistorique: fondée en 1990\n---\nNous vendons du thé.\n',
      'x.md',
    );
    expect(source.structured).toBeNull();
    expect(source.frontMatter).toMatchObject({
      company: { name: 'Acme' },
      goals: [{ statement: 'Doubler les ventes' }],
    });
    expect(source.body).toBe('historique: fondée en 1990\n\nNous vendons du thé.\n');
  });
});
