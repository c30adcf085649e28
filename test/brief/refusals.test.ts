// Every way brief intake refuses a file: exit code 2, the right code, one line saying what to do.
import { open, symlink } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readBriefSource } from '../../src/brief/index.js';
import { BAD_BRIEFS, expectRefusal, makeTempDir, streamOf, type TempDir } from './helpers.js';

let dir: TempDir;
beforeEach(async () => {
  dir = await makeTempDir();
});
afterEach(() => dir.remove());

describe('refusals', () => {
  it('refuses a missing file and suggests stdin', async () => {
    const path = join(dir.path, 'nope.md');
    const message = await expectRefusal(readBriefSource(path), 'brief_missing');
    expect(message).toContain(path);
    expect(message).toContain('pass -');
  });

  it('refuses a directory', async () => {
    const message = await expectRefusal(readBriefSource(dir.path), 'brief_unreadable');
    expect(message).toContain('is a directory');
  });

  it('refuses an empty file', async () => {
    const message = await expectRefusal(readBriefSource(join(BAD_BRIEFS, 'empty.txt')), 'brief_empty');
    expect(message).toMatch(/is empty: write a few lines/);
  });

  it('refuses a whitespace-only file (spaces, tabs, newlines, no-break spaces)', async () => {
    const message = await expectRefusal(
      readBriefSource(join(BAD_BRIEFS, 'whitespace-only.txt')),
      'brief_empty',
    );
    expect(message).toContain('only whitespace');
  });

  it('refuses a file holding only a BOM as empty', async () => {
    const path = await dir.write('bom.txt', new Uint8Array([0xef, 0xbb, 0xbf]));
    await expectRefusal(readBriefSource(path), 'brief_empty');
  });

  it('refuses binary content with NUL bytes', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
    const path = await dir.write('logo.md', png);
    const message = await expectRefusal(readBriefSource(path), 'brief_binary');
    expect(message).toContain('NUL');
  });

  it('refuses UTF-16 text (NUL bytes) and says to save as UTF-8', async () => {
    const utf16 = Buffer.from('\uFEFFAcme sells tea', 'utf16le');
    const path = await dir.write('brief-utf16.txt', utf16);
    const message = await expectRefusal(readBriefSource(path), 'brief_binary');
    expect(message).toContain('UTF-8');
  });

  it('refuses invalid UTF-8 (a Latin-1 file) and says how to convert it', async () => {
    const latin1 = Buffer.from('Boulangerie à Lyon, spécialités régionales', 'latin1');
    const path = await dir.write('brief-latin1.txt', latin1);
    const message = await expectRefusal(readBriefSource(path), 'brief_binary');
    expect(message).toContain('not valid UTF-8');
    expect(message).toContain('iconv');
  });

  it('refuses valid UTF-8 that is mostly control characters', async () => {
    const controls = new Uint8Array(200).map((_, index) => (index % 3 === 0 ? 0x41 : 0x01 + (index % 7)));
    const path = await dir.write('noise.txt', controls);
    const message = await expectRefusal(readBriefSource(path), 'brief_binary');
    expect(message).toContain('control characters');
  });

  it('accepts text with a few control characters (an ANSI colour code pasted from a terminal)', async () => {
    const path = await dir.write('ansi.txt', 'Acme sells \u001b[1mtea\u001b[0m to offices in Lyon.\n');
    const source = await readBriefSource(path);
    expect(source.text).toContain('\u001b[1mtea');
  });

  it('refuses more than 100,000 characters by default, naming the limit and the flag', async () => {
    const path = await dir.write('long.txt', 'a'.repeat(100_001));
    const message = await expectRefusal(readBriefSource(path), 'brief_too_large');
    expect(message).toContain('100,001 characters');
    expect(message).toContain('100,000-character limit');
    expect(message).toContain('--max-brief-chars');
  });

  it('accepts exactly 100,000 characters', async () => {
    const path = await dir.write('edge.txt', 'b'.repeat(100_000));
    const source = await readBriefSource(path);
    expect(source.text).toHaveLength(100_000);
  });

  it('counts characters, not bytes: 100,000 accented letters fit', async () => {
    const path = await dir.write('accents.txt', 'é'.repeat(100_000));
    const source = await readBriefSource(path);
    expect(source.text).toHaveLength(100_000);
  });

  it('honours a custom maxChars and names it in the message', async () => {
    const path = await dir.write('short.txt', 'Acme sells tea to offices in Lyon.');
    const message = await expectRefusal(readBriefSource(path, { maxChars: 10 }), 'brief_too_large');
    expect(message).toContain('10-character limit');
    expect(message).toContain('--max-brief-chars');
    await expect(readBriefSource(path, { maxChars: 34 })).resolves.toMatchObject({ format: 'text' });
  });

  it('refuses a file too large to fit from its size alone', async () => {
    // 41 bytes cannot hold 10 characters even at 4 bytes each plus a BOM; the size check says so in bytes.
    const path = await dir.write('big.txt', 'x'.repeat(44));
    const message = await expectRefusal(readBriefSource(path, { maxChars: 10 }), 'brief_too_large');
    expect(message).toContain('44 bytes');
    expect(message).toContain('--max-brief-chars');
  });

  it('refuses a 2 GB file from its size, without reading it', async () => {
    // A sparse file: 2 GiB long, no disk used. Reading it would take gigabytes of memory; the size says enough.
    const path = join(dir.path, 'huge.txt');
    const handle = await open(path, 'w');
    await handle.truncate(2 ** 31);
    await handle.close();
    const message = await expectRefusal(readBriefSource(path), 'brief_too_large');
    expect(message).toContain('2,147,483,648 bytes');
    expect(message).toContain('100,000-character limit');
  });

  it('refuses a path that cannot be read (a symbolic link that points at itself)', async () => {
    const path = join(dir.path, 'loop.md');
    await symlink(path, path);
    const message = await expectRefusal(readBriefSource(path), 'brief_unreadable');
    expect(message).toContain(path);
  });

  it('refuses an empty path as a usage error', async () => {
    await expectRefusal(readBriefSource(''), 'usage');
  });

  it('refuses a maxChars that is not a whole number from 1', async () => {
    const path = await dir.write('ok.txt', 'Acme sells tea.');
    const message = await expectRefusal(readBriefSource(path, { maxChars: 0 }), 'usage');
    expect(message).toContain('`--max-brief-chars`');
    expect(message).toContain('`0`');
  });
});

