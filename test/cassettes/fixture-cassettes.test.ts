// The bundled fixture cassettes: wire-valid, labelled hand-authored with the answer file they came from, and fresh.
import { readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCassettes } from '../../evals/build-cassettes.js';
import { Cassette, openCassetteStore } from '../../src/cassettes/index.js';
import { loadWireValidators } from '../support/openai-schema.js';
import { caseIds } from '../support/fixture-cases.js';
import { CASSETTES_DIR, ROOT, readTree, useTempDirs } from './helpers.js';

const tempDir = useTempDirs();
const wire = loadWireValidators();

/** Every cassette folder: one per case, plus its sample-N folders. */
function cassetteFolders(): string[] {
  return caseIds().flatMap((id) => {
    const dir = join(CASSETTES_DIR, id);
    const samples = readdirSync(dir)
      .filter((name) => /^sample-\d+$/.test(name))
      .sort();
    return [dir, ...samples.map((name) => join(dir, name))];
  });
}

describe('fixture cassettes', () => {
  it('exist for every case, each folder self-contained with one cassette per agent that calls a model', async () => {
    for (const dir of cassetteFolders()) {
      const agents = (await readTree(dir))
        .filter(([path]) => !path.includes('/'))
        .map(([path]) => path.split('-')[0]);
      expect(agents.length, dir).toBeGreaterThanOrEqual(5);
      expect(new Set(agents).size, dir).toBe(agents.length);
      // Opening the store re-checks every key against its request.
      await expect(openCassetteStore(dir)).resolves.toBeDefined();
    }
  });

  it('hold wire-valid chat completions whose answer is exactly the hand-authored answer file named in the provenance', async () => {
    for (const dir of cassetteFolders()) {
      for (const [path, text] of (await readTree(dir)).filter(([name]) => !name.includes('/'))) {
        const cassette = Cassette.parse(JSON.parse(text));
        const check = wire.CreateChatCompletionResponse(cassette.response.body);
        expect(check.errors, `${dir}/${path}`).toEqual([]);
        expect(cassette.provenance.kind).toBe('hand-authored');
        if (cassette.provenance.kind !== 'hand-authored') continue;
        expect(cassette.provenance.source).toMatch(
          new RegExp(`^fixtures/cases/[^/]+/answers/(sample-\\d+/)?${cassette.agent}\\.json$`),
        );
        const answer = JSON.parse(await readFile(join(ROOT, cassette.provenance.source), 'utf8')) as {
          content: unknown;
        };
        const body = cassette.response.body as { choices: { message: { content: string } }[] };
        expect(JSON.parse(body.choices[0]!.message.content)).toEqual(answer.content);
      }
    }
  });

  it('are fresh: rebuilding them from the answers and the current prompts gives the same bytes (else run evals/build-cassettes.ts)', async () => {
    const out = await tempDir();
    const results = await buildCassettes({ caseIds: [], outDir: out, promptsDir: null });
    expect(results.filter((result) => result.status !== 'completed')).toEqual([]);
    const rebuilt = await readTree(out);
    const committed = await readTree(CASSETTES_DIR);
    expect(rebuilt.map(([path]) => path)).toEqual(committed.map(([path]) => path));
    for (const [index, [path, text]] of rebuilt.entries()) {
      expect(
        text === committed[index]![1],
        `${path} is stale: run \`npx tsx evals/build-cassettes.ts\``,
      ).toBe(true);
    }
  });
});
