// Figure 7, the local web app: a re-plan round trip through the API (p50/p95 over 200 requests) and the first
// render of a run page (server HTML alone, and in Chromium with a fresh profile: first contentful paint, load event).
// Run alone: npx tsx bench/web-server.ts
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { PassThrough } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { main } from '../src/cli/main.js';
import type { BenchSection } from './figure.js';
import { infoRow } from './figure.js';
import { fixtureBrief } from './fixture-briefs.js';
import { formatMs, median, round } from './stats.js';

export interface WebServerData {
  replan: { requests: number; p50Ms: number; p95Ms: number; maxMs: number; targetP95Ms: number };
  runPageHtml: { requests: number; medianMs: number };
  /** First contentful paint (the page drawn) and the load event (script and stylesheet in), from navigation start. */
  runPageChromium: {
    loads: number;
    paintMs: number;
    loadMs: number;
    /** The same page again, its script and stylesheet cached. */
    warmPaintMs: number;
    /** A one-line page in the same browser: what painting anything costs on this machine. */
    baselinePaintMs: number;
    targetMs: number;
  } | null;
}

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? Number.NaN;
}

/** The real commands in this process: an offline draft, then `boussole serve` on a free port. */
async function startApp(root: string): Promise<{ url: string; run: string; stop: () => Promise<void> }> {
  const quiet = { stderr: () => {}, env: {}, cwd: root, stdin: new PassThrough(), debug: false };
  const run = 'bench-run';
  const code = await main(['draft', fixtureBrief('fr-boulangerie-lyon'), '--out', join(root, 'runs', run)], {
    ...quiet,
    stdout: () => {},
    interrupt: new AbortController().signal,
  });
  if (code !== 0) throw new Error(`the offline draft for the web benchmark exited with ${code}`);
  const controller = new AbortController();
  let announce: (url: string) => void = () => {};
  const listening = new Promise<string>((resolve) => {
    announce = resolve;
  });
  const exit = main(['serve', '--port', '0', '--runs', join(root, 'runs')], {
    ...quiet,
    stdout: (text) => {
      const url = /http:\/\/127\.0\.0\.1:\d+/.exec(text)?.[0];
      if (url) announce(url);
    },
    interrupt: controller.signal,
  });
  const url = await listening;
  return {
    url,
    run,
    stop: async () => {
      controller.abort();
      await exit;
    },
  };
}

