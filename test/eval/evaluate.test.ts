import { describe, expect, it } from 'vitest';
import { type PhotoResult, evaluate, unmetMinimums } from '../../src/eval/evaluate.js';
import type { LabelSet } from '../../src/eval/labels.js';
import type { RuleId } from '../../src/checks/index.js';
import type { Status } from '../../src/verdict.js';
import { makeLabelEntry, makeResult as r, makeVerdict } from './make-verdict.js';

const entry = makeLabelEntry;

const images = [
  entry('a.jpg', { background_ok: false, glasses: true }),
  entry('b.jpg', { faces: 2, expression: 'broad_smile' }),
  entry('c.jpg', { background_ok: null, expression: 'smile_teeth', expected_overall: null }),
  entry('d.jpg', { glasses: true, expression: 'other' }),
  entry('e.jpg', { background_ok: false, expression: 'slight_smile' }),
  entry('f.jpg', { background_ok: false, expected_overall: 'pass' }),
];
const labels: LabelSet = { conventions: {}, count: images.length, images };

/** A verdict with these statuses; a skipped rule is `not-implemented`, as pending rules report. */
function verdictWith(file: string, statuses: Partial<Record<RuleId, Status>>) {
  const results = Object.entries(statuses).map(([rule, status]) => r(rule as RuleId, status, status === 'skipped' ? { code: 'not-implemented' } : {}));
  return makeVerdict(file, results);
}

const results = new Map<string, PhotoResult>([
  ['a.jpg', verdictWith('a.jpg', { 'background-color': 'fail', 'background-uniform': 'pass', 'no-glasses': 'fail', 'single-face': 'pass', 'natural-expression': 'pass', 'jpeg-format': 'pass' })],
  ['b.jpg', verdictWith('b.jpg', { 'background-color': 'pass', 'background-uniform': 'warn', 'no-glasses': 'pass', 'single-face': 'fail', 'natural-expression': 'review', 'jpeg-format': 'pass' })],
  ['c.jpg', verdictWith('c.jpg', { 'background-color': 'fail', 'background-uniform': 'pass', 'no-glasses': 'skipped', 'single-face': 'pass', 'natural-expression': 'fail', 'jpeg-format': 'fail' })],
  ['d.jpg', verdictWith('d.jpg', { 'background-color': 'skipped', 'background-uniform': 'pass', 'no-glasses': 'pass', 'single-face': 'pass', 'natural-expression': 'review', 'jpeg-format': 'pass' })],
  ['e.jpg', verdictWith('e.jpg', { 'background-color': 'pass', 'background-uniform': 'pass', 'no-glasses': 'fail', 'single-face': 'pass', 'natural-expression': 'pass', 'jpeg-format': 'pass' })],
  ['f.jpg', { error: { code: 'input-not-an-image', message: 'not an image' } }],
]);

