// The local server's security rules, tried with requests made by hand: Host, CSRF token, Origin, traversal, size, CSP.
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  pageHeaders,
  pageToken,
  type RunningServe,
  rawRequest,
  startServe,
  waitFor,
} from './serve-helper.js';

const BRIEF = readFileSync(join(import.meta.dirname, 'fixtures', 'bike-workshop-en.txt'), 'utf8');
const SECRET = 'sk-test-never-show-this-key-5d1f0a';
const OUTSIDE = 'content of a file outside the runs folder 7731';

let serve: RunningServe;
let token: string;
let runId: string;

// Starting a server (it bundles the pages' script) and one offline draft: room for a loaded 2-core machine.
beforeAll(async () => {
  // A key is configured but no server answers it: every draft below is offline, chosen explicitly.
  serve = await startServe({ env: { OPENAI_API_KEY: SECRET, OPENAI_BASE_URL: 'http://127.0.0.1:9/v1' } });
  token = await pageToken(serve.url);
  const started = await rawRequest(`${serve.url}/api/drafts`, {
    method: 'POST',
    headers: pageHeaders(serve.url, token),
    body: JSON.stringify({ brief: BRIEF, provider: 'offline' }),
  });
  expect(started.status).toBe(202);
  runId = String(started.json().run);
  await waitFor(async () => {
    const run = (await rawRequest(`${serve.url}/api/runs/${runId}`)).json();
    return run.status === 'complete' ? run : null;
  }, 40_000);
  // Something outside the runs folder that a traversal would try to read.
  writeFileSync(join(serve.runsDir, '..', 'outside-secret.txt'), OUTSIDE);
}, 60_000);
afterAll(async () => {
  expect(await serve.stop()).toBe(0);
});

describe('Host check (DNS rebinding)', () => {
  it('refuses a foreign Host with 421 on pages and on the API', async () => {
    for (const path of ['/', '/api/runs', `/api/runs/${runId}/roadmap`]) {
      const response = await rawRequest(`${serve.url}${path}`, {
        headers: { host: `attacker.example:${serve.port}` },
      });
      expect(response.status).toBe(421);
      expect(response.body).not.toContain('Spoke');
    }
  });

  it('refuses the right name on the wrong port, and accepts 127.0.0.1 and localhost', async () => {
    expect((await rawRequest(`${serve.url}/api/runs`, { headers: { host: '127.0.0.1:1' } })).status).toBe(
      421,
    );
    expect(
      (await rawRequest(`${serve.url}/api/runs`, { headers: { host: `localhost:${serve.port}` } })).status,
    ).toBe(200);
    expect((await rawRequest(`${serve.url}/api/runs`)).status).toBe(200);
  });
});

describe('state-changing requests', () => {
  const replan = (headers: Record<string, string>) =>
    rawRequest(`${serve.url}/api/runs/${runId}/replan`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ budget: 1000 }),
    });

  it('need the page token: none or a wrong one is 403', async () => {
    const missing = await replan({ origin: serve.url, 'content-type': 'application/json' });
    expect(missing.status).toBe(403);
    expect(missing.json().error?.code).toBe('bad_csrf_token');
    const wrong = await replan({
      origin: serve.url,
      'x-csrf-token': `${token.slice(0, -2)}xx`,
      'content-type': 'application/json',
    });
    expect(wrong.status).toBe(403);
  });

  it('need this very Origin: a foreign or missing Origin is 403 even with the token', async () => {
    const foreign = await replan({
      origin: 'http://attacker.example',
      'x-csrf-token': token,
      'content-type': 'application/json',
    });
    expect(foreign.status).toBe(403);
    expect(foreign.json().error?.code).toBe('bad_origin');
    const otherPort = await replan({
      origin: 'http://127.0.0.1:1',
      'x-csrf-token': token,
      'content-type': 'application/json',
    });
    expect(otherPort.status).toBe(403);
    const none = await replan({ 'x-csrf-token': token, 'content-type': 'application/json' });
    expect(none.status).toBe(403);
  });

  it('are accepted with the token and the same Origin', async () => {
    const ok = await replan(pageHeaders(serve.url, token));
    expect(ok.status).toBe(200);
  });

  it('refuse a body over the limit with a clear 413', async () => {
    const response = await rawRequest(`${serve.url}/api/drafts`, {
      method: 'POST',
      headers: pageHeaders(serve.url, token),
      body: JSON.stringify({ brief: 'x'.repeat(1_100_000) }),
    });
    expect(response.status).toBe(413);
    expect(response.json().error?.message).toMatch(/larger than the 1024 KiB this server accepts/);
    expect(response.json().error?.field).toBe('brief');
  });
});

