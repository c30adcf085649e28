// The living roadmap through the CLI, as a user runs it: bad actuals refused with nothing written, the same inputs
// giving the same bytes, what-ifs that change nothing, and decisions that survive an agent rerun and a renumbering.
import { cpSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Roadmap } from '../../src/arbiter/index.js';
import { replanRun } from '../../src/living/index.js';
import { runCli } from '../support/cli.js';
import { caseOutputs, makeRun, tempDir } from './run-fixture.js';

/** Every file under `dir` with its bytes. */
function snapshot(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (path: string) => {
    for (const name of readdirSync(path).sort()) {
      const full = join(path, name);
      if (statSync(full).isDirectory()) walk(full);
      else files.set(relative(dir, full), readFileSync(full, 'utf8'));
    }
  };
  walk(dir);
  return files;
}

const roadmapOf = (dir: string) => JSON.parse(readFileSync(join(dir, 'roadmap.json'), 'utf8')) as Roadmap;
const placeOf = (roadmap: Roadmap, title: string) => {
  for (const h of roadmap.horizons) if (h.actions.some((a) => a.title === title)) return h.id;
  return [...roadmap.deferred, ...roadmap.excluded].find((a) => a.title === title) ? 'out' : null;
};

const ACTUALS = [
  'mois;action;valeur;dépense;note',
  '2027-01;A2;0;0;',
  '2027-02;A2;0;0;',
  '2027-03;A2;0;0;toujours rien',
  '2027-02;A1;40;150;',
].join('\n');

