import { describe, expect, it } from 'vitest';
import { crossValidate, foldsOf, heldOutPredictions } from '../../tools/logistic.js';

const labels = Array.from({ length: 23 }, (_, i) => i % 4 === 0);

/** How many of each class every fold holds. */
function perFold(fold: readonly number[], folds: number): { positives: number[]; negatives: number[] } {
  const positives = new Array<number>(folds).fill(0);
  const negatives = new Array<number>(folds).fill(0);
  fold.forEach((k, i) => (labels[i] ? positives : negatives)[k]!++);
  return { positives, negatives };
}

describe('foldsOf', () => {
  it('deals each class round-robin in order without a seed', () => {
    expect(foldsOf([true, false, false, true, false, true], 2)).toEqual([0, 0, 1, 1, 0, 0]);
  });

  it('keeps the folds stratified whatever the seed', () => {
    for (const seed of [undefined, 1, 2, 99]) {
      const { positives, negatives } = perFold(foldsOf(labels, 5, seed), 5);
      expect(Math.max(...positives) - Math.min(...positives)).toBeLessThanOrEqual(1);
      expect(Math.max(...negatives) - Math.min(...negatives)).toBeLessThanOrEqual(1);
    }
  });

  it('draws the same folds from the same seed and other folds from another', () => {
    expect(foldsOf(labels, 5, 7)).toEqual(foldsOf(labels, 5, 7));
    expect(foldsOf(labels, 5, 7)).not.toEqual(foldsOf(labels, 5, 8));
    expect(foldsOf(labels, 5, 7)).not.toEqual(foldsOf(labels, 5));
  });
});

describe('heldOutPredictions', () => {
  const separable = labels.map((y, i) => ({ x: [y ? 2 + (i % 3) : -2 - (i % 3)], y }));

  it('predicts every example by a model fitted without it, as crossValidate counts them', () => {
    const predicted = heldOutPredictions(['x'], separable, { seed: 3 });
    expect(predicted).toEqual(labels);
    const positives = labels.filter(Boolean).length;
    expect(crossValidate(['x'], separable, { seed: 3 })).toMatchObject({ tp: positives, fn: 0, fp: 0, tn: labels.length - positives });
  });

  it('predicts nothing in a fold whose training set lacks a class', () => {
    const onePositive = [{ x: [3], y: true }, { x: [-1], y: false }, { x: [-2], y: false }, { x: [-3], y: false }];
    expect(heldOutPredictions(['x'], onePositive, { folds: 2 })[0]).toBeNull();
  });
});
