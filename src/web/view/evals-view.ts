// An eval report → the Evals page: a cases × checks matrix per suite, failing cases first, deltas and stale cassettes.
import type { EvalReport } from '../../../evals/runner/report.js';

export interface EvalsView {
  path: string;
  passed: boolean;
  suites: {
    name: string;
    checks: { name: string }[];
    cases: {
      id: string;
      error: string | null;
      failing: boolean;
      cells: { state: string; label: string; reason: string }[];
    }[];
    stale: { caseId: string; agent: string; kind: string; templates: string }[];
  }[];
  moves: {
    check: string;
    caseId: string | null;
    before: string;
    after: string;
    delta: string;
    worse: boolean;
  }[];
}

const score = (value: number | null) => (value === null ? '—' : value.toFixed(2));

export function evalsView(
  report: EvalReport,
  path: string,
  templatesOf: (agent: string) => string[],
): EvalsView {
  return {
    path,
    passed: report.passed,
    suites: report.suites.map((suite) => {
      const checks = suite.checks.map((check) => check.name);
      const cases = suite.cases.map((item) => {
        const cells = checks.map((name) => {
          const result = item.checks[name];
          if (!result) return { state: 'none', label: '·', reason: item.error ?? '' };
          const state = result.expectFail
            ? result.pass
              ? 'missed'
              : 'caught'
            : result.pass
              ? 'pass'
              : 'fail';
          return { state, label: state === 'missed' ? '?' : result.pass ? '✓' : '✗', reason: result.reason };
        });
        const failing =
          item.status !== 'scored' || cells.some((cell) => cell.state === 'fail' || cell.state === 'missed');
        return { id: item.id, error: item.error, failing, cells };
      });
      // Failures first, then by id: what needs attention is at the top.
      cases.sort((a, b) => Number(b.failing) - Number(a.failing) || a.id.localeCompare(b.id));
      return {
        name: suite.name,
        checks: checks.map((name) => ({ name })),
        cases,
        stale: suite.stale.map((call) => ({
          caseId: call.caseId,
          agent: call.agent,
          kind: call.kind,
          templates: templatesOf(call.agent).join(', '),
        })),
      };
    }),
    moves: (report.baseline?.moves ?? []).map((move) => ({
      check: move.check,
      caseId: move.caseId,
      before: score(move.before),
      after: score(move.after),
      delta: move.delta === null ? '—' : `${move.delta > 0 ? '+' : ''}${move.delta.toFixed(2)}`,
      worse: (move.delta ?? 0) < 0 || (move.passBefore === true && move.passAfter === false),
    })),
  };
}
