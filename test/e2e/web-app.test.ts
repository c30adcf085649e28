// The web app end to end in Debian's Chromium: draft, watch, re-plan, hostile text, French guided form, downloads.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Roadmap } from '../../src/arbiter/index.js';
import { type RunningServe, startServe } from '../server/serve-helper.js';
import { type FakeOpenAI, startFakeOpenAI } from '../support/fake-openai-server.js';
import { launchBrowser, SCREENSHOTS } from './browser.js';

const fixture = (name: string) =>
  readFileSync(join(import.meta.dirname, '..', 'server', 'fixtures', name), 'utf8');
const SECRET = 'sk-test-e2e-key-never-in-the-browser-93c2';

let serve: RunningServe;
let llm: FakeOpenAI;
let browser: { context: BrowserContext; close: () => Promise<void> };

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  // A model that takes a moment per answer, so progress can be watched; offline drafts are chosen where numbers matter.
  llm = await startFakeOpenAI({ latencyMs: 300 });
  serve = await startServe({ env: { OPENAI_API_KEY: SECRET, OPENAI_BASE_URL: llm.url } });
  browser = await launchBrowser();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await serve?.stop();
  await llm?.stop();
});

async function newPage(lang = 'en-GB,en;q=0.9'): Promise<Page> {
  const page = await browser.context.newPage();
  await page.setExtraHTTPHeaders({ 'accept-language': lang });
  return page;
}

/** Waits for what a page shows, with room for a busy 2-core machine (vitest's default is one second). */
const poll = <T>(read: () => Promise<T> | T) => expect.poll(read, { timeout: 20_000, interval: 100 });

const shot = (page: Page, name: string) =>
  page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });

/** Paste a brief on the New draft page and land on its run page once the roadmap is drawn. */
async function draftFromPage(page: Page, brief: string, provider = 'offline'): Promise<string> {
  await page.goto(`${serve.url}/`);
  await page.locator('#brief').fill(brief);
  await page.locator('#paste-panel select[name="provider"]').selectOption(provider);
  await page.locator('#paste-panel button[type="submit"]').click();
  await page.waitForURL(/\/runs\/[^/]+$/);
  await page.locator('#roadmap .horizon').first().waitFor({ timeout: 120_000 });
  // A roadmap is shown only once nothing drafts over it: the page will not reload under the steps that follow.
  expect(await page.locator('#run-status').getAttribute('class')).toContain('badge-complete');
  return decodeURIComponent(new URL(page.url()).pathname.split('/').pop() as string);
}

