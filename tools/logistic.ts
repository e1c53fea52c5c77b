/**
 * L2-regularised logistic regression on a handful of standardised features, with classes
 * weighted to balance (few positives in the dev set), and stratified k-fold cross-validation.
 * Fitting happens here, in tools/; the checks only evaluate the fitted coefficients.
 */
import type { LinearModel } from '../src/accessories/linear-model.js';
import { probabilityOf } from '../src/accessories/linear-model.js';
import { type Confusion, balancedAccuracy, confusionOf } from '../src/eval/metrics.js';

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

/**
 * Stratified assignment of examples to `folds` folds: each class is dealt round-robin in the
 * examples' order or, with a `seed`, in an order shuffled by it (one of many equally fair draws).
 */
export function foldsOf(labels: readonly boolean[], folds: number, seed?: number): number[] {
  const order = labels.map((_, i) => i);
  if (seed !== undefined) shuffle(order, seeded(seed));
  const fold = new Array<number>(labels.length);
  const dealt = { positive: 0, negative: 0 };
  for (const i of order) fold[i] = (labels[i] ? dealt.positive++ : dealt.negative++) % folds;
  return fold;
}

/**
 * Stratified k-fold CV (folds from `foldsOf`): for each example, whether a model fitted without
 * its fold calls it positive; null when its fold's training set lacks a class (not predicted).
 */
export function heldOutPredictions(features: readonly string[], examples: readonly Example[], { folds = 5, lambda = 0.1, seed }: { folds?: number; lambda?: number; seed?: number } = {}): (boolean | null)[] {
  const fold = foldsOf(examples.map((e) => e.y), folds, seed);
  const predicted = new Array<boolean | null>(examples.length).fill(null);
  for (let k = 0; k < folds; k++) {
    const train = examples.filter((_, i) => fold[i] !== k);
    if (!train.some((e) => e.y) || train.every((e) => e.y)) continue;
    const model = fitLogistic(features, train, lambda);
    examples.forEach((e, i) => {
      if (fold[i] === k) predicted[i] = probabilityOf(model, e.x) >= 0.5;
    });
  }
  return predicted;
}

/** The confusion of `heldOutPredictions`: each example predicted by a model fitted without it. */
export function crossValidate(features: readonly string[], examples: readonly Example[], options: { folds?: number; lambda?: number; seed?: number } = {}): Confusion {
  const predicted = heldOutPredictions(features, examples, options);
  return confusionOf(examples.flatMap((e, i) => (predicted[i] === null ? [] : [{ truth: e.y, predicted: predicted[i]! }])));
}

/**
 * Balanced accuracy of `crossValidate` over `draws` fold shuffles (seeds 1…draws): on a few
 * positives one draw of folds can move it by several points, so the mean and range say more.
 */
export function repeatedCrossValidation(features: readonly string[], examples: readonly Example[], draws: number): { mean: number; min: number; max: number } {
  const scores = Array.from({ length: draws }, (_, k) => balancedAccuracy(crossValidate(features, examples, { seed: k + 1 })) ?? NaN);
  return { mean: scores.reduce((s, v) => s + v, 0) / draws, min: Math.min(...scores), max: Math.max(...scores) };
}

/** Fisher–Yates, in place. */
function shuffle(items: number[], random: () => number): void {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
}

/** A small seeded generator (mulberry32) in [0, 1), so a seed always draws the same folds. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
