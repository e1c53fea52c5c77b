import type { RuleId } from '../../src/checks/index.js';
import type { LabelEntry } from '../../src/eval/labels.js';
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

/** A labels.json entry for tests: every rule satisfied, one face, expected fail, unless overridden. */
export function makeLabelEntry(file: string, labels: Partial<LabelEntry> = {}): LabelEntry {
  return {
    file,
    faces: 1,
    background_ok: true,
    background_colour: 'white',
    frontal: true,
    eyes_open: true,
    mouth_closed: true,
    glasses: false,
    headwear: false,
    earrings: false,
    necklace: false,
    hair_occludes_brows_or_eyes: false,
    hair_covers_ears: false,
    clothing_blue: false,
    clothing_patterned: false,
    heavy_retouch: false,
    expression: 'neutral',
    expected_overall: 'fail',
    notes: '',
    ...labels,
  };
}
