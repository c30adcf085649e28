// Figure 2: several briefs drafted by one `boussole draft` (one queue, one --rpm throttle) against a server
// that enforces the same requests-per-minute limit: achieved rate ÷ R, and the 429s the server had to send.
import { startFakeOpenAI } from '../test/support/fake-openai-server.js';
import type { BenchSection } from './figure.js';
import { infoRow } from './figure.js';
import { fixtureBrief, fixtureCaseIds } from './fixture-briefs.js';
import { timedDraft } from './llm-draft.js';
import { formatMs, round } from './stats.js';

export interface BatchRateOptions {
  /** Requests per minute: the server's limit and `--rpm`. @default 40 */
  rpm?: number;
  /** Server latency per answer. @default 1000 */
  latencyMs?: number;
  /** Briefs drafted together. @default every fixture case's brief */
  briefs?: readonly string[];
  /** @default 0.9 */
  targetRatio?: number;
}

export interface BatchRateData {
  rpm: number;
  latencyMs: number;
  briefs: number;
  /** Chat-completion requests the server received, 429s included. */
  requests: number;
  answered: number;
  rateLimited429: number;
  wallMs: number;
  /** Answered requests per minute between the first and the last arrival: the pace the throttle held. */
  achievedRpm: number;
  ratio: number;
  /** Answered requests per minute over the whole command (start-up, the last answer's latency, files). */
  overallRpm: number;
  /** Most requests the server saw in any 60 s window: above `rpm` would mean a burst. */
  maxInAnyMinute: number;
  /** Smallest gap between two consecutive arrivals, against the even spacing 60 000 / rpm. */
  minGapMs: number;
  targetRatio: number;
}

export async function benchBatchRate(options: BatchRateOptions = {}): Promise<BenchSection<BatchRateData>> {
  const { rpm = 40, latencyMs = 1000, targetRatio = 0.9 } = options;
  const briefs = options.briefs ?? fixtureCaseIds().map(fixtureBrief);
  const server = await startFakeOpenAI({ latencyMs, rpmLimit: rpm });
  let wallMs: number;
  try {
    wallMs = (await timedDraft(server.url, briefs, ['--rpm', String(rpm)])).wallMs;
  } finally {
    await server.stop();
  }
  const stats = server.stats();
  const arrivals = server.log
    .filter((entry) => entry.status === 200)
    .map((entry) => entry.at)
    .sort((a, b) => a - b);
  const span = arrivals.length > 1 ? arrivals.at(-1)! - arrivals[0]! : Number.NaN;
  const achievedRpm = ((arrivals.length - 1) / span) * 60_000;
  const data: BatchRateData = {
    rpm,
    latencyMs,
    briefs: briefs.length,
    requests: stats.requests,
    answered: arrivals.length,
    rateLimited429: stats.byStatus['429'] ?? 0,
    wallMs: round(wallMs, 1),
    achievedRpm: round(achievedRpm, 2),
    ratio: round(achievedRpm / rpm, 3),
    overallRpm: round((arrivals.length / wallMs) * 60_000, 2),
    maxInAnyMinute: maxInWindow(arrivals, 60_000),
    minGapMs: round(Math.min(...arrivals.slice(1).map((at, i) => at - arrivals[i]!)), 1),
    targetRatio,
  };
  const figure = '2 batch + rpm';
  return {
    data,
    rows: [
      infoRow(
        figure,
        `${data.briefs} briefs, ${data.answered} calls, --rpm ${rpm} = server limit`,
        `${formatMs(data.wallMs)} wall`,
      ),
      {
        figure,
        name: 'achieved requests/min ÷ R',
        value: `${data.ratio.toFixed(3)} (${data.achievedRpm.toFixed(1)}/min)`,
        target: `≥ ${targetRatio}`,
        met: data.ratio >= targetRatio,
      },
      {
        figure,
        name: '429 responses from the server',
        value: String(data.rateLimited429),
        target: '0',
        met: data.rateLimited429 === 0,
      },
      infoRow(
        figure,
        'most calls in any 60 s window · smallest gap',
        `${data.maxInAnyMinute} · ${formatMs(data.minGapMs)} (even: ${formatMs(60_000 / rpm)})`,
      ),
    ],
  };
}

/** Most arrivals (sorted, ms) within any half-open window (t - windowMs, t], as the server's limiter counts. */
function maxInWindow(sorted: readonly number[], windowMs: number): number {
  let most = 0;
  let first = 0;
  for (let last = 0; last < sorted.length; last += 1) {
    while (sorted[first]! <= sorted[last]! - windowMs) first += 1;
    most = Math.max(most, last - first + 1);
  }
  return most;
}
