// `boussole draft --provider replay`: byte-identical runs, a miss that names its agent, stale agents after a prompt edit.
import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { downstreamOf } from '../../agents/index.js';
import { AGENT_IDS, type AgentId } from '../../agents/outputs.js';
import { runCli } from '../support/cli.js';
import { briefPath } from '../support/fixture-cases.js';
import { CASSETTES_DIR, PROMPTS_DIR, STABLE_RUN_FILES, useTempDirs } from './helpers.js';

const tempDir = useTempDirs();

function replay(caseId: string, out: string, cassettes = join(CASSETTES_DIR, caseId), extra: string[] = []) {
  return runCli([
    'draft',
    briefPath(caseId),
    '--provider',
    'replay',
    '--cassettes',
    cassettes,
    '--out',
    out,
    ...extra,
  ]);
}

/** The agents whose calls a replay answered and failed, read from the `cassettes ...` line printed at the end. */
function staleAgents(stderr: string): string[] {
  const line = stderr.split('\n').find((text) => text.startsWith('cassettes '));
  return /stale: ([a-z, ]+)/.exec(line ?? '')?.[1]?.split(', ') ?? [];
}

describe('replay through the real client', () => {
  it.each(['fr-boulangerie-lyon', 'fr-saas-compta-json', 'en-dental-clinic-group'])(
    '%s: two replays write byte-identical agent files and roadmap.json, labelled replay',
    async (caseId) => {
      const [first, second] = [join(await tempDir(), 'run'), join(await tempDir(), 'run')];
      const a = await replay(caseId, first);
      const b = await replay(caseId, second);
      expect(a.code, a.stderr).toBe(0);
      expect(b.code, b.stderr).toBe(0);
      expect(a.stderr).toMatch(/cassettes .*: [56] replayed, 0 recorded$/m);
      for (const file of STABLE_RUN_FILES) {
        expect(await readFile(join(second, file), 'utf8'), file).toBe(
          await readFile(join(first, file), 'utf8'),
        );
      }
      const manifest = JSON.parse(await readFile(join(first, 'run.json'), 'utf8')) as {
        provider: string;
        status: string;
      };
      expect(manifest).toMatchObject({ provider: 'replay', status: 'completed' });
      expect(JSON.parse(await readFile(join(first, 'roadmap.json'), 'utf8'))).toMatchObject({
        draftKind: 'replay',
      });
    },
  );

  it('a missing cassette fails the run at once, naming the agent and the case, and says "no cassette"', async () => {
    const cassettes = join(await tempDir(), 'fr-cabinet-rh-b2b');
    await cp(join(CASSETTES_DIR, 'fr-cabinet-rh-b2b'), cassettes, { recursive: true });
    const prioritizer = readdirSync(cassettes).find((name) => name.startsWith('prioritizer-'))!;
    await rm(join(cassettes, prioritizer));
    const out = join(await tempDir(), 'run');
    const result = await replay('fr-cabinet-rh-b2b', out, cassettes);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('no cassette for agent prioritizer in case fr-cabinet-rh-b2b');
    expect(result.stderr).not.toContain('stale');
    // Called once: a 400 is not retried, and every other agent was answered from its cassette.
    expect(result.stderr.match(/\[prioritizer\] démarré/g)).toHaveLength(1);
    expect(result.stderr).toMatch(/5 replayed, 0 recorded, missing: prioritizer$/m);
  });

  it.each<AgentId>(['swot', 'journey', 'prioritizer'])(
    'after editing the %s template in a copy of prompts/, only that agent is stale and nothing outside its downstream is called',
    async (edited) => {
      const prompts = join(await tempDir(), 'prompts');
      await cp(PROMPTS_DIR, prompts, { recursive: true });
      const template = join(prompts, `${edited}.system.hbs`);
      await writeFile(template, `${await readFile(template, 'utf8')}\nAnswer in short sentences.\n`);
      const out = join(await tempDir(), 'run');
      const result = await replay('fr-boulangerie-lyon', out, undefined, ['--prompts', prompts]);
      expect(result.code).toBe(1);
      expect(result.stderr).toContain(
        `stale cassette (the prompt or schema changed) for agent ${edited} in case fr-boulangerie-lyon`,
      );
      expect(staleAgents(result.stderr)).toEqual([edited]);
      const affected = new Set<AgentId>([edited, ...downstreamOf(edited)]);
      // The case is French, so are its progress lines.
      const started = AGENT_IDS.filter((id) => result.stderr.includes(`[${id}] démarré`));
      const failed = AGENT_IDS.filter((id) => result.stderr.includes(`[${id}] échec après`));
      expect(failed).toEqual([edited]);
      // Upstream agents replayed untouched: their output is the one a clean replay gives.
      const clean = join(await tempDir(), 'run');
      expect((await replay('fr-boulangerie-lyon', clean)).code).toBe(0);
      for (const id of started.filter((agent) => !affected.has(agent))) {
        expect(await readFile(join(out, `${id}.json`), 'utf8'), id).toBe(
          await readFile(join(clean, `${id}.json`), 'utf8'),
        );
      }
      // Nothing downstream of the stale agent ran: it has no output to run on.
      for (const id of downstreamOf(edited)) expect(started, id).not.toContain(id);
    },
  );

  it('reruns one agent of a replayed run from its cassette (`boussole agent --provider replay`)', async () => {
    const out = join(await tempDir(), 'run');
    expect((await replay('fr-boulangerie-lyon', out)).code).toBe(0);
    const before = await readFile(join(out, 'swot.json'), 'utf8');
    const cassettes = join(CASSETTES_DIR, 'fr-boulangerie-lyon');
    const rerun = await runCli([
      'agent',
      'swot',
      '--run',
      out,
      '--provider',
      'replay',
      '--cassettes',
      cassettes,
    ]);
    expect(rerun.code, rerun.stderr).toBe(0);
    expect(rerun.stderr).toMatch(/1 replayed, 0 recorded$/m);
    expect(await readFile(join(out, 'swot.json'), 'utf8')).toBe(before);
  });

  it('refuses replay from a folder that does not exist (exit 2), before any call', async () => {
    const result = await replay(
      'fr-boulangerie-lyon',
      join(await tempDir(), 'run'),
      join(await tempDir(), 'nothing-here'),
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('No cassette folder');
    expect(result.stderr).not.toContain('démarré');
  });

  it('refuses replay without a cassette folder, --cassettes without replay or record, and --record with another provider', async () => {
    const brief = briefPath('fr-boulangerie-lyon');
    const noDir = await runCli(['draft', brief, '--provider', 'replay']);
    expect(noDir.code).toBe(2);
    expect(noDir.stderr).toContain('`--provider replay` needs `--cassettes DIR`');
    const stray = await runCli(['draft', brief, '--provider', 'offline', '--cassettes', 'x']);
    expect(stray.code).toBe(2);
    expect(stray.stderr).toContain('`--cassettes DIR` is used with `--provider replay` or `--record`');
    const mixed = await runCli(['draft', brief, '--provider', 'replay', '--record', '--cassettes', 'x']);
    expect(mixed.code).toBe(2);
    expect(mixed.stderr).toContain('cannot go with `--provider replay`');
  });
});
