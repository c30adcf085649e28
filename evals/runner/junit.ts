// JUnit XML for CI: one testsuite per check, one testcase per case plus one for the check's threshold.
import type { EvalReport } from './report.js';

/** XML 1.0 refuses control characters other than tab, line feed and carriage return, escaped or not. */
const allowedInXml = (char: string) => {
  const code = char.codePointAt(0) ?? 0;
  return code >= 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
};

export function xmlEscape(text: string): string {
  return [...text]
    .filter(allowedInXml)
    .join('')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

interface Testcase {
  name: string;
  classname: string;
  failure: { message: string; body: string } | null;
  error: { message: string } | null;
}

export function renderJunit(report: EvalReport): string {
  const suites: { name: string; cases: Testcase[] }[] = [];
  for (const suite of report.suites) {
    for (const check of suite.checks) {
      const classname = `${suite.name}.${check.name}`;
      const cases: Testcase[] = suite.cases.map((c) => {
        const base = { name: c.id, classname, failure: null, error: null };
        if (c.status === 'stale') {
          const agents = suite.stale
            .filter((s) => s.caseId === c.id)
            .map((s) => `${s.agent} (${s.kind}, sample ${s.sample})`);
          return { ...base, error: { message: `stale or missing cassettes: ${agents.join(', ')}` } };
        }
        if (c.status === 'error') return { ...base, error: { message: c.error ?? 'could not be scored' } };
        const result = c.checks[check.name];
        if (!result) return base;
        if (result.expectFail && result.pass) {
          return { ...base, failure: { message: 'planted fault not caught', body: result.reason } };
        }
        // A failure the threshold tolerates is not a CI failure; one that sinks the check is.
        if (!result.expectFail && !result.pass && !check.pass) {
          return { ...base, failure: { message: `score ${result.score}`, body: result.reason } };
        }
        return base;
      });
      const meanOk = check.mean >= check.threshold;
      cases.push({
        name: `threshold ${check.threshold}`,
        classname,
        failure: meanOk
          ? null
          : { message: `mean ${check.mean} under threshold ${check.threshold}`, body: '' },
        error: null,
      });
      suites.push({ name: classname, cases });
    }
  }
  const count = (cases: Testcase[], what: 'failure' | 'error') =>
    cases.filter((c) => c[what] !== null).length;
  const all = suites.flatMap((s) => s.cases);
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="boussole eval" tests="${all.length}" failures="${count(all, 'failure')}" errors="${count(all, 'error')}" time="${(report.timing.durationMs / 1000).toFixed(3)}">`,
  ];
  for (const suite of suites) {
    out.push(
      `  <testsuite name="${xmlEscape(suite.name)}" tests="${suite.cases.length}" failures="${count(suite.cases, 'failure')}" errors="${count(suite.cases, 'error')}">`,
    );
    for (const c of suite.cases) {
      const open = `    <testcase name="${xmlEscape(c.name)}" classname="${xmlEscape(c.classname)}"`;
      if (c.failure) {
        out.push(
          `${open}>`,
          `      <failure message="${xmlEscape(c.failure.message)}">${xmlEscape(c.failure.body)}</failure>`,
          '    </testcase>',
        );
      } else if (c.error) {
        out.push(`${open}>`, `      <error message="${xmlEscape(c.error.message)}"/>`, '    </testcase>');
      } else {
        out.push(`${open}/>`);
      }
    }
    out.push('  </testsuite>');
  }
  out.push('</testsuites>');
  return `${out.join('\n')}\n`;
}
