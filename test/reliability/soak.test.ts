// A reduced soak (bench/soak.ts runs the full one): drafts against a server failing a share of its calls with
// mixed faults either complete or fail with a typed error, lose nothing, and keep their attempts within bounds.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BOUNDS, runSoak } from './support/soak.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function workDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'boussole-soak-'));
  dirs.push(dir);
  return dir;
}

describe('drafts against a flaky OpenAI-compatible server', () => {
  it('with 20% of calls failing: every draft completes or fails typed, nothing lost, attempts bounded', async () => {
    const report = await runSoak({ drafts: 8, faultRate: 0.2, seed: 7, workDir: workDir() });

    expect(report.violations).toEqual([]);
    expect(report.completed + report.failed).toBe(8);
    expect(Object.values(report.faults).reduce((sum, n) => sum + n, 0)).toBeGreaterThan(0);
    expect(report.maxTransportRetries).toBeLessThanOrEqual(BOUNDS.transportRetries);
    expect(report.maxRepairTurns).toBeLessThanOrEqual(BOUNDS.repairTurns);
    expect(report.callsPerAnswer.max).toBeLessThanOrEqual(1 + BOUNDS.transportRetries + BOUNDS.repairTurns);
    expect(report.recordedCalls).toBe(report.serverRequests);
  }, 60_000);

  it('with 90% of calls failing: the drafts that fail do so with a typed error and keep what they finished', async () => {
    const report = await runSoak({ drafts: 6, faultRate: 0.9, seed: 11, workDir: workDir() });

    expect(report.violations).toEqual([]);
    expect(report.completed + report.failed).toBe(6);
    expect(report.failed).toBeGreaterThan(0);
    expect(Object.keys(report.failures).every((code) => code.startsWith('llm_'))).toBe(true);
    expect(report.maxTransportRetries).toBeLessThanOrEqual(BOUNDS.transportRetries);
    expect(report.maxRepairTurns).toBeLessThanOrEqual(BOUNDS.repairTurns);
    expect(report.recordedCalls).toBe(report.serverRequests);
  }, 60_000);
});
