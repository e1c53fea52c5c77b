/** A logistic model over named features, fitted by tools/calibrate-accessories.ts. */
export interface LinearModel {
  readonly features: readonly string[];
  /** Standardisation: (value - mean) / scale, per feature. */
  readonly mean: readonly number[];
  readonly scale: readonly number[];
  readonly weights: readonly number[];
  readonly bias: number;
  /** Where the coefficients came from: label, photo counts, cross-validated balanced accuracy. */
  readonly provenance?: Readonly<Record<string, string | number>>;
}

/** The model's probability that the rule is violated, 0–1. A missing or non-finite input counts as average. */
export function probabilityOf(model: LinearModel, values: readonly number[]): number {
  let z = model.bias;
  for (let j = 0; j < model.weights.length; j++) {
    const value = values[j];
    if (value !== undefined && Number.isFinite(value)) z += (model.weights[j]! * (value - model.mean[j]!)) / model.scale[j]!;
  }
  return 1 / (1 + Math.exp(-z));
}

/** The probability for named inputs, read in the model's feature order. */
export function probabilityFor(model: LinearModel, inputs: Readonly<Record<string, number>>): number {
  return probabilityOf(model, model.features.map((name) => inputs[name] ?? NaN));
}
