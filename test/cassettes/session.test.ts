// The session API the eval runner builds on: misses with their stale flag, modes, a host shared by parallel sessions.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Cassette, createCassetteHost, openCassetteSession } from '../../src/cassettes/index.js';
import { CASSETTES_DIR, startFixtureUpstream, useTempDirs } from './helpers.js';

const tempDir = useTempDirs();

async function cassettesOf(dir: string): Promise<Cassette[]> {
  const names = (await readdir(dir)).filter((name) => name.endsWith('.json')).sort();
  return Promise.all(
    names.map(async (name) => Cassette.parse(JSON.parse(await readFile(join(dir, name), 'utf8')))),
  );
}

/** The wire request a cassette stands for, as the OpenAI client would send it. */
function wireRequest(
  cassette: Cassette,
  patch: (body: Record<string, unknown>) => void = () => {},
): RequestInit {
  const body: Record<string, unknown> = {
    model: cassette.request.model,
    temperature: cassette.request.temperature,
    messages: cassette.request.messages,
    response_format: {
      type: 'json_schema',
      json_schema: { name: cassette.agent, strict: true, schema: cassette.request.schema },
    },
  };
  patch(body);
  return { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) };
}

describe('cassette sessions', () => {
  it('replays two cases in parallel through one host, each session answering from its own folder only', async () => {
    const host = createCassetteHost();
    const cases = ['fr-boulangerie-lyon', 'en-coffee-roaster-b2c'];
    const sessions = await Promise.all(
      cases.map((id) => openCassetteSession({ dir: join(CASSETTES_DIR, id), mode: 'replay', host })),
    );
    try {
      const calls = await Promise.all(
        cases.map(async (id, index) => {
          const session = sessions[index]!;
          const stored = await cassettesOf(join(CASSETTES_DIR, id));
          return Promise.all(
            stored.map(async (cassette) => {
              const response = await fetch(`${session.baseURL}/chat/completions`, wireRequest(cassette));
              return { cassette, status: response.status, body: await response.json() };
            }),
          );
        }),
      );
      for (const call of calls.flat()) {
        expect(call.status).toBe(200);
        expect(call.body).toEqual(call.cassette.response.body);
      }
      expect(sessions.map((session) => session.stats())).toEqual([
        { replayed: 6, recorded: 0 },
        { replayed: 6, recorded: 0 },
      ]);
      // A call of one case sent to the other case's session is not answered from the wrong folder.
      const [other] = await cassettesOf(join(CASSETTES_DIR, 'en-coffee-roaster-b2c'));
      const crossed = await fetch(`${sessions[0]!.baseURL}/chat/completions`, wireRequest(other!));
      expect(crossed.status).toBe(400);
      expect(sessions[0]!.misses()).toEqual([{ agent: other!.agent, key: other!.key, stale: true }]);
    } finally {
      await Promise.all(sessions.map((session) => session.close()));
      await host.close();
    }
    // Closed: nothing intercepts that address any more, and `.invalid` never resolves.
    await expect(
      fetch(`${sessions[0]!.baseURL}/chat/completions`, { method: 'POST', body: '{}' }),
    ).rejects.toThrow();
  });

  it('tells a new agent ("no cassette") from a changed prompt ("stale") in misses() and in the 400 it answers', async () => {
    const session = await openCassetteSession({
      dir: join(CASSETTES_DIR, 'fr-cabinet-rh-b2b'),
      mode: 'replay',
    });
    try {
      const [swot] = (await cassettesOf(join(CASSETTES_DIR, 'fr-cabinet-rh-b2b'))).filter(
        (c) => c.agent === 'swot',
      );
      const edited = await fetch(
        `${session.baseURL}/chat/completions`,
        wireRequest(swot!, (body) => {
          body.temperature = 0.9;
        }),
      );
      const unknown = await fetch(
        `${session.baseURL}/chat/completions`,
        wireRequest(swot!, (body) => {
          body.response_format = { type: 'json_schema', json_schema: { name: 'competitors', schema: {} } };
        }),
      );
      expect(edited.status).toBe(400);
      expect(((await edited.json()) as { error: { message: string } }).error.message).toMatch(
        /^stale cassette \(the prompt or schema changed\) for agent swot in case fr-cabinet-rh-b2b/,
      );
      expect(((await unknown.json()) as { error: { code: string } }).error.code).toBe('cassette_missing');
      expect(session.misses().map(({ agent, stale }) => ({ agent, stale }))).toEqual([
        { agent: 'swot', stale: true },
        { agent: 'competitors', stale: false },
      ]);
    } finally {
      await session.close();
    }
  });

  it('record-missing forwards only what has no cassette; re-record forwards everything and overwrites in place', async () => {
    const dir = await tempDir();
    let answer = '{"version":1}';
    const upstream = await startFixtureUpstream('fr-boulangerie-lyon', () => ({ content: answer }));
    const [template] = (await cassettesOf(join(CASSETTES_DIR, 'fr-boulangerie-lyon'))).filter(
      (c) => c.agent === 'swot',
    );
    const send = async (mode: 'record-missing' | 're-record') => {
      const session = await openCassetteSession({
        dir,
        mode,
        upstream: { baseURL: `${upstream.origin}/v1`, apiKey: 'local-test-key' },
      });
      try {
        const response = await fetch(`${session.baseURL}/chat/completions`, wireRequest(template!));
        expect(response.status).toBe(200);
        return session.stats();
      } finally {
        await session.close();
      }
    };
    try {
      expect(await send('record-missing')).toEqual({ replayed: 0, recorded: 1 });
      answer = '{"version":2}';
      expect(await send('record-missing')).toEqual({ replayed: 1, recorded: 0 });
      expect(upstream.calls).toHaveLength(1);
      expect(await send('re-record')).toEqual({ replayed: 0, recorded: 1 });
      expect(upstream.calls).toHaveLength(2);
      const [stored, ...rest] = await cassettesOf(dir);
      expect(rest).toEqual([]);
      expect(stored!.key).toBe(template!.key);
      expect(JSON.stringify(stored!.response.body)).toContain('{\\"version\\":2}');
      expect(upstream.calls.map((call) => call.authorization)).toEqual([
        'Bearer local-test-key',
        'Bearer local-test-key',
      ]);
    } finally {
      await upstream.close();
    }
  });
});