export async function benchWebServer(
  options: { requests?: number; loads?: number } = {},
): Promise<BenchSection<WebServerData>> {
  const { requests = 200, loads = 5 } = options;
  const root = mkdtempSync(join(tmpdir(), 'boussole-bench-web-'));
  const app = await startApp(root);
  try {
    const page = await fetch(`${app.url}/runs/${app.run}`);
    const token = /<meta name="csrf-token" content="([^"]+)">/.exec(await page.text())?.[1] ?? '';
    const headers = { origin: app.url, 'x-csrf-token': token, 'content-type': 'application/json' };
    // A slider swept back and forth: every request a different budget, as a person dragging it would send.
    const replanMs: number[] = [];
    for (let i = 0; i < requests + 10; i += 1) {
      const budget = 1000 + ((i * 137) % 40) * 250;
      const t0 = performance.now();
      const response = await fetch(`${app.url}/api/runs/${app.run}/replan`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ budget, capacityDays: 4, horizonMonths: 12, profile: 'smb' }),
      });
      await response.json();
      if (response.status !== 200) throw new Error(`replan answered ${response.status}`);
      // The first ten warm the process up (module loading, JIT); a person's first move pays them once.
      if (i >= 10) replanMs.push(performance.now() - t0);
    }
    const htmlMs: number[] = [];
    for (let i = 0; i < 20; i += 1) {
      const t0 = performance.now();
      await (await fetch(`${app.url}/runs/${app.run}`)).text();
      htmlMs.push(performance.now() - t0);
    }
    const chromium = existsSync(CHROMIUM) ? await chromiumLoads(`${app.url}/runs/${app.run}`, loads) : null;
    const data: WebServerData = {
      replan: {
        requests,
        p50Ms: round(quantile(replanMs, 0.5)),
        p95Ms: round(quantile(replanMs, 0.95)),
        maxMs: round(Math.max(...replanMs)),
        targetP95Ms: 100,
      },
      runPageHtml: { requests: htmlMs.length, medianMs: round(median(htmlMs)) },
      runPageChromium: chromium,
    };
    const figure = '7 web app';
    const rows = [
      infoRow(figure, `re-plan round trip p50 (${requests} requests)`, formatMs(data.replan.p50Ms)),
      {
        figure,
        name: `re-plan round trip p95 (${requests} requests)`,
        value: formatMs(data.replan.p95Ms),
        target: '< 100 ms',
        met: data.replan.p95Ms < 100,
      },
      infoRow(figure, 'run page HTML from the server (median)', formatMs(data.runPageHtml.medianMs)),
    ];
    if (chromium) {
      rows.push({
        figure,
        name: `run page first render in Chromium, nothing cached: first contentful paint (median of ${chromium.loads})`,
        value: formatMs(chromium.paintMs),
        target: '< 300 ms',
        met: chromium.paintMs < 300,
      });
      rows.push(
        infoRow(
          figure,
          'run page in Chromium: load event, script and stylesheet in (median)',
          formatMs(chromium.loadMs),
        ),
        infoRow(
          figure,
          'run page in Chromium again, assets cached: first paint (median)',
          formatMs(chromium.warmPaintMs),
        ),
        infoRow(
          figure,
          'baseline: a one-line page in the same browser, first paint (median)',
          formatMs(chromium.baselinePaintMs),
        ),
      );
    }
    return { rows, data };
  } finally {
    await app.stop();
    rmSync(root, { recursive: true, force: true });
  }
}

const TINY_PAGE = 'data:text/html,<!doctype html><title>x</title><p>baseline</p>';

/**
 * In each fresh browser profile: a one-line page first (it takes the browser's own start-up, and is the baseline of
 * what this machine's Chromium needs to paint anything), then the run page with nothing cached (the figure), then
 * the run page again with its script and stylesheet cached (a person coming back).
 */
async function chromiumLoads(url: string, loads: number): Promise<WebServerData['runPageChromium']> {
  const { chromium } = await import('playwright-core');
  const samples = {
    baseline: [] as number[],
    paint: [] as number[],
    load: [] as number[],
    warm: [] as number[],
  };
  for (let i = 0; i < loads; i += 1) {
    const profile = mkdtempSync(join(tmpdir(), 'boussole-bench-chromium-'));
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    try {
      const page = await context.newPage();
      const visit = async (target: string) => {
        await page.goto(target, { waitUntil: 'load' });
        return page.evaluate(() => {
          const entry = performance
            .getEntries()
            .find((e) => String(e.entryType) === 'navigation') as unknown as
            | { loadEventEnd: number; startTime: number }
            | undefined;
          const fcp = performance.getEntriesByName('first-contentful-paint')[0];
          return {
            paint: fcp ? fcp.startTime : Number.NaN,
            load: entry ? entry.loadEventEnd - entry.startTime : Number.NaN,
          };
        });
      };
      samples.baseline.push((await visit(TINY_PAGE)).paint);
      const cold = await visit(url);
      samples.paint.push(cold.paint);
      samples.load.push(cold.load);
      samples.warm.push((await visit(url)).paint);
    } finally {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    }
  }
  const middle = (values: number[]) => round(median(values.filter(Number.isFinite)));
  return {
    loads,
    paintMs: middle(samples.paint),
    loadMs: middle(samples.load),
    warmPaintMs: middle(samples.warm),
    baselinePaintMs: middle(samples.baseline),
    targetMs: 300,
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { rows, data } = await benchWebServer();
  for (const row of rows)
    process.stdout.write(`${row.name}: ${row.value}${row.target === '—' ? '' : ` (target ${row.target})`}\n`);
  process.stdout.write(`${JSON.stringify(data)}\n`);
}
