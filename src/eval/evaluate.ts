import { RULE_IDS, type RuleId } from '../checks/index.js';
import type { Status, Verdict } from '../verdict.js';
import {
  LABEL_MAPPINGS,
  OVERALL_LABEL,
  OVERALL_ROW,
  type Prediction,
  anyOf,
  type LabelMapping,
  expectedOverallViolated,
  predictionOfOverall,
  predictionOfResult,
  showsSeveralPeople,
} from './label-map.js';
import type { LabelEntry, LabelSet } from './labels.js';
import { type Confusion, balancedAccuracy, precision, recall } from './metrics.js';

/** What the checker produced for one labelled photo: its verdict, or the error that kept it from one. */
export type PhotoResult = Verdict | { readonly error: { readonly code: string; readonly message: string } };

/** Why a photo was not scored on a row; each photo counts under the first reason that applies. */
export interface NotScored {
  /** The label is null ("cannot tell"). */
  nullLabel: number;
  /** A person's label on a photo of several people: it may describe someone other than the face judged. */
  severalPeople: number;
  /** The rule was skipped (for the overall row: the verdict is indeterminate). */
  skipped: number;
  /** The rule, or the whole photo, errored. */
  error: number;
}

export interface ScoreRow {
  /** A rule id, an aggregate name such as `background (any)`, or `overall`. */
  readonly name: string;
  readonly kind: 'rule' | 'aggregate' | 'overall';
  /** The label it is scored against and the value that means "violated". */
  readonly label: string;
  /** The rules whose results make the prediction (empty for `overall`). */
  readonly rules: readonly RuleId[];
  readonly confusion: Confusion;
  readonly precision: number | null;
  readonly recall: number | null;
  readonly balancedAccuracy: number | null;
  readonly notScored: NotScored;
  /** Files predicted violated that the labels call satisfied, and the reverse. */
  readonly falsePositives: readonly string[];
  readonly falseNegatives: readonly string[];
}

export interface EvaluationReport {
  /** Photos evaluated, including those that could not be checked. */
  readonly photos: number;
  readonly photoErrors: readonly { readonly file: string; readonly code: string; readonly message: string }[];
  /** Mapped rules, each followed by its aggregate, in mapping order; then `overall`. Rules that never ran have no row. */
  readonly rows: readonly ScoreRow[];
  /** How often each rule that ran got each status, in registry order. */
  readonly statusCounts: Readonly<Partial<Record<RuleId, Readonly<Record<Status, number>>>>>;
  /** Rules that ran but that no label scores (they have status counts only). */
  readonly unmapped: readonly RuleId[];
}

/**
 * Scores verdicts against labels. Pure: `results` holds, by the labels' `file`, what the
 * checker produced for every entry of `labels.images`.
 */
export function evaluate(labels: LabelSet, results: ReadonlyMap<string, PhotoResult>): EvaluationReport {
  const photos = labels.images.map((entry) => {
    const result = results.get(entry.file);
    if (!result) throw new Error(`evaluate: no result for the labelled file ${JSON.stringify(entry.file)}`);
    return { entry, verdict: 'error' in result ? null : result, error: 'error' in result ? result.error : null };
  });
  const verdicts = photos.flatMap((photo) => (photo.verdict ? [photo.verdict] : []));
  const ran = new Set(verdicts.flatMap((verdict) => verdict.results.map((result) => result.rule)));

  const rulePrediction = (rules: readonly RuleId[]) => (verdict: Verdict | null): Prediction => {
    if (!verdict) return 'error';
    return anyOf(verdict.results.filter((result) => rules.includes(result.rule)).map(predictionOfResult));
  };
  const rows: ScoreRow[] = [];
  for (const mapping of LABEL_MAPPINGS) {
    const rules = mapping.rules.filter((rule) => ran.has(rule));
    for (const rule of rules) rows.push(scoreRow(rule, 'rule', mapping, [rule], photos, rulePrediction([rule])));
    if (mapping.aggregate && rules.length > 0) rows.push(scoreRow(mapping.aggregate, 'aggregate', mapping, rules, photos, rulePrediction(rules)));
  }
  const overall = { label: OVERALL_LABEL, violated: expectedOverallViolated, about: 'photo' } as const;
  rows.push(scoreRow(OVERALL_ROW, 'overall', overall, [], photos, (verdict) => (verdict ? predictionOfOverall(verdict.overall) : 'error')));

  const mapped = new Set<RuleId>(LABEL_MAPPINGS.flatMap((mapping) => mapping.rules));
  const ranInOrder = RULE_IDS.filter((rule) => ran.has(rule));
  return {
    photos: photos.length,
    photoErrors: photos.flatMap(({ entry, error }) => (error ? [{ file: entry.file, code: error.code, message: error.message }] : [])),
    rows,
    statusCounts: Object.fromEntries(ranInOrder.map((rule) => [rule, statusCountsOf(rule, verdicts)])),
    unmapped: ranInOrder.filter((rule) => !mapped.has(rule)),
  };
}

interface Photo {
  readonly entry: LabelEntry;
  readonly verdict: Verdict | null;
}

function scoreRow(
  name: string,
  kind: ScoreRow['kind'],
  { label, violated, about }: Pick<LabelMapping, 'label' | 'violated' | 'about'>,
  rules: readonly RuleId[],
  photos: readonly Photo[],
  predict: (verdict: Verdict | null) => Prediction,
): ScoreRow {
  const confusion: Confusion = { tp: 0, fp: 0, tn: 0, fn: 0 };
  const notScored: NotScored = { nullLabel: 0, severalPeople: 0, skipped: 0, error: 0 };
  const falsePositives: string[] = [];
  const falseNegatives: string[] = [];
  for (const { entry, verdict } of photos) {
    const truth = violated(entry);
    const prediction = predict(verdict);
    if (truth === null) notScored.nullLabel++;
    else if (about === 'person' && showsSeveralPeople(entry)) notScored.severalPeople++;
    else if (prediction === 'skipped' || prediction === 'error') notScored[prediction]++;
    else if (prediction === 'violated') {
      if (truth) confusion.tp++;
      else {
        confusion.fp++;
        falsePositives.push(entry.file);
      }
    } else if (truth) {
      confusion.fn++;
      falseNegatives.push(entry.file);
    } else confusion.tn++;
  }
  return {
    name,
    kind,
    label,
    rules,
    confusion,
    precision: precision(confusion),
    recall: recall(confusion),
    balancedAccuracy: balancedAccuracy(confusion),
    notScored,
    falsePositives,
    falseNegatives,
  };
}

function statusCountsOf(rule: RuleId, verdicts: readonly Verdict[]): Record<Status, number> {
  const counts: Record<Status, number> = { pass: 0, fail: 0, warn: 0, review: 0, error: 0, skipped: 0 };
  for (const verdict of verdicts) {
    const result = verdict.results.find((r) => r.rule === rule);
    if (result) counts[result.status]++;
  }
  return counts;
}

export interface UnmetMinimum {
  readonly name: string;
  readonly minimum: number;
  /** null when the row scored nothing or does not exist (its rule did not run). */
  readonly balancedAccuracy: number | null;
}

/** The rows whose balanced accuracy is below the minimum asked for them, or that scored nothing. */
export function unmetMinimums(report: EvaluationReport, minimums: ReadonlyMap<string, number>): UnmetMinimum[] {
  return [...minimums].flatMap(([name, minimum]) => {
    const accuracy = report.rows.find((row) => row.name === name)?.balancedAccuracy ?? null;
    return accuracy !== null && accuracy >= minimum ? [] : [{ name, minimum, balancedAccuracy: accuracy }];
  });
}
