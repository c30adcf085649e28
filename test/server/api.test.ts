// The JSON API as integrations use it: drafts and their checks, run state, SSE progress, re-plan preview and save,
// decisions, reviews, files — and runs shared with the CLI both ways.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Roadmap } from '../../src/arbiter/index.js';
import { runCli } from '../support/cli.js';
import {
  pageHeaders,
  pageToken,
  type RunningServe,
  rawRequest,
  startServe,
  waitFor,
} from './serve-helper.js';

const BRIEF = readFileSync(join(import.meta.dirname, 'fixtures', 'atelier-ceramique-fr.md'), 'utf8');

let serve: RunningServe;
let token: string;
let runId: string;

const post = (path: string, body: unknown) =>
  rawRequest(`${serve.url}${path}`, {
    method: 'POST',
    headers: pageHeaders(serve.url, token),
    body: JSON.stringify(body),
  });
const get = (path: string) => rawRequest(`${serve.url}${path}`);
const complete = (id: string) =>
  waitFor(async () => {
    const run = (await get(`/api/runs/${id}`)).json();
    return run.status === 'running' ? null : run;
  }, 40_000);

// Starting a server (it bundles the pages' script) and one offline draft: room for a loaded 2-core machine.
beforeAll(async () => {
  serve = await startServe();
  token = await pageToken(serve.url);
  const started = await post('/api/drafts', { brief: BRIEF, start: '2027-01' });
  expect(started.status).toBe(202);
  runId = String(started.json().run);
  expect((await complete(runId)).status).toBe('complete');
}, 60_000);
afterAll(async () => {
  await serve?.stop();
});

