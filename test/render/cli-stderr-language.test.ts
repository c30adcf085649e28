// What a user reads on stderr follows the brief: the offline notice, the progress lines and the batch refusals are
// French for a French brief, and `--lang` wins over what the text reads as.
import { copyFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { progressPrinter } from '../../src/cli/progress.js';
import { refusalLines } from '../../src/cli/read-briefs.js';
import { InputError } from '../../src/errors/index.js';
import { GOOD_BRIEFS, makeTempDir, type TempDir } from '../brief/helpers.js';
import { runCli } from '../support/cli.js';

const ENGLISH_STDERR = /No OPENAI_API_KEY|\bstarted\b|\bdone in\b|briefs? not drafted/;

describe('the progress lines', () => {
  const usage = { promptTokens: 1200, completionTokens: 345 };
  const lines = (language: 'fr' | 'en') => {
    const out: string[] = [];
    const print = progressPrinter((line) => out.push(line), '', language);
    print({ type: 'agent-start', agentId: 'brief', model: 'offline-drafter' } as never);
    print({ type: 'agent-done', agentId: 'brief', durationMs: 150, usage, calls: 2 } as never);
    return out;
  };

  it('are French for a French brief, with French numbers', () => {
    expect(lines('fr')).toEqual([
      '[brief] démarré (offline-drafter)',
      '[brief] terminé en 0,15 s · 1\u202f200 + 345 jetons · 2 appels',
    ]);
  });

  it('are English for an English brief', () => {
    expect(lines('en')).toEqual([
      '[brief] started (offline-drafter)',
      '[brief] done in 0.15 s · 1,200 + 345 tokens · 2 calls',
    ]);
  });
});

describe('the batch refusal summary', () => {
  const refused = [
    { path: 'b.json', error: new InputError('brief_invalid', 'The brief is a bare JSON list.') },
  ];

  it('speaks the batch language, with counts that agree', () => {
    expect(refusalLines(refused, 1, 'fr')[0]).toBe(
      '1 brief sur 2 non rédigé (entrée invalide ; les autres l’ont été) :',
    );
    expect(refusalLines(refused, 1, 'en')[0]).toBe('1 of 2 briefs not drafted (bad input; the others were):');
    expect(refusalLines([...refused, ...refused], 0, 'fr')[0]).toBe(
      '2 briefs sur 2 non rédigés (entrée invalide) :',
    );
  });
});

describe('a French batch run offline', () => {
  let dir: TempDir;
  beforeEach(async () => {
    dir = await makeTempDir();
  });
  afterEach(() => dir.remove());

  it('prints the notice, the progress and the refusals in French', async () => {
    await copyFile(join(GOOD_BRIEFS, 'boulangerie-fr.md'), join(dir.path, 'boulangerie.md'));
    await dir.write('casse.json', '["pas", "un", "brief"]');
    const result = await runCli(['draft', 'boulangerie.md', 'casse.json'], { cwd: dir.path, env: {} });
    expect(result.code, result.stderr).toBe(2);
    expect(result.stderr).toContain('Pas de OPENAI_API_KEY : brouillon hors ligne');
    expect(result.stderr).toMatch(/\[brief\] démarré \(offline-drafter\)/);
    expect(result.stderr).toMatch(/\[prioritizer\] terminé en \d+,\d\d s/);
    expect(result.stderr).toContain('1 brief sur 2 non rédigé');
    expect(result.stderr).not.toMatch(ENGLISH_STDERR);
  }, 60_000);

  it('lets --lang en win over the text', async () => {
    await copyFile(join(GOOD_BRIEFS, 'boulangerie-fr.md'), join(dir.path, 'boulangerie.md'));
    const result = await runCli(['draft', 'boulangerie.md', '--lang', 'en', '--out', 'run'], {
      cwd: dir.path,
      env: {},
    });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain('No OPENAI_API_KEY set');
    expect(result.stderr).toMatch(/\[brief\] started/);
    expect(result.stderr).not.toMatch(/démarré|terminé/);
  }, 60_000);
});
