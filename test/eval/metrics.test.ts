import { describe, expect, it } from 'vitest';
import { balancedAccuracy, confusionOf, precision, recall } from '../../src/eval/metrics.js';

describe('metrics', () => {
  it('computes precision, recall and balanced accuracy', () => {
    const confusion = { tp: 6, fp: 2, tn: 9, fn: 3 };
    expect(precision(confusion)).toBe(0.75);
    expect(recall(confusion)).toBe(2 / 3);
    expect(balancedAccuracy(confusion)).toBeCloseTo((6 / 9 + 9 / 11) / 2, 12);
  });

  it('is null where a ratio has nothing to count', () => {
    const none = { tp: 0, fp: 0, tn: 0, fn: 0 };
    expect(precision(none)).toBeNull();
    expect(recall(none)).toBeNull();
    expect(balancedAccuracy(none)).toBeNull();
  });

  it('uses the one class present for balanced accuracy', () => {
    expect(balancedAccuracy({ tp: 0, fp: 1, tn: 3, fn: 0 })).toBe(0.75);
    expect(balancedAccuracy({ tp: 2, fp: 0, tn: 0, fn: 2 })).toBe(0.5);
  });

  it('counts (truth, predicted) pairs into the four cells', () => {
    const pairs = [
      { truth: true, predicted: true },
      { truth: true, predicted: false },
      { truth: false, predicted: true },
      { truth: false, predicted: false },
      { truth: false, predicted: false },
    ];
    expect(confusionOf(pairs)).toEqual({ tp: 1, fn: 1, fp: 1, tn: 2 });
  });
});
