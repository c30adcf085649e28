// Builds the check lookups from the entries index.ts lists, and refuses at load a list that contradicts itself.
import type { CheckEntry, HonestyCheckEntry } from './define-check.js';
import { onEvalCase } from './honesty-adapter.js';
import { type Check, IMPERFECTION_KINDS, type ImperfectionKind } from './types.js';

export interface CheckRegistry {
  /** The checks that score eval cases, in table order. */
  evalNames: string[];
  evalChecks: Record<string, Check>;
  columns: Record<string, string>;
  /** The honesty checks, in the order the quality harness reports them. */
  honestyNames: string[];
  honesty: Record<string, HonestyCheckEntry>;
  checkForImperfection: Record<ImperfectionKind, string>;
}

/** Suite files, reports and known-gaps.json key on the name, so it stays a plain snake_case word. */
const NAME = /^[a-z]+(_[a-z]+)*$/;

/** Everything wrong with a list of entries, one sentence each; empty when the registry can be built. */
export function registryProblems(entries: readonly CheckEntry[]): string[] {
  const problems: string[] = [];
  const byName = new Map<string, CheckEntry>();
  const byColumn = new Map<string, string>();
  const byFault = new Map<string, string>();
  for (const entry of entries) {
    if (!NAME.test(entry.name)) problems.push(`"${entry.name}" is not a snake_case name`);
    if (byName.has(entry.name)) problems.push(`${entry.name} is declared twice`);
    byName.set(entry.name, entry);
    if (entry.catches.trim() === '') problems.push(`${entry.name} does not say what it catches`);
    if (entry.column !== null) {
      const other = byColumn.get(entry.column);
      if (other !== undefined) problems.push(`${other} and ${entry.name} share the column "${entry.column}"`);
      byColumn.set(entry.column, entry.name);
    }
    const fault = entry.plantedFault;
    if (fault === null) continue;
    if (!(IMPERFECTION_KINDS as readonly string[]).includes(fault))
      problems.push(`${entry.name} catches "${fault}", which no case.json may plant`);
    if (entry.column === null)
      problems.push(`${entry.name} catches the planted ${fault} but scores no eval case (it has no column)`);
    const other = byFault.get(fault);
    if (other !== undefined) problems.push(`${other} and ${entry.name} both claim the planted ${fault}`);
    byFault.set(fault, entry.name);
  }
  for (const kind of IMPERFECTION_KINDS)
    if (!byFault.has(kind)) problems.push(`no check catches the planted ${kind}`);
  if (byColumn.size === 0) problems.push('no check scores eval cases');
  return problems;
}

export function buildRegistry(entries: readonly CheckEntry[]): CheckRegistry {
  const problems = registryProblems(entries);
  if (problems.length > 0) throw new Error(`The eval checks contradict each other: ${problems.join('; ')}.`);
  const scored = entries.filter((e) => e.column !== null);
  const honesty = entries.filter((e): e is HonestyCheckEntry => e.kind === 'honesty');
  return {
    evalNames: scored.map((e) => e.name),
    evalChecks: Object.fromEntries(
      scored.map((e) => [e.name, e.kind === 'case' ? e.run : onEvalCase(e.run)] as const),
    ),
    columns: Object.fromEntries(scored.map((e) => [e.name, e.column ?? ''] as const)),
    honestyNames: honesty.map((e) => e.name),
    honesty: Object.fromEntries(honesty.map((e) => [e.name, e] as const)),
    checkForImperfection: Object.fromEntries(
      IMPERFECTION_KINDS.map(
        (kind) => [kind, entries.find((e) => e.plantedFault === kind)?.name ?? ''] as const,
      ),
    ) as Record<ImperfectionKind, string>,
  };
}
