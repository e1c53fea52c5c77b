/** Counts of a binary classification where positive means "the rule is violated". */
export interface Confusion {
  tp: number;
  fp: number;
  tn: number;
  fn: number;
}

/** The counts of (truth, predicted) pairs, both true meaning "violated". */
export function confusionOf(pairs: Iterable<{ readonly truth: boolean; readonly predicted: boolean }>): Confusion {
  const confusion: Confusion = { tp: 0, fp: 0, tn: 0, fn: 0 };
  for (const { truth, predicted } of pairs) {
    if (predicted) confusion[truth ? 'tp' : 'fp']++;
    else confusion[truth ? 'fn' : 'tn']++;
  }
  return confusion;
}

/** TP / (TP + FP); null when nothing was predicted violated. */
export function precision({ tp, fp }: Confusion): number | null {
  return ratio(tp, tp + fp);
}

/** TP / (TP + FN); null when no scored photo violates the rule. */
export function recall({ tp, fn }: Confusion): number | null {
  return ratio(tp, tp + fn);
}

/**
 * The mean of the recall of each class present: (TP/(TP+FN) + TN/(TN+FP)) / 2 when the scored
 * photos hold both, the one class's recall when they hold only one, null when nothing was scored.
 */
export function balancedAccuracy(confusion: Confusion): number | null {
  const perClass = [recall(confusion), ratio(confusion.tn, confusion.tn + confusion.fp)].filter((value): value is number => value !== null);
  return perClass.length === 0 ? null : perClass.reduce((sum, value) => sum + value, 0) / perClass.length;
}

function ratio(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : numerator / denominator;
}
