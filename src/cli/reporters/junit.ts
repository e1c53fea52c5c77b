import type { RuleResult, Verdict } from '../../verdict.js';
import { escapeXml } from '../xml.js';
import { describeMeasurements } from './format.js';
import type { PhotoOutcome } from './outcome.js';

/**
 * JUnit XML: one testsuite per photo, one testcase per rule. fail → <failure>, error → <error>,
 * skipped → <skipped/>; warn and review pass, with a <system-out> note. A photo that could not
 * be read is a suite with one `read` testcase in error.
 */
export function formatJunit(outcomes: readonly PhotoOutcome[]): string {
  const suites = outcomes.map((outcome) => (outcome.verdict ? verdictSuite(outcome.path, outcome.verdict) : unreadableSuite(outcome.path, outcome.error)));
  const total = sumCounts(suites.map((suite) => suite.counts));
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="photolint"${countAttributes(total)}>`,
    ...suites.map((suite) => suite.xml),
    '</testsuites>',
    '',
  ].join('\n');
}

interface Counts {
  tests: number;
  failures: number;
  errors: number;
  skipped: number;
  seconds: number;
}

interface Suite {
  readonly xml: string;
  readonly counts: Counts;
}

function verdictSuite(path: string, verdict: Verdict): Suite {
  const counts: Counts = {
    tests: verdict.results.length,
    failures: countStatus(verdict.results, 'fail'),
    errors: countStatus(verdict.results, 'error'),
    skipped: countStatus(verdict.results, 'skipped'),
    seconds: (verdict.timings.total ?? 0) / 1000,
  };
  const properties = Object.entries({ profile: verdict.profile, overall: verdict.overall, version: verdict.version })
    .map(([name, value]) => `      <property name="${name}" value="${escapeXml(value)}"/>`)
    .join('\n');
  const cases = verdict.results.map((result) => testcase(path, result.rule, result.timeMs / 1000, resultBody(result)));
  return {
    counts,
    xml: [`  <testsuite name="${escapeXml(path)}"${countAttributes(counts)}>`, '    <properties>', properties, '    </properties>', ...cases, '  </testsuite>'].join('\n'),
  };
}

function unreadableSuite(path: string, error: { code: string; message: string }): Suite {
  const counts: Counts = { tests: 1, failures: 0, errors: 1, skipped: 0, seconds: 0 };
  const body = `<error type="${escapeXml(error.code)}" message="${escapeXml(error.message)}"/>`;
  return { counts, xml: [`  <testsuite name="${escapeXml(path)}"${countAttributes(counts)}>`, testcase(path, 'read', 0, body), '  </testsuite>'].join('\n') };
}

function resultBody(result: RuleResult): string | null {
  const message = escapeXml(result.message.en);
  const type = escapeXml(result.code);
  const details = escapeXml(describeMeasurements(result));
  switch (result.status) {
    case 'pass':
      return null;
    case 'fail':
      return `<failure type="${type}" message="${message}">${details}</failure>`;
    case 'error':
      return `<error type="${type}" message="${message}">${details}</error>`;
    case 'skipped':
      return `<skipped message="${message}"/>`;
    case 'warn':
    case 'review':
      return `<system-out>${escapeXml(`${result.status} (${result.code}): ${result.message.en}`)}${details ? `; ${details}` : ''}</system-out>`;
  }
}

function testcase(path: string, name: string, seconds: number, body: string | null): string {
  const open = `    <testcase classname="${escapeXml(path)}" name="${escapeXml(name)}" time="${seconds.toFixed(3)}"`;
  return body === null ? `${open}/>` : `${open}>\n      ${body}\n    </testcase>`;
}

function countStatus(results: readonly RuleResult[], status: RuleResult['status']): number {
  return results.filter((r) => r.status === status).length;
}

function sumCounts(all: readonly Counts[]): Counts {
  const total: Counts = { tests: 0, failures: 0, errors: 0, skipped: 0, seconds: 0 };
  for (const counts of all) for (const key of Object.keys(total) as (keyof Counts)[]) total[key] += counts[key];
  return total;
}

function countAttributes({ tests, failures, errors, skipped, seconds }: Counts): string {
  return ` tests="${tests}" failures="${failures}" errors="${errors}" skipped="${skipped}" time="${seconds.toFixed(3)}"`;
}
