// The check register is built from each check's own declaration, and a list that contradicts itself is refused at load.
import { describe, expect, it } from 'vitest';
import {
  CHECK_COLUMNS,
  CHECK_ENTRIES,
  CHECK_FOR_IMPERFECTION,
  CHECK_NAMES,
  type CheckEntry,
  HONESTY_CHECK_NAMES,
  IMPERFECTION_KINDS,
  registryProblems,
} from '../../evals/checks/index.js';
import { buildRegistry } from '../../evals/checks/registry.js';

const named = (name: string): CheckEntry => {
  const entry = CHECK_ENTRIES.find((e) => e.name === name);
  if (!entry) throw new Error(`no check ${name}`);
  return entry;
};
const without = (name: string) => CHECK_ENTRIES.filter((e) => e.name !== name);

describe('the check register', () => {
  it('holds no contradiction, and every check says in a sentence what it catches', () => {
    expect(registryProblems(CHECK_ENTRIES)).toEqual([]);
    for (const entry of CHECK_ENTRIES) expect(entry.catches.length, entry.name).toBeGreaterThan(20);
  });

  it('derives the eval and harness lists from the entries, in their order', () => {
    expect(CHECK_NAMES).toEqual(CHECK_ENTRIES.filter((e) => e.column !== null).map((e) => e.name));
    expect(HONESTY_CHECK_NAMES).toEqual(CHECK_ENTRIES.filter((e) => e.kind === 'honesty').map((e) => e.name));
    expect(CHECK_COLUMNS.goals_covered).toBe('goals');
    expect(CHECK_FOR_IMPERFECTION.pasted_fragment).toBe('no_pasted_fragment');
    for (const kind of IMPERFECTION_KINDS)
      expect(named(CHECK_FOR_IMPERFECTION[kind]).plantedFault).toBe(kind);
  });

  it('refuses a name declared twice, a column shared, or a name a suite file could not key on', () => {
    expect(registryProblems([...CHECK_ENTRIES, named('goals_covered')])).toContain(
      'goals_covered is declared twice',
    );
    const sameColumn = { ...named('real_dates'), column: 'goals' };
    expect(registryProblems([...without('real_dates'), sameColumn])).toContain(
      'goals_covered and real_dates share the column "goals"',
    );
    const badName = { ...named('real_dates'), name: 'Real dates' };
    expect(registryProblems([...without('real_dates'), badName])).toContain(
      '"Real dates" is not a snake_case name',
    );
  });

  it('refuses a planted fault that no check, or two checks, or a harness-only check catch', () => {
    expect(registryProblems(without('goals_covered'))).toEqual([
      'no check catches the planted goal_uncovered',
    ]);
    expect(() => buildRegistry(without('goals_covered'))).toThrow(
      'no check catches the planted goal_uncovered',
    );
    const twice = { ...named('goals_served'), plantedFault: 'goal_uncovered' as const };
    expect(registryProblems([...without('goals_served'), twice])).toEqual([
      'goals_covered and goals_served both claim the planted goal_uncovered',
    ]);
    const harnessOnly = { ...named('real_dates'), plantedFault: 'implausible_kpi' as const };
    expect(registryProblems([...without('real_dates'), harnessOnly])).toContain(
      'real_dates catches the planted implausible_kpi but scores no eval case (it has no column)',
    );
  });
});
