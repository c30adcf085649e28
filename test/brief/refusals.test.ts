// Every way brief intake refuses a file: exit code 2, the right code, one line saying what to do.
import { open, symlink } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readBriefSource } from '../../src/brief/index.js';
import { BAD_BRIEFS, expectRefusal, makeTempDir, type TempDir } from './helpers.js';

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

describe('structured briefs of the wrong shape', () => {
  it('lists every wrong field of a JSON brief with its path and value', async () => {
    const message = await expectRefusal(
      readBriefSource(join(BAD_BRIEFS, 'wrong-shape.json'), { maxChars: 100_000 }),
      'brief_invalid',
    );
    expect(message).toContain('does not match the Brief shape');
    expect(message).toContain(
      'company.businessModel: expected one of B2B, B2C, B2B2C, B2G, marketplace, other, got "SaaS"',
    );
    expect(message).toContain('company.markets[1]: expected a string, got 3');
    expect(message).toContain('goals[0].kind: expected one of growth');
    expect(message).toContain('goals[0].target: expected a number, got "200"');
    expect(message).toContain('budget.amount: expected a number, got "lots"');
    expect(message).toContain(
      'budget.currency: expected a 3-letter ISO 4217 code such as EUR or USD, got "€"',
    );
    expect(message).toContain('capacity.hoursPerWeek: required');
    expect(message).toContain('maturity: expected one of beginner, intermediate, advanced, got "expert"');
    // Lists are capped, so the ninth problem is counted rather than shown.
    expect(message).toMatch(/and 1 more/);
  });

  it('reports an unknown field of a JSON brief (a typo), and a missing company', async () => {
    const path = await dir.write('typo.json', '{ "competitor": ["Tableau"], "goals": [] }');
    const message = await expectRefusal(readBriefSource(path), 'brief_invalid');
    expect(message).toContain('company: required');
    expect(message).toContain('competitor: unknown field');
  });

  it('reports duplicate goal ids', async () => {
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
    const message = await expectRefusal(readBriefSource(path), 'brief_invalid');
    expect(message).toContain('goals[1].id: duplicate of goals[0].id');
  });

  it('refuses invalid JSON with the parser position as line and column', async () => {
    const message = await expectRefusal(readBriefSource(join(BAD_BRIEFS, 'invalid.json')), 'brief_invalid');
    expect(message).toContain('not valid JSON');
    expect(message).toMatch(/position \d+/);
    expect(message).toContain('line 6');
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

  it('refuses a wrongly typed field in partial front matter', async () => {
    const path = await dir.write(
      'partial.md',
      '---\nbudget: { amount: lots, currency: EUR }\n---\nAcme sells tea.\n',
    );
    const message = await expectRefusal(readBriefSource(path), 'brief_invalid');
    expect(message).toContain('budget.amount: expected a number, got "lots"');
  });
});
