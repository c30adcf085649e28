// What each check declares about itself, once, in its own file: index.ts lists the entries, registry.ts checks them.
import type { HonestyCheck } from './honesty-check.js';
import type { Check, ImperfectionKind } from './types.js';

interface Declared<Name extends string, Column extends string | null> {
  /** snake_case: the key a suite file, a report and known-gaps.json use. */
  readonly name: Name;
  /** Its heading in the terminal table when it scores eval cases; null when only the quality harness runs it. */
  readonly column: Column;
  /** One line: the fault this check catches. */
  readonly catches: string;
  /** The imperfection a fixture case plants (case.json `kind`) that this check, and no other, must catch; null if none. */
  readonly plantedFault: ImperfectionKind | null;
}

/** A check over one eval case's outputs (every agent's JSON and the roadmap): it always scores eval cases. */
export interface CaseCheckEntry<Name extends string = string> extends Declared<Name, string> {
  readonly kind: 'case';
  readonly run: Check;
}

/**
 * An honesty check over one draft: the quality harness runs it on every offline draft, the evals too when it has a
 * column (some need what a replay lacks: roadmap.md, stdout, a start month).
 */
export interface HonestyCheckEntry<Name extends string = string, Column extends string | null = string | null>
  extends Declared<Name, Column> {
  readonly kind: 'honesty';
  readonly run: HonestyCheck;
}

export type CheckEntry = CaseCheckEntry | HonestyCheckEntry;

export function defineCheck<const Name extends string>(
  entry: Declared<Name, string> & { run: Check },
): CaseCheckEntry<Name> {
  return { kind: 'case', ...entry };
}

export function defineHonestyCheck<const Name extends string, const Column extends string | null>(
  entry: Declared<Name, Column> & { run: HonestyCheck },
): HonestyCheckEntry<Name, Column> {
  return { kind: 'honesty', ...entry };
}