describe('run ids and file names', () => {
  it('cannot reach outside the runs folder', async () => {
    const attempts = [
      '/api/runs/..%2Foutside-secret.txt',
      '/api/runs/%2e%2e/roadmap',
      '/api/runs/..%2F..%2Fetc/roadmap',
      `/api/runs/${runId}/files/..%2F..%2Foutside-secret.txt`,
      `/api/runs/${runId}/files/%2e%2e%2foutside-secret.txt`,
      '/api/runs/%2Fetc%2Fpasswd',
      `/api/runs/${runId}/files/.hidden`,
    ];
    for (const path of attempts) {
      const response = await rawRequest(`${serve.url}${path}`);
      expect([400, 404]).toContain(response.status);
      expect(response.body).not.toContain(OUTSIDE);
      expect(response.body).not.toContain('root:');
    }
  });

  it('does not follow a symlink planted in the runs folder or in a run', async () => {
    symlinkSync(join(serve.runsDir, '..'), join(serve.runsDir, 'escape'));
    expect((await rawRequest(`${serve.url}/api/runs/escape`)).status).toBe(404);
    symlinkSync(join(serve.runsDir, '..', 'outside-secret.txt'), join(serve.runsDir, runId, 'link.txt'));
    const response = await rawRequest(`${serve.url}/api/runs/${runId}/files/link.txt`);
    expect(response.status).toBe(404);
    expect(response.body).not.toContain(OUTSIDE);
  });

  it('serves a run file inert: no script may run in it', async () => {
    const response = await rawRequest(`${serve.url}/api/runs/${runId}/files/report.html`);
    expect(response.status).toBe(200);
    expect(response.headers['content-security-policy']).toMatch(/default-src 'none'.*sandbox/);
  });

  it('creates a run folder only under the runs folder, named from the brief', async () => {
    mkdirSync(join(serve.runsDir, 'not-a-run'));
    const runs = (await rawRequest(`${serve.url}/api/runs`)).json().runs as { id: string }[];
    expect(runs.map((run) => run.id)).toEqual([runId]);
  });
});

describe('headers and secrets', () => {
  it('every page has a strict CSP with no inline script and no other origin, and the token meta', async () => {
    for (const path of ['/', '/runs', `/runs/${runId}`, '/evals']) {
      const response = await rawRequest(`${serve.url}${path}`);
      expect(response.status).toBe(200);
      const csp = String(response.headers['content-security-policy']);
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("default-src 'none'");
      expect(csp).not.toContain('unsafe-inline');
      expect(csp).not.toMatch(/https?:/);
      expect(response.body).toMatch(/<meta name="csrf-token" content="[A-Za-z0-9_-]{40,}">/);
      // No script from anywhere but this server, and no inline script at all.
      expect(response.body).not.toMatch(/<script(?![^>]*(src="\/assets\/|type="application\/json"))/);
      expect(response.body).not.toMatch(/(src|href)="https?:/);
    }
  });

  it('the API key never reaches a page, an API answer, a file or the log', async () => {
    const bodies = await Promise.all(
      [
        '/',
        '/runs',
        `/runs/${runId}`,
        '/api/runs',
        `/api/runs/${runId}`,
        `/api/runs/${runId}/roadmap`,
        `/api/runs/${runId}/files/run.json`,
        '/assets/app.js',
      ].map(async (path) => (await rawRequest(`${serve.url}${path}`)).body),
    );
    for (const body of bodies) expect(body).not.toContain(SECRET);
    expect(serve.log()).not.toContain(SECRET);
    expect(serve.stdout()).not.toContain(SECRET);
  });

  it('listens on 127.0.0.1 only', () => {
    expect(serve.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });
});
