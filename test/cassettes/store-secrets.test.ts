// The store refuses anything that looks like a key or token, writing nothing, and rejects cassettes it cannot trust.
import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  answerDigest,
  type Cassette,
  CassetteFileError,
  CassetteSecretError,
  findSecrets,
  normaliseRequest,
  openCassetteStore,
} from '../../src/cassettes/index.js';
import { useTempDirs } from './helpers.js';

const tempDir = useTempDirs();

function cassetteWith(answer: string, userPrompt = 'Brief: a bakery in Lyon.'): Cassette {
  const call = normaliseRequest({
    model: 'gpt-4.1-mini',
    temperature: 0.3,
    messages: [{ role: 'user', content: userPrompt }],
    response_format: { type: 'json_schema', json_schema: { name: 'swot', schema: { type: 'object' } } },
  });
  return {
    version: 1,
    key: call.key,
    agent: call.agent,
    provenance: { kind: 'hand-authored', source: 'test', note: null },
    request: call.request,
    response: { status: 200, body: { choices: [{ message: { role: 'assistant', content: answer } }] } },
  };
}

describe('findSecrets', () => {
  it('finds token shapes, credential fields and the key in use, and reports where without the secret', () => {
    const findings = findSecrets(
      {
        a: 'call with sk-proj-abcdefghijklmnop0123456789',
        b: ['Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.payload'],
        c: { api_key: 'anything', Authorization: 'Basic xyz' },
        d: 'my key is local-secret-42!',
      },
      ['local-secret-42'],
    );
    expect(findings.map((finding) => finding.path)).toEqual([
      'a',
      'b[0]',
      'c.api_key',
      'c.Authorization',
      'd',
    ]);
    expect(JSON.stringify(findings)).not.toContain('abcdefghijklmnop');
  });

  it('leaves ordinary marketing text alone', () => {
    const text = {
      statement:
        'Risk-averse buyers ask for a task-force; our desk-sharing offer and the api key accounts page',
      apiKey: '',
      tokens: 1200,
    };
    expect(findSecrets(text, ['no-key'])).toEqual([]);
  });
});

describe('cassette store', () => {
  it('refuses a response holding an sk- key with cassette_secret, and writes nothing at all', async () => {
    const dir = await tempDir();
    const store = await openCassetteStore(dir);
    const leaked = cassetteWith('{"note":"use sk-live-0123456789abcdefghij to call the API"}');
    const error = await store.write(leaked, []).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(CassetteSecretError);
    expect((error as CassetteSecretError).code).toBe('cassette_secret');
    expect((error as CassetteSecretError).agent).toBe('swot');
    expect((error as CassetteSecretError).message).not.toContain('sk-live-0123456789');
    expect(await readdir(dir)).toEqual([]);
    expect(store.find(leaked.key)).toBeNull();
  });

  it('refuses a request whose prompt holds the upstream key itself', async () => {
    const dir = await tempDir();
    const store = await openCassetteStore(dir);
    const cassette = cassetteWith('{}', 'Our gateway key is gw-7f3a9c21e4 (please keep it)');
    await expect(store.write(cassette, ['gw-7f3a9c21e4'])).rejects.toBeInstanceOf(CassetteSecretError);
    expect(await readdir(dir)).toEqual([]);
  });

  it('writes a clean cassette as pretty JSON named after the agent and key, and finds it again after reopening', async () => {
    const dir = await tempDir();
    const store = await openCassetteStore(dir);
    const cassette = cassetteWith('{"strengths":[]}');
    await store.write(cassette, ['gw-7f3a9c21e4']);
    expect(await readdir(dir)).toEqual([`swot-${cassette.key.slice(0, 12)}.json`]);
    const reopened = await openCassetteStore(dir);
    // Sealed with the digest of its answer, so a later hand edit of the answer shows.
    expect(reopened.find(cassette.key)).toEqual({
      ...cassette,
      answerDigest: answerDigest(cassette.response),
    });
    expect(reopened.suspects).toEqual([]);
    expect(reopened.hasAgent('swot')).toBe(true);
    expect(reopened.hasAgent('personas')).toBe(false);
  });

  it('rejects a cassette whose request was edited by hand, naming the file', async () => {
    const dir = await tempDir();
    const cassette = cassetteWith('{}');
    cassette.request.messages[0]!.content = 'edited by hand';
    const file = join(dir, 'swot-edited.json');
    await writeFile(file, JSON.stringify(cassette));
    const error = await openCassetteStore(dir).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(CassetteFileError);
    expect((error as CassetteFileError).message).toContain(file);
  });
});
