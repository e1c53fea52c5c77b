/**
 * L2-regularised logistic regression on a handful of standardised features, with classes
 * weighted to balance (few positives in the dev set), and stratified k-fold cross-validation.
 * Fitting happens here, in tools/; the checks only evaluate the fitted coefficients.
 */
import type { LinearModel } from '../src/accessories/linear-model.js';
import { probabilityOf } from '../src/accessories/linear-model.js';
import { type Confusion, confusionOf } from '../src/eval/metrics.js';

export interface Example {
  readonly x: readonly number[];
  readonly y: boolean;
}

const ITERATIONS = 2000;
const LEARNING_RATE = 0.1;

export function fitLogistic(features: readonly string[], examples: readonly Example[], lambda = 0.1): LinearModel {
  const d = features.length;
  const mean = Array.from({ length: d }, (_, j) => examples.reduce((s, e) => s + e.x[j]!, 0) / examples.length);
  const scale = mean.map((m, j) => Math.sqrt(examples.reduce((s, e) => s + (e.x[j]! - m) ** 2, 0) / examples.length) || 1);
  const z = examples.map((e) => e.x.map((v, j) => (v - mean[j]!) / scale[j]!));
  const positives = examples.filter((e) => e.y).length;
  const weightOf = (y: boolean): number => (y ? examples.length / (2 * positives) : examples.length / (2 * (examples.length - positives)));
  const weights = new Array<number>(d).fill(0);
  let bias = 0;
  for (let it = 0; it < ITERATIONS; it++) {
    const grad = new Array<number>(d).fill(0);
    let gradBias = 0;
    examples.forEach((e, i) => {
      const p = 1 / (1 + Math.exp(-(bias + z[i]!.reduce((s, v, j) => s + v * weights[j]!, 0))));
      const err = (p - (e.y ? 1 : 0)) * weightOf(e.y);
      gradBias += err;
      z[i]!.forEach((v, j) => (grad[j]! += err * v));
    });
    for (let j = 0; j < d; j++) weights[j]! -= (LEARNING_RATE * (grad[j]! / examples.length + lambda * weights[j]!));
    bias -= (LEARNING_RATE * gradBias) / examples.length;
  }
  return { features, mean, scale, weights, bias };
}

/** Stratified k-fold CV (deterministic fold assignment): each example is predicted by a model fitted without it. */
export function crossValidate(features: readonly string[], examples: readonly Example[], folds = 5, lambda = 0.1): Confusion {
  const fold = new Array<number>(examples.length);
  let pos = 0;
  let neg = 0;
  examples.forEach((e, i) => (fold[i] = e.y ? pos++ % folds : neg++ % folds));
  const pairs: { truth: boolean; predicted: boolean }[] = [];
  for (let k = 0; k < folds; k++) {
    const train = examples.filter((_, i) => fold[i] !== k);
    if (!train.some((e) => e.y) || train.every((e) => e.y)) continue;
    const model = fitLogistic(features, train, lambda);
    examples.forEach((e, i) => {
      if (fold[i] === k) pairs.push({ truth: e.y, predicted: probabilityOf(model, e.x) >= 0.5 });
    });
  }
  return confusionOf(pairs);
}
