// Reading a brief from stdin (`-`): the same checks as a file, and a stream that stops at the limit.
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readBriefSource } from '../../src/brief/index.js';
import { expectRefusal, streamOf } from './helpers.js';

describe('stdin', () => {
  it('reads a brief piped in several chunks, including a character split across chunks', async () => {
    const bytes = Buffer.from('Boulangerie Lumière à Lyon : nous vendons des gâteaux.\n');
    const split = bytes.indexOf(0xa8); // the second byte of "è"
    const source = await readBriefSource('-', {
      stdin: streamOf(bytes.subarray(0, split), bytes.subarray(split)),
    });
    expect(source.text).toBe('Boulangerie Lumière à Lyon : nous vendons des gâteaux.\n');
    expect(source.language).toBe('fr');
    expect(source.name).toBe('stdin');
  });

  it('names the run after the company when the piped brief gives one', async () => {
    const json = JSON.stringify({ company: { name: 'Café Lumière & Co' }, goals: ['Open a second shop'] });
    const source = await readBriefSource('-', { stdin: streamOf(json) });
    expect(source.name).toBe('cafe-lumiere-co');
  });

  it('refuses an empty stdin', async () => {
    const message = await expectRefusal(readBriefSource('-', { stdin: streamOf() }), 'brief_empty');
    expect(message).toContain('on stdin');
  });

  it('refuses binary on stdin', async () => {
    await expectRefusal(readBriefSource('-', { stdin: streamOf(new Uint8Array([1, 0, 2])) }), 'brief_binary');
  });

  it('stops reading stdin once past the limit instead of reading everything', async () => {
    let pulled = 0;
    // An endless producer: if intake read to the end, this test would never finish.
    const endless = new Readable({
      read() {
        pulled += 1;
        this.push(Buffer.from('x'.repeat(1024)));
      },
    });
    const message = await expectRefusal(
      readBriefSource('-', { stdin: endless, maxChars: 1000 }),
      'brief_too_large',
    );
    expect(message).toContain('1,000-character limit');
    expect(message).toContain('--max-brief-chars');
    // 4 × 1,000 + 3 bytes fit in 4 or 5 chunks of 1 KiB; a little read-ahead is allowed, not the whole stream.
    expect(pulled).toBeLessThan(20);
    expect(endless.destroyed).toBe(true);
  });

  it('accepts a string stream (stdin with an encoding set)', async () => {
    const stream = Readable.from(['Acme sells tea ', 'to offices in Lyon.'], { objectMode: true });
    const source = await readBriefSource('-', { stdin: stream });
    expect(source.text).toBe('Acme sells tea to offices in Lyon.');
  });
});