describe('evaluate', () => {
  const report = evaluate(labels, results);
  const row = (name: string) => report.rows.find((candidate) => candidate.name === name)!;

  it('has a row per mapped rule that ran, each aggregate after its rules, and overall last', () => {
    expect(report.rows.map((candidate) => candidate.name)).toEqual([
      'single-face',
      'background-color',
      'background-uniform',
      'background (any)',
      'natural-expression',
      'no-glasses',
      'overall',
    ]);
    expect(row('background (any)')).toMatchObject({ kind: 'aggregate', label: 'background_ok = false', rules: ['background-color', 'background-uniform'] });
  });

  it('scores a rule against its label, leaving null labels, skipped and errored predictions out', () => {
    expect(row('background-color')).toMatchObject({
      confusion: { tp: 1, fp: 0, tn: 1, fn: 1 },
      notScored: { nullLabel: 1, skipped: 1, error: 1 },
      precision: 1,
      recall: 0.5,
      balancedAccuracy: 0.75,
      falsePositives: [],
      falseNegatives: ['e.jpg'],
    });
  });

  it('counts warn and review as predicted violations', () => {
    expect(row('background-uniform')).toMatchObject({
      confusion: { tp: 0, fp: 1, tn: 1, fn: 2 },
      notScored: { nullLabel: 1, skipped: 0, error: 1 },
      precision: 0,
      recall: 0,
      balancedAccuracy: 0.25,
      falsePositives: ['b.jpg'],
      falseNegatives: ['a.jpg', 'e.jpg'],
    });
    expect(row('natural-expression')).toMatchObject({
      confusion: { tp: 1, fp: 1, tn: 2, fn: 0 },
      notScored: { nullLabel: 0, severalPeople: 1, skipped: 0, error: 1 },
      precision: 0.5,
      recall: 1,
      falsePositives: ['c.jpg'],
    });
    expect(row('natural-expression').balancedAccuracy).toBeCloseTo(5 / 6, 10);
  });

  it("leaves a person's labels unscored on a photo of several people, and scores the photo's labels there", () => {
    // b.jpg shows two people: its expression and glasses labels may describe the other one.
    expect(row('natural-expression').falsePositives).not.toContain('b.jpg');
    expect(row('no-glasses').notScored.severalPeople).toBe(1);
    expect(row('single-face').notScored.severalPeople).toBe(0);
    expect(row('background-uniform').falsePositives).toContain('b.jpg');
  });

  it('scores an aggregate as "any rule violated", a skipped member without a violation making it unscored', () => {
    expect(row('background (any)')).toMatchObject({
      confusion: { tp: 1, fp: 1, tn: 0, fn: 1 },
      notScored: { nullLabel: 1, skipped: 1, error: 1 },
      precision: 0.5,
      recall: 0.5,
      balancedAccuracy: 0.25,
    });
  });

  it('maps glasses = true and faces ≠ 1 to violations', () => {
    expect(row('no-glasses')).toMatchObject({ confusion: { tp: 1, fp: 1, tn: 0, fn: 1 }, notScored: { nullLabel: 0, severalPeople: 1, skipped: 1, error: 1 }, balancedAccuracy: 0.25 });
    expect(row('single-face')).toMatchObject({ confusion: { tp: 1, fp: 0, tn: 4, fn: 0 }, notScored: { nullLabel: 0, skipped: 0, error: 1 }, balancedAccuracy: 1 });
  });

  it('scores expected_overall against the verdict, indeterminate counting as skipped', () => {
    expect(row('overall')).toMatchObject({
      kind: 'overall',
      confusion: { tp: 3, fp: 0, tn: 0, fn: 0 },
      notScored: { nullLabel: 1, skipped: 1, error: 1 },
      precision: 1,
      recall: 1,
      balancedAccuracy: 1,
    });
  });

  it('gives status counts for every rule that ran and names the rules no label scores', () => {
    expect(report.unmapped).toEqual(['jpeg-format']);
    expect(report.statusCounts['jpeg-format']).toEqual({ pass: 4, fail: 1, warn: 0, review: 0, error: 0, skipped: 0 });
    expect(report.photoErrors).toEqual([{ file: 'f.jpg', code: 'input-not-an-image', message: 'not an image' }]);
    expect(report.photos).toBe(6);
  });

  it('lists the minimums that are not met, a missing or unscored row included', () => {
    const minimums = new Map([
      ['no-glasses', 0.25],
      ['background (any)', 0.3],
      ['pose (any)', 0.1],
    ]);
    expect(unmetMinimums(report, minimums)).toEqual([
      { name: 'background (any)', minimum: 0.3, balancedAccuracy: 0.25 },
      { name: 'pose (any)', minimum: 0.1, balancedAccuracy: null },
    ]);
  });

  it('refuses a labelled file without a result', () => {
    expect(() => evaluate(labels, new Map())).toThrow(/no result for the labelled file "a.jpg"/);
  });
});