describe('boussole review', () => {
  it('refuses bad actuals with exit 2, names every bad row, and writes nothing', async () => {
    const dir = await makeRun(await caseOutputs('fr-boulangerie-lyon'), '2027-01');
    const before = snapshot(dir);
    const file = join(tempDir('actuals'), 'bad.csv');
    writeFileSync(file, 'mois;action;valeur;dépense\n2026-11;A1;3;0\n2027-02;A42;3;0\n2027-02;A1;-1;0\n');
    const result = await runCli(['review', '--run', dir, '--actuals', file]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('3 ligne(s) refusée(s)');
    expect(result.stderr).toMatch(/ligne 2 .*avant le début/);
    expect(result.stderr).toMatch(/ligne 3 .*A42/);
    expect(result.stderr).toMatch(/ligne 4 .*-1/);
    expect(snapshot(dir)).toEqual(before);
  });

  it('stops the action whose kill criterion fired, keeps the previous version byte for byte, and repeats to the byte', async () => {
    const first = await makeRun(await caseOutputs('fr-boulangerie-lyon'), '2027-01', 'one');
    const second = join(tempDir('copy'), 'one');
    cpSync(first, second, { recursive: true });
    const draft = readFileSync(join(first, 'roadmap.json'), 'utf8');
    const file = join(tempDir('actuals'), 'resultats.csv');
    writeFileSync(file, ACTUALS);

    const result = await runCli(['review', '--run', first, '--actuals', file]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('A2 arrêtée');
    expect(readFileSync(join(first, 'versions', '1', 'roadmap.json'), 'utf8')).toBe(draft);
    expect(readFileSync(join(first, 'changes.md'), 'utf8')).toMatch(/Arrêtée \| A2 ·/);
    expect(roadmapOf(first).constraints.spentToDate).toBe(150);

    const once = snapshot(first);
    const again = await runCli(['review', '--run', first, '--actuals', file]);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('Rien ne change');
    expect(snapshot(first)).toEqual(once);

    await runCli(['review', '--run', second, '--actuals', file]);
    const copy = snapshot(second);
    for (const [name, bytes] of once) if (name !== 'run.json') expect(copy.get(name), name).toBe(bytes);
  });
});

describe('boussole replan', () => {
  it('gives the same bytes for the same run and constraints, and archives nothing when nothing changes', async () => {
    const a = await makeRun(await caseOutputs('en-saas-devtools'), '2027-01', 'same');
    const b = join(tempDir('copy'), 'same');
    cpSync(a, b, { recursive: true });
    expect((await runCli(['replan', '--run', a, '--budget', '300000'])).code).toBe(0);
    expect((await runCli(['replan', '--run', b, '--budget', '300000'])).code).toBe(0);
    expect(snapshot(b)).toEqual(snapshot(a));
    const once = snapshot(a);
    await runCli(['replan', '--run', a, '--budget', '300000']);
    expect(snapshot(a)).toEqual(once);
    expect(readdirSync(join(a, 'versions'))).toEqual(['1']);
  });

  it('compares scenarios side by side without touching the roadmap, and says what would unlock', async () => {
    const dir = await makeRun(await caseOutputs('fr-cabinet-rh-b2b'), '2027-01');
    const before = snapshot(dir);
    const result = await runCli([
      'replan',
      '--run',
      dir,
      '--compare',
      'budget=-20%,budget=+20%,capacity=+50%',
    ]);
    expect(result.code).toBe(0);
    const compare = readFileSync(join(dir, 'compare.md'), 'utf8');
    expect(compare).toContain('budget=-20%');
    expect(compare).toContain('débloque A11');
    const after = snapshot(dir);
    after.delete('compare.md');
    expect(after).toEqual(before);
    expect((await runCli(['replan', '--run', dir, '--compare', 'budget=lots'])).code).toBe(2);
  });
});

describe('decisions that last', () => {
  it('hold after the prioritizer renumbers its actions and after a replan, and refuse an unknown action', async () => {
    const outputs = await caseOutputs('fr-boulangerie-lyon');
    const dir = await makeRun(outputs, '2027-01');
    const scheduled = roadmapOf(dir).horizons.flatMap((h) => h.actions);
    // Veto an action nothing depends on, pin one that depends on nothing: each decision stands on its own.
    const needed = new Set(scheduled.flatMap((a) => a.dependsOn));
    const vetoed = scheduled.find((a) => !needed.has(a.id) && a.dependsOn.length === 0)!;
    const pinned = scheduled.filter((a) => a.id !== vetoed.id && a.dependsOn.length === 0).at(-1)!;
    const vetoTitle = vetoed.title;
    const vetoId = vetoed.id;
    expect((await runCli(['decide', '--run', dir, '--veto', vetoId, '--why', 'Le gérant refuse'])).code).toBe(
      0,
    );
    expect((await runCli(['decide', '--run', dir, '--pin', pinned.id])).code).toBe(0);
    expect((await runCli(['decide', '--run', dir, '--pin', 'A99'])).code).toBe(2);

    // The prioritizer answers again with every id shifted: A1 becomes A101, and so on.
    const renumbered = {
      actions: outputs.prioritizer.actions.map((a) => ({
        ...a,
        id: a.id.replace(/^A/, 'A10'),
        dependsOn: a.dependsOn.map((d) => d.replace(/^A/, 'A10')),
      })),
    };
    writeFileSync(join(dir, 'prioritizer.json'), `${JSON.stringify(renumbered, null, 2)}\n`);
    await replanRun(dir, {});
    const after = roadmapOf(dir);
    expect(placeOf(after, vetoTitle)).toBe('out');
    expect(after.excluded.find((a) => a.title === vetoTitle)).toMatchObject({
      code: 'vetoed',
      id: vetoId.replace(/^A/, 'A10'),
    });
    expect(['now', 'next', 'later']).toContain(placeOf(after, pinned.title));
    expect(after.decisions.every((d) => d.status !== 'orphaned')).toBe(true);

    await runCli(['replan', '--run', dir, '--budget', '3000']);
    expect(roadmapOf(dir).excluded.find((a) => a.title === vetoTitle)?.code).toBe('vetoed');
    const list = await runCli(['decide', '--run', dir, '--list']);
    expect(list.stdout).toContain('Le gérant refuse');
  });

  it('survive an agent rerun from the command line', async () => {
    const cwd = tempDir('agent');
    const brief = join(cwd, 'brief.md');
    writeFileSync(
      brief,
      [
        '# Fromagerie Bellecour',
        '',
        'Fromagerie de quartier à Lyon (2e). Objectif : passer de 40 à 70 plateaux de fromages vendus par mois',
        "d'ici 12 mois. Budget marketing : 4 000 € par an. Le gérant consacre 4 heures par semaine au marketing.",
        'Canaux : Instagram (1 200 abonnés), une fiche Google avec 210 avis.',
      ].join('\n'),
    );
    const drafted = await runCli(
      ['draft', brief, '--provider', 'offline', '--start', '2027-01', '--out', 'run'],
      { cwd },
    );
    expect(drafted.code).toBe(0);
    const dir = join(cwd, 'run');
    const first = roadmapOf(dir).horizons.flatMap((h) => h.actions);
    const vetoed = first[0]!;
    expect((await runCli(['decide', '--run', dir, '--veto', vetoed.id, '--why', 'déjà fait'])).code).toBe(0);
    const rerun = await runCli(['agent', 'prioritizer', '--run', dir, '--provider', 'offline'], { cwd });
    expect(rerun.code).toBe(0);
    const after = roadmapOf(dir);
    expect(after.excluded.find((a) => a.title === vetoed.title)).toMatchObject({ code: 'vetoed' });
    expect(after.start).toBe('2027-01');
    expect(readdirSync(join(dir, 'versions')).length).toBeGreaterThanOrEqual(1);
  }, 60_000);
});
