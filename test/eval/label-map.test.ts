import { describe, expect, it } from 'vitest';
import { CHECKS } from '../../src/checks/index.js';
import { LABEL_MAPPINGS, SCORE_ROW_NAMES, anyOf, predictionOfOverall, predictionOfResult } from '../../src/eval/label-map.js';
import type { LabelEntry } from '../../src/eval/labels.js';
import { labelsOfJudgedFace } from '../../tools/dev-set.js';
import { makeLabelEntry } from './make-verdict.js';

const byRule = (rule: string) => LABEL_MAPPINGS.find((mapping) => mapping.rules.includes(rule as never))!;

describe('label mapping', () => {
  it('maps each rule at most once, to rules that exist', () => {
    const rules = LABEL_MAPPINGS.flatMap((mapping) => mapping.rules);
    expect(new Set(rules).size).toBe(rules.length);
    const known = new Set<string>(CHECKS.map((check) => check.id));
    expect(rules.filter((rule) => !known.has(rule))).toEqual([]);
    expect(new Set(SCORE_ROW_NAMES).size).toBe(SCORE_ROW_NAMES.length);
  });

  it('reads the expression as the conventions do', () => {
    const violated = (expression: LabelEntry['expression']) => byRule('natural-expression').violated({ expression } as LabelEntry);
    expect([violated('broad_smile'), violated('other')]).toEqual([true, true]);
    expect([violated('neutral'), violated('slight_smile'), violated('smile_teeth')]).toEqual([false, false, false]);
    expect(violated(null)).toBeNull();
  });

  it('reads false fields, true fields and face counts', () => {
    expect(byRule('eyes-open').violated({ eyes_open: false } as LabelEntry)).toBe(true);
    expect(byRule('eyes-open').violated({ eyes_open: null } as LabelEntry)).toBeNull();
    expect(byRule('ears-visible').violated({ hair_covers_ears: true } as LabelEntry)).toBe(true);
    expect(byRule('single-face').violated({ faces: 0 } as LabelEntry)).toBe(true);
    expect(byRule('single-face').violated({ faces: 1 } as LabelEntry)).toBe(false);
  });

  it('turns results and overalls into predictions', () => {
    expect(predictionOfResult({ status: 'fail', code: 'too-large' })).toBe('violated');
    expect(predictionOfResult({ status: 'review', code: 'cannot-judge' })).toBe('skipped');
    expect(predictionOfResult({ status: 'pass', code: 'ok' })).toBe('satisfied');
    expect(predictionOfOverall('needs_review')).toBe('violated');
    expect(predictionOfOverall('indeterminate')).toBe('skipped');
    expect(anyOf(['satisfied', 'error', 'violated'])).toBe('violated');
    expect(anyOf(['satisfied', 'skipped', 'error'])).toBe('error');
    expect(anyOf([])).toBe('skipped');
  });

  it("reads a person's labels as unknown on a photo of several people, in eval and in the calibration tools alike", () => {
    const group = labelsOfJudgedFace(makeLabelEntry('group.jpg', { faces: 3, glasses: true, background_ok: false }));
    for (const mapping of LABEL_MAPPINGS) {
      expect(mapping.violated(group) === null, mapping.label).toBe(mapping.about === 'person');
    }
    expect(labelsOfJudgedFace(makeLabelEntry('one.jpg', { glasses: true })).glasses).toBe(true);
  });
});