describe('structured briefs: only what cannot be a brief is refused', () => {
  it.each([
    ['list.json', '["Acme", "Grow sales"]', /bare JSON list, not a brief/],
    ['string.json', '"We sell tea"', /single JSON string, not a brief/],
    ['number.json', '42', /single JSON number, not a brief/],
    ['list.yaml', '- Acme\n- Grow sales\n', /bare YAML list, not a brief/],
    ['prose.yml', 'We sell tea to offices in Lyon.\n', /single YAML string, not a brief/],
  ])('refuses %s, naming the file and saying what a brief looks like', async (name, content, says) => {
    const path = await dir.write(name, content);
    const message = await expectRefusal(readBriefSource(path), 'brief_invalid');
    expect(message).toMatch(says);
    expect(message).toContain(path);
    expect(message).toContain('company, description, goals, budget');
    expect(message).toContain('boussole init');
  });

  it('refuses a JSON list given on stdin, but reads "[Draft] ..." prose as text', async () => {
    await expectRefusal(readBriefSource('-', { stdin: streamOf('[1, 2]') }), 'brief_invalid');
    const prose = await readBriefSource('-', { stdin: streamOf('[Draft] Acme sells tea in Lyon.') });
    expect(prose.format).toBe('text');
  });

  it('refuses a JSON or YAML brief with no value in it as empty', async () => {
    const json = await dir.write('empty.json', '{ "company": null, "goals": [] }');
    expect(await expectRefusal(readBriefSource(json), 'brief_empty')).toContain('no field with a value');
    const yaml = await dir.write('empty.yaml', '# nothing yet\ntitle: draft\n');
    await expectRefusal(readBriefSource(yaml), 'brief_empty');
  });

  it('accepts a JSON brief of the wrong types: what is not understood is kept as text, nothing is refused', async () => {
    const source = await readBriefSource(join(BAD_BRIEFS, 'wrong-shape.json'));
    expect(source.structured).toBeNull();
    expect(source.frontMatter).toMatchObject({
      company: { name: 'Acme Analytics', markets: ['FR', '3'] },
      competitors: ['Tableau'],
    });
    // Two people with no hours stated: the team is left to the reader's words, not filled with a full-time guess.
    expect(source.frontMatter).not.toHaveProperty('capacity');
    // "SaaS" is no business model, "lots" no amount, "expert" a maturity: read as words, never coerced or dropped.
    expect(source.frontMatter).toMatchObject({ maturity: 'advanced' });
    expect(source.body).toContain('Company — business model: SaaS');
    expect(source.body).toContain('Budget — amount: lots');
    const goals = (source.frontMatter as { goals: { statement: string; target: number | null }[] }).goals;
    expect(goals.map((goal) => [goal.statement, goal.target])).toEqual([
      ['Reach 200 paying customers', 200],
      ['Be known in Lyon', null],
    ]);
  });

  it('keeps unknown keys of a JSON brief (a typo) as text instead of refusing them', async () => {
    const path = await dir.write(
      'typo.json',
      '{ "competitor": ["Tableau"], "historique": "fondée en 1990" }',
    );
    const source = await readBriefSource(path);
    expect(source.frontMatter).toMatchObject({ competitors: ['Tableau'] });
    expect(source.body).toContain('Historique: fondée en 1990');
  });

  it('gives duplicate goal ids the next free id instead of refusing them', async () => {
    const path = await dir.write(
      'dup.json',
      JSON.stringify({
        company: 'Acme',
        goals: [
          { id: 'G1', statement: 'a' },
          { id: 'G1', statement: 'b' },
        ],
      }),
    );
    const source = await readBriefSource(path);
    expect(source.structured?.goals.map((goal) => [goal.id, goal.statement])).toEqual([
      ['G1', 'a'],
      ['G2', 'b'],
    ]);
  });

  it('refuses invalid JSON with the parser position as line and column', async () => {
    const message = await expectRefusal(readBriefSource(join(BAD_BRIEFS, 'invalid.json')), 'brief_invalid');
    expect(message).toContain('not valid JSON');
    expect(message).toMatch(/position \d+/);
    expect(message).toContain('line 6');
  });

  it('refuses a YAML brief that is not valid YAML, with its line', async () => {
    const path = await dir.write('broken.yaml', 'company: Acme\ngoals: [Grow\n');
    const message = await expectRefusal(readBriefSource(path), 'brief_invalid');
    expect(message).toContain('not valid YAML');
    expect(message).toContain(path);
    expect(message).toMatch(/line \d+, column \d+/);
  });

  it('refuses front matter that is not valid YAML, with its line in the file', async () => {
    const message = await expectRefusal(
      readBriefSource(join(BAD_BRIEFS, 'invalid-front-matter.md')),
      'brief_invalid',
    );
    expect(message).toContain('front matter');
    expect(message).toContain('not valid YAML');
    expect(message).toMatch(/\(line \d+, column \d+\)/);
  });

  it('reads a wrongly typed field in partial front matter as text', async () => {
    const path = await dir.write(
      'partial.md',
      '---\nbudget: { amount: lots, currency: EUR }\n---\nAcme sells tea.\n',
    );
    const source = await readBriefSource(path);
    expect(source.frontMatter).toBeNull();
    expect(source.body).toBe('budget — amount: lots\nbudget — currency: EUR\n\nAcme sells tea.\n');
  });
});