describe('POST /api/drafts', () => {
  it('refuses bad input with the CLI’s message, next to the field it names', async () => {
    const empty = await post('/api/drafts', { brief: '' });
    expect(empty.status).toBe(400);
    expect(empty.json().error).toEqual({
      code: 'brief_empty',
      message: expect.stringMatching(/^The brief you pasted is empty/),
      field: 'brief',
    });
    const provider = await post('/api/drafts', { brief: BRIEF, provider: 'gpt' });
    expect(provider.json().error).toMatchObject({
      field: 'provider',
      message: 'Expected `provider` to be one of offline, got `gpt`.',
    });
    const start = await post('/api/drafts', { brief: BRIEF, start: '2027-13' });
    expect(start.json().error).toMatchObject({ field: 'start', message: expect.stringContaining('YYYY-MM') });
    const notJson = await rawRequest(`${serve.url}/api/drafts`, {
      method: 'POST',
      headers: pageHeaders(serve.url, token),
      body: '{"brief":',
    });
    expect(notJson.status).toBe(400);
    expect(notJson.json().error?.code).toBe('bad_json');
    const broken = await post('/api/drafts', { brief: '{"company": ', fileName: 'brief.json' });
    expect(broken.json().error?.message).toMatch(
      /^The brief file brief\.json starts with \{ but is not valid JSON/,
    );
  });

  it('names a pasted brief’s run folder from the brief, so it can be found in runs/', async () => {
    // atelier-ceramique-fr.md is pasted (no file name): its folder is named from the company it states.
    expect(runId).toMatch(/^atelier-terre-feu-\d{8}-\d{6}(-\d+)?$/);
    expect(existsSync(join(serve.runsDir, runId, 'run.json'))).toBe(true);
  });

  it('drafts with month 1 as asked, and the run is visible to the CLI', async () => {
    const roadmap = (await get(`/api/runs/${runId}/roadmap`)).json().roadmap as Roadmap;
    expect(roadmap.start).toBe('2027-01');
    expect(roadmap.language).toBe('fr');
    const cli = await runCli(['replan', '--run', join(serve.runsDir, runId), '--budget', '3000']);
    expect(cli.code).toBe(0);
    const after = (await get(`/api/runs/${runId}/roadmap`)).json().roadmap as Roadmap;
    expect(after.constraints.budget).toBe(3000);
    expect((await get(`/api/runs/${runId}`)).json().version).toBe(2);
  });
});

describe('runs drafted by the CLI', () => {
  it('are listed and read like the app’s own, with their progress on the events stream', async () => {
    const brief = join(import.meta.dirname, 'fixtures', 'bike-workshop-en.txt');
    const cli = await runCli(['draft', brief, '--out', join(serve.runsDir, 'from-cli')]);
    expect(cli.code).toBe(0);
    const runs = (await get('/api/runs')).json().runs as { id: string; company: string; status: string }[];
    expect(runs.find((run) => run.id === 'from-cli')).toMatchObject({
      company: 'Spoke & Chain',
      status: 'complete',
    });
    const events = await get('/api/runs/from-cli/events');
    expect(events.headers['content-type']).toMatch(/^text\/event-stream/);
    expect(events.body).toMatch(/^event: snapshot\ndata: \{/);
    expect(events.body).toMatch(/event: run-end\ndata: \{"type":"run-end","status":"complete"/);
  });
});

describe('GET /api/runs/:run/events for a draft of this server', () => {
  it('replays every agent’s start and end, then the end of the run', async () => {
    const started = await post('/api/drafts', { brief: BRIEF });
    const id = String(started.json().run);
    const stream = await get(`/api/runs/${id}/events`);
    const types = [...stream.body.matchAll(/^event: (.+)$/gm)].map((match) => match[1]);
    expect(types[0]).toBe('snapshot');
    expect(types.at(-1)).toBe('run-end');
    // The brief agent's structured output may be given (skipped): at least the five others start and finish.
    expect(types.filter((type) => type === 'agent-start').length).toBeGreaterThanOrEqual(5);
    expect(types.filter((type) => type === 'agent-done').length).toBe(
      types.filter((type) => type === 'agent-start').length,
    );
  });
});

describe('POST /api/runs/:run/replan', () => {
  it('previews without writing, then saves a new version with apply', async () => {
    const before = readFileSync(join(serve.runsDir, runId, 'roadmap.json'), 'utf8');
    const preview = await post(`/api/runs/${runId}/replan`, { budget: 500, capacityDays: 2 });
    expect(preview.status).toBe(200);
    const previewed = preview.json() as { roadmap: Roadmap; saved: boolean };
    expect(previewed.saved).toBe(false);
    expect(previewed.roadmap.constraints.budget).toBe(500);
    const spent = previewed.roadmap.horizons.reduce((sum, h) => sum + h.budgetUsed, 0);
    expect(spent).toBeLessThanOrEqual(500);
    expect(readFileSync(join(serve.runsDir, runId, 'roadmap.json'), 'utf8')).toBe(before);

    const saved = await post(`/api/runs/${runId}/replan`, { budget: 500, capacityDays: 2, apply: true });
    expect(saved.json()).toMatchObject({ saved: true, version: 3 });
    expect(existsSync(join(serve.runsDir, runId, 'versions', '2', 'roadmap.json'))).toBe(true);
  });

  it('says which control is wrong, in the CLI’s words', async () => {
    const bad = await post(`/api/runs/${runId}/replan`, { horizonMonths: 2.5 });
    expect(bad.json().error).toMatchObject({
      field: 'horizonMonths',
      message: 'Expected `horizonMonths` to be a whole number from 1, got `2.5`.',
    });
    const profile = await post(`/api/runs/${runId}/replan`, { profile: 'ceo' });
    expect(profile.json().error?.field).toBe('profile');
  });
});

describe('decisions and reviews', () => {
  it('a veto needs a reason; with one the action is left out and the decision kept', async () => {
    const roadmap = (await get(`/api/runs/${runId}/roadmap`)).json().roadmap as Roadmap;
    const id = roadmap.horizons.flatMap((h) => h.actions)[0]?.id as string;
    const noReason = await post(`/api/runs/${runId}/decisions`, { kind: 'veto', actionId: id });
    expect(noReason.json().error?.field).toBe('why');
    const unknown = await post(`/api/runs/${runId}/decisions`, { kind: 'pin', actionId: 'A999' });
    expect(unknown.status).toBe(400);
    expect(unknown.json().error?.code).toBe('decision_invalid');
    const veto = await post(`/api/runs/${runId}/decisions`, {
      kind: 'veto',
      actionId: id,
      why: 'Pas de salon cette année',
    });
    const vetoed = veto.json() as { roadmap: Roadmap };
    expect(vetoed.roadmap.excluded.find((a) => a.id === id)).toMatchObject({ code: 'vetoed' });
    expect(vetoed.roadmap.excluded.find((a) => a.id === id)?.reason).toContain('Pas de salon cette année');
    const listed = (await get(`/api/runs/${runId}/decisions`)).json().decisions as {
      kind: string;
      why: string;
    }[];
    expect(listed).toEqual([expect.objectContaining({ kind: 'veto', why: 'Pas de salon cette année' })]);
  });

  it('bad actual rows are each listed and nothing is written', async () => {
    const files = readdirSync(join(serve.runsDir, runId)).sort();
    const version = (await get(`/api/runs/${runId}`)).json().version;
    const bad = await post(`/api/runs/${runId}/review`, {
      actuals: [
        { month: '2026-01', action: 'A1', value: 3, spend: 100 },
        { month: '2027-01', action: 'Z9', value: -1, spend: 'lots' },
      ],
    });
    expect(bad.status).toBe(400);
    expect(bad.json().error?.field).toBe('actuals');
    expect(bad.json().error?.message.split('\n').length).toBeGreaterThanOrEqual(3);
    expect(readdirSync(join(serve.runsDir, runId)).sort()).toEqual(files);
    expect((await get(`/api/runs/${runId}`)).json().version).toBe(version);
  });
});

describe('POST /api/runs/:run/rerun', () => {
  it('reruns one agent in the background and re-arbitrates, the others untouched', async () => {
    const personas = readFileSync(join(serve.runsDir, runId, 'personas.json'), 'utf8');
    const bad = await post(`/api/runs/${runId}/rerun`, { agent: 'critic' });
    expect(bad.json().error?.field).toBe('agent');
    const started = await post(`/api/runs/${runId}/rerun`, { agent: 'swot' });
    expect(started.status).toBe(202);
    const stream = (await get(`/api/runs/${runId}/events`)).body;
    expect(stream).toContain('"type":"agent-start","agent":"swot"');
    expect(stream).not.toContain('"agent":"personas"');
    expect(stream).toMatch(/"type":"run-end","status":"complete"/);
    expect(readFileSync(join(serve.runsDir, runId, 'personas.json'), 'utf8')).toBe(personas);
  });
});

describe('files and pages', () => {
  it('serves the run’s files with their type, and 404 for a run that does not exist', async () => {
    const csv = await get(`/api/runs/${runId}/files/roadmap.csv`);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    const md = await get(`/api/runs/${runId}/files/roadmap.md?download=1`);
    expect(md.headers['content-disposition']).toBe('attachment; filename="roadmap.md"');
    // The full plan beside roadmap.md (a memo or a checklist for some readers) downloads the same way.
    const full = await get(`/api/runs/${runId}/files/roadmap-full.md?download=1`);
    expect(full.status).toBe(200);
    expect(full.headers['content-disposition']).toBe('attachment; filename="roadmap-full.md"');
    expect(full.body).toContain('```mermaid');
    expect((await get('/api/runs/no-such-run')).status).toBe(404);
    expect((await get('/api/runs/no-such-run/roadmap')).json().error?.code).toBe('run_not_found');
  });

  it('speaks the brief’s language on a run page, else the browser’s', async () => {
    const run = await get(`/runs/${runId}`);
    expect(run.body).toContain('<html lang="fr">');
    // Downloads: roadmap.md first, the full plan right after it, each said in the brief's language.
    const downloads = run.body.slice(run.body.indexOf('id="downloads"'));
    expect(downloads.indexOf('>roadmap.md</a>')).toBeLessThan(downloads.indexOf('>roadmap-full.md</a>'));
    expect(downloads.indexOf('>roadmap-full.md</a>')).toBeLessThan(downloads.indexOf('>report.html</a>'));
    expect(downloads).toContain('>roadmap-full.md</a> <span class="hint">le plan complet');
    const home = await rawRequest(`${serve.url}/`, {
      headers: { 'accept-language': 'fr-CH, fr;q=0.9, en;q=0.8' },
    });
    expect(home.body).toContain('Rédiger une feuille de route');
    const english = await rawRequest(`${serve.url}/`, { headers: { 'accept-language': 'de-DE, en;q=0.5' } });
    expect(english.body).toContain('Draft a roadmap');
  });
});