// Generous: in `npm test` this file shares 2 cores with every other test file, and one scenario drafts, re-plans and saves.
describe('the web app in Chromium', { timeout: 300_000 }, () => {
  it('paste a brief → each agent’s progress live → the roadmap', async () => {
    const page = await newPage();
    const seen = new Set<string>();
    page.on('request', (request) => {
      if (request.url().endsWith('/events')) seen.add('sse');
    });
    await page.goto(`${serve.url}/`);
    await shot(page, 'new-draft');
    await page.locator('#brief').fill(fixture('bike-workshop-en.txt'));
    await page.locator('#paste-panel select[name="provider"]').selectOption('openai');
    await page.locator('#paste-panel button[type="submit"]').click();
    await page.waitForURL(/\/runs\/[^/]+$/);
    // While the model answers, the agents' lines move: at least one finishes before the roadmap exists.
    await page.locator('.agent.agent-done').first().waitFor({ timeout: 30_000 });
    expect(await page.locator('#roadmap').count()).toBe(0);
    await shot(page, 'run-progress');
    await page.locator('#roadmap .horizon').first().waitFor({ timeout: 60_000 });
    expect(seen.has('sse')).toBe(true);
    await poll(() => page.locator('#run-status').textContent()).toBe('Complete');
    expect(await page.locator('#plan .horizon').count()).toBe(3);
    expect(await page.content()).not.toContain(SECRET);
    await page.close();
  });

  it('moving the budget control re-plans within the new budget; saving makes a new version; no answer is said', async () => {
    const page = await newPage();
    const run = await draftFromPage(page, fixture('bike-workshop-en.txt'));
    await shot(page, 'run-roadmap');
    const before = await page.locator('.summary .stat').first().locator('.stat-value').textContent();
    const slider = page.locator('#c-budget');
    const original = Number(await slider.inputValue());
    expect(original).toBe(7200);
    const answer = page.waitForResponse((response) => response.url().endsWith(`/api/runs/${run}/replan`));
    await slider.fill('1000');
    const { roadmap } = (await (await answer).json()) as { roadmap: Roadmap };
    const spent = roadmap.horizons.reduce((sum, h) => sum + h.budgetUsed, 0);
    expect(roadmap.constraints.budget).toBe(1000);
    expect(spent).toBeLessThanOrEqual(1000);
    await page.locator('#preview-note').waitFor({ state: 'visible' });
    const after = await page.locator('.summary .stat').first().locator('.stat-value').textContent();
    expect(after).not.toBe(before);
    expect(await page.locator('.summary .stat').first().locator('.stat-detail').textContent()).toContain(
      '1,000',
    );
    await shot(page, 'run-replan-preview');
    // A preview writes nothing; saving does, as a new version.
    const saved = JSON.parse(readFileSync(join(serve.runsDir, run, 'roadmap.json'), 'utf8')) as Roadmap;
    expect(saved.constraints.budget).toBe(7200);
    await page.locator('#save-version').click();
    await page.waitForLoadState('load');
    await poll(
      () => JSON.parse(readFileSync(join(serve.runsDir, run, 'roadmap.json'), 'utf8')).constraints.budget,
    ).toBe(1000);
    await page.locator('.run-meta .version', { hasText: 'v2' }).waitFor();

    // A re-plan the server never answers: after 30 s the page says so and is no longer busy.
    await page.clock.install();
    await page.route('**/replan', () => {}); // held: never fulfilled, never aborted
    const asked = page.waitForRequest((request) => request.url().endsWith(`/api/runs/${run}/replan`));
    await slider.fill('2000');
    await page.clock.runFor(500);
    await asked;
    expect(await page.locator('#replan-form').getAttribute('aria-busy')).toBe('true');
    await page.clock.runFor(31_000);
    await poll(() => page.locator('#replan-form [data-error-for="form"]').textContent()).toBe(
      'No answer from the server after 30 seconds: reload the page to see what it holds, then try again.',
    );
    expect(await page.locator('#replan-form').getAttribute('aria-busy')).toBeNull();
    await shot(page, 'run-replan-timeout');
    await page.close();
  });

  it('bad input shows the CLI’s message next to its field', async () => {
    const page = await newPage();
    await page.goto(`${serve.url}/`);
    await page.locator('#brief').fill('   \n  ');
    await page.locator('#paste-panel button[type="submit"]').click();
    await poll(() => page.locator('#brief-error').textContent()).toMatch(
      /The brief you pasted contains only whitespace/,
    );
    expect(await page.locator('#brief').getAttribute('aria-invalid')).toBe('true');
    await shot(page, 'new-draft-error');

    await draftFromPage(page, fixture('bike-workshop-en.txt'));
    await page.locator('#c-capacity').fill('-5');
    await poll(() => page.locator('[data-error-for="capacityDays"]').textContent()).toBe(
      'Expected `capacityDays` to be a number from 0, got `-5`.',
    );
    await page.close();
  });

  it('a hostile brief shows as text, and the CSP blocks inline script', async () => {
    const page = await newPage();
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    const hostile = {
      company: { name: '<script>window.__pwned = 1</script>Acme <img src=x onerror="window.__pwned = 2">' },
      goals: [
        {
          statement: 'Grow sales <b>fast</b> <svg onload="window.__pwned = 3">',
          target: 30,
          unit: '%',
          horizonMonths: 12,
        },
      ],
      budget: { amount: 6000, currency: 'GBP' },
      capacity: { people: 1, hoursPerWeek: 10 },
      language: 'en',
    };
    await draftFromPage(page, JSON.stringify(hostile, null, 2));
    expect(await page.locator('h1').textContent()).toContain('<script>window.__pwned = 1</script>Acme');
    expect(await page.locator('#goals').textContent()).toContain('<svg onload="window.__pwned = 3">');
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('main img, main svg, main b').count()).toBe(0);
    // An inline script that did reach the DOM would still not run: the page's CSP refuses it.
    const ran = await page.evaluate(async () => {
      const blocked = new Promise<boolean>((resolve) => {
        document.addEventListener('securitypolicyviolation', () => resolve(true), { once: true });
        setTimeout(() => resolve(false), 2000);
      });
      const script = document.createElement('script');
      script.textContent = 'window.__inline = true';
      document.body.append(script);
      return { ran: (window as unknown as { __inline?: boolean }).__inline === true, blocked: await blocked };
    });
    expect(ran).toEqual({ ran: false, blocked: true });
    expect(violations.length).toBeGreaterThan(0);
    await shot(page, 'run-hostile');
    await page.close();
  });

  it('the guided form in French: errors in French next to the field, then a French roadmap', async () => {
    const page = await newPage('fr-FR,fr;q=0.9,en;q=0.5');
    await page.goto(`${serve.url}/`);
    expect(await page.locator('h1').textContent()).toBe('Rédiger une feuille de route');
    await page.locator('#tab-guided').click();
    await page.locator('#guided-panel button[type="submit"]').click();
    await poll(() => page.locator('#g-company-error').textContent()).toBe('Indiquez le nom de l’entreprise.');
    await page.locator('#g-company').fill('Atelier Terre & Feu');
    await page.locator('#g-offer').fill('cours de céramique et pièces tournées main');
    await page.locator('#g-audience').fill('adultes débutants à Nantes');
    await page.locator('#g-model').selectOption('B2C');
    await page.locator('#g-goal-1').fill('Passer de 40 à 70 élèves inscrits');
    await page.locator('#g-goal-1-metric').fill('élèves inscrits');
    await page.locator('#g-goal-1-baseline').fill('40');
    await page.locator('#g-goal-1-target').fill('70');
    await page.locator('#g-goal-1-unit').fill('élèves');
    await page.locator('#g-goal-1-months').fill('9');
    await page.locator('#g-budget').fill('4 800');
    await page.locator('#g-people').fill('2');
    await page.locator('#g-hours').fill('6');
    await page.locator('#g-channels').fill('Instagram : 3400 abonnés\nnewsletter : 600 contacts');
    await page.locator('#g-competitors').fill('La Poterie du Marais, ateliers de la MJC');
    await page.locator('input[name="busy"][value="12"]').check();
    await page.locator('#guided-panel select[name="provider"]').selectOption('offline');
    await shot(page, 'guided-form-fr');
    await page.locator('#guided-panel button[type="submit"]').click();
    await page.waitForURL(/\/runs\/[^/]+$/);
    await page.locator('#roadmap .horizon').first().waitFor({ timeout: 60_000 });
    expect(await page.locator('h1').textContent()).toBe('Atelier Terre & Feu');
    expect(await page.locator('#plan h2').textContent()).toBe('Le plan');
    expect(await page.locator('#goals').textContent()).toContain('Passer de 40 à 70 élèves inscrits');
    await shot(page, 'run-roadmap-fr');
    await page.close();
  });

  it('veto an action with a reason: it moves to "left out" with that reason, in a new version', async () => {
    const page = await newPage();
    const run = await draftFromPage(page, fixture('bike-workshop-en.txt'));
    const first = page.locator('#plan .action').first();
    const id = (await first.getAttribute('data-action-id')) as string;
    const title = (await first.locator('.action-title').textContent()) as string;
    await first.locator('details.tool summary').first().click();
    await first.locator('.veto-form input[name="why"]').fill('Our landlord forbids signage on the street');
    await first.locator('.veto-form button[type="submit"]').click();
    const leftOut = page.locator(`#left-out li[data-action-id="${id}"]`);
    await leftOut.waitFor({ timeout: 30_000 });
    expect(await leftOut.textContent()).toContain(title);
    expect(await leftOut.textContent()).toContain('Our landlord forbids signage on the street');
    expect(await page.locator(`#plan .action[data-action-id="${id}"]`).count()).toBe(0);
    expect(await page.locator('.run-meta .version').textContent()).toBe('v2');
    const decisions = JSON.parse(readFileSync(join(serve.runsDir, run, 'decisions.json'), 'utf8')) as unknown;
    expect(JSON.stringify(decisions)).toContain('Our landlord forbids signage on the street');
    await shot(page, 'run-veto');
    await page.close();
  });

  it('enter actual results → review → a new version with its changelog; download the CSV', async () => {
    const page = await newPage();
    const run = await draftFromPage(page, fixture('bike-workshop-en.txt'));
    const form = page.locator('#actuals-form');
    const action = await form.locator('select[name="action"]').inputValue();
    await form.locator('input[name="value"]').fill('0');
    await form.locator('input[name="spend"]').fill('450');
    await form.locator('button[type="submit"]').click();
    await page.locator('#review').waitFor({ timeout: 30_000 });
    expect(await page.locator('.run-meta .version').textContent()).toBe('v2');
    expect(await page.locator('#review').textContent()).toContain(
      (await page
        .locator(
          `#plan .action[data-action-id="${action}"] .action-title, #left-out li[data-action-id="${action}"] strong`,
        )
        .first()
        .textContent()) as string,
    );
    expect(await page.locator('#versions ol.versions > li').count()).toBe(2);
    expect(await page.locator('#review').textContent()).toContain('behind');
    // The changelog of the new version, as the review wrote it, is one click away.
    expect(await page.locator('#downloads a[download="changes.md"]').count()).toBe(1);
    expect(readFileSync(join(serve.runsDir, run, 'changes.md'), 'utf8')).toContain('Version 2');
    const saved = JSON.parse(readFileSync(join(serve.runsDir, run, 'roadmap.json'), 'utf8')) as Roadmap;
    expect(saved.constraints.spentToDate).toBe(450);
    await shot(page, 'run-review');

    const download = page.waitForEvent('download');
    await page.locator('#downloads a[download="roadmap.csv"]').click();
    const file = await (await download).path();
    const csv = readFileSync(file, 'utf8');
    const [header, ...rows] = csv.trim().split(/\r?\n/);
    expect(header).toMatch(/^\uFEFF?"?id"?,/i);
    expect(rows.length).toBeGreaterThanOrEqual(saved.horizons.reduce((n, h) => n + h.actions.length, 0));
    expect(csv).toBe(readFileSync(join(serve.runsDir, run, 'roadmap.csv'), 'utf8'));
    await page.close();
  });

  it('the runs page lists every run, whether drafted here or by the CLI', async () => {
    const page = await newPage();
    await page.goto(`${serve.url}/runs`);
    expect(await page.locator('.runs-table tbody tr').count()).toBeGreaterThanOrEqual(3);
    expect(await page.locator('.runs-table').textContent()).toContain('Atelier Terre & Feu');
    await shot(page, 'runs');
    await page.close();
  });
});
