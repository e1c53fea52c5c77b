import type { RuleId } from '../../src/checks/index.js';
import type { Overall, Region, RuleResult, Status, Verdict } from '../../src/verdict.js';
import { overallOf, sortResults } from '../../src/verdict.js';

/** A rule result for tests: `code` defaults to `ok` for pass and `found` otherwise. */
export function makeResult(rule: RuleId, status: Status, extra: Partial<RuleResult> = {}): RuleResult {
  return {
    rule,
    status,
    code: status === 'pass' ? 'ok' : 'found',
    message: { en: `${rule} is ${status}`, zh: `${rule}：${status}` },
    measurements: {},
    limits: {},
    score: null,
    regions: [] as Region[],
    timeMs: 1,
    ...extra,
  };
}

/** A verdict for tests, with the overall the library would derive unless given. */
export function makeVerdict(input: string, results: readonly RuleResult[], overall?: Overall): Verdict {
  return {
    input,
    profile: 'chsi-2017',
    overall: overall ?? overallOf(results),
    results: sortResults(results),
    image: { format: 'jpeg', width: 480, height: 640, byteSize: 30_000 },
    timings: { read: 1, rules: 2, total: 12 },
    version: '0.1.0',
    models: {},
  };
}
