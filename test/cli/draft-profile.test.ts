// `boussole draft --profile`: validated, kept in the run, and shaping roadmap.md while roadmap-full.md keeps the whole plan.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';

const BRIEF = join(process.cwd(), 'fixtures', 'briefs', 'fr-traiteur-bordeaux', 'brief.txt');
const EN_BRIEF = join(process.cwd(), 'fixtures', 'briefs', 'en-hr-saas-peoplepulse', 'brief.md');

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'boussole-profile-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const read = (run: string, file: string) => readFile(join(dir, run, file), 'utf8');
const draft = (brief: string, run: string, ...extra: string[]) =>
  runCli(['draft', brief, '--start', '2027-01', '--out', join(dir, run), ...extra], { cwd: dir });

describe('boussole draft --profile', () => {
  it('refuses an unknown profile with exit 2, names the three, and writes nothing', async () => {
    const result = await draft(BRIEF, 'bad', '--profile', 'boss');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('executive, cmo, smb');
    await expect(read('bad', 'roadmap.md')).rejects.toThrow();
  });

  it('says the option in the help', async () => {
    const help = await runCli(['draft', '--help']);
    expect(help.stdout).toMatch(/--profile NAME\s+who reads roadmap\.md: executive/);
    expect(help.stdout).toContain('roadmap-full.md');
  });

  it('gives the executive a one-page memo, keeps the choice in plan.json and roadmap.json, the full plan alongside', async () => {
    const result = await draft(EN_BRIEF, 'exec', '--profile', 'executive');
    expect(result.code).toBe(0);
    const memo = await read('exec', 'roadmap.md');
    expect(memo.split('\n').length).toBeLessThanOrEqual(60);
    for (const heading of [
      '## Decision memo',
      '### The three bets',
      '### Where the money goes',
      '### What we deliberately do not do',
      '### Five KPIs to watch',
    ])
      expect(memo).toContain(`\n${heading}\n`);
    expect(memo).not.toContain('```mermaid');
    expect(memo).toContain('roadmap-full.md');
    expect(JSON.parse(await read('exec', 'plan.json')).overrides.profile).toBe('executive');
    expect(JSON.parse(await read('exec', 'roadmap.json')).constraints.profile).toBe('executive');
    const full = await read('exec', 'roadmap-full.md');
    expect(full).toContain('```mermaid');
    expect(full).toContain('\n## Summary\n');
  });

  it('gives a small business the week-by-week list first, and a CMO the full plan, from the same brief', async () => {
    expect((await draft(BRIEF, 'smb', '--profile', 'smb')).code).toBe(0);
    expect((await draft(BRIEF, 'cmo', '--profile', 'cmo')).code).toBe(0);
    const smb = await read('smb', 'roadmap.md');
    expect(smb).toContain('\n## Semaine par semaine\n');
    expect(smb).not.toContain('\n## Synthèse\n');
    expect(smb).toContain('roadmap-full.md');
    const cmo = await read('cmo', 'roadmap.md');
    expect(cmo).toBe(await read('cmo', 'roadmap-full.md'));
    expect(cmo).toContain('\n## Synthèse\n');
    expect(cmo).toContain('Document pour : responsable marketing (CMO), choisi avec --profile.');
  });

  it('refuses --profile with --resume, which keeps the run’s own', async () => {
    const result = await runCli(['draft', '--resume', join(dir, 'cmo'), '--profile', 'smb'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('replan --run DIR --profile');
  });
});
