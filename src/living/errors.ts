// Typed errors of the living roadmap: bad actuals (with every bad row), bad decisions, bad scenarios. Exit code 2.
import { BoussoleError } from '../errors/index.js';

/** One refused row of an actuals file: its line (or item) number, the row as given, and what is wrong with it. */
export interface BadRow {
  row: number;
  text: string;
  problems: string[];
}

export class ActualsError extends BoussoleError {
  readonly rows: BadRow[];
  constructor(message: string, rows: BadRow[] = []) {
    super({ code: 'actuals_invalid', message, exitCode: 2 });
    this.name = 'ActualsError';
    this.rows = rows;
  }
}

export class DecisionError extends BoussoleError {
  constructor(message: string) {
    super({ code: 'decision_invalid', message, exitCode: 2 });
    this.name = 'DecisionError';
  }
}

export class ScenarioError extends BoussoleError {
  constructor(message: string) {
    super({ code: 'scenario_invalid', message, exitCode: 2 });
    this.name = 'ScenarioError';
  }
}
