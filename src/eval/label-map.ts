import type { RuleId } from '../checks/index.js';
import type { Overall, RuleResult } from '../verdict.js';
import type { LabelEntry } from './labels.js';

/**
 * How the labels of a labelled set score the rules. "Positive" always means "the rule is
 * violated" (the check should fail). A label of null means "cannot tell" and is not scored.
 */
export interface LabelMapping {
  /** The label field and how it reads, as shown in reports, e.g. `background_ok = false`. */
  readonly label: string;
  /** true: the labels say the rule is violated; false: satisfied; null: not scored. */
  readonly violated: (entry: LabelEntry) => boolean | null;
  /** Each rule is scored against the label on its own. */
  readonly rules: readonly RuleId[];
  /** With several rules: the name of a row scoring "any of them violated" against the label. */
  readonly aggregate?: string;
  /**
   * What the label describes: the whole photo, or one person. When a photo shows several
   * people, a person's labels describe the subject named in the notes, who need not be the
   * face the checker judges, so they are not scored there.
   */
  readonly about: 'photo' | 'person';
}

type FlagField = { [K in keyof LabelEntry]: LabelEntry[K] extends boolean | null ? K : never }[keyof LabelEntry];

function whenTrue(field: FlagField): Pick<LabelMapping, 'label' | 'violated'> {
  return { label: `${field} = true`, violated: (entry) => entry[field] };
}

function whenFalse(field: FlagField): Pick<LabelMapping, 'label' | 'violated'> {
  return { label: `${field} = false`, violated: (entry) => (entry[field] === null ? null : !entry[field]) };
}

/** The expressions the set's conventions count as violating the natural-expression rule. */
const UNNATURAL_EXPRESSIONS: ReadonlySet<LabelEntry['expression']> = new Set(['broad_smile', 'other'] as const);

export const LABEL_MAPPINGS: readonly LabelMapping[] = [
  { label: 'faces ≠ 1', violated: (entry) => (entry.faces === null ? null : entry.faces !== 1), rules: ['single-face'], about: 'photo' },
  { ...whenFalse('background_ok'), rules: ['background-color', 'background-uniform', 'background-shadow', 'background-objects'], aggregate: 'background (any)', about: 'photo' },
  { ...whenFalse('frontal'), rules: ['facing-camera', 'head-upright', 'eyes-level'], aggregate: 'pose (any)', about: 'person' },
  { ...whenFalse('eyes_open'), rules: ['eyes-open'], about: 'person' },
  { ...whenFalse('mouth_closed'), rules: ['lips-closed'], about: 'person' },
  {
    label: 'expression ∈ {broad_smile, other}',
    violated: (entry) => (entry.expression === null ? null : UNNATURAL_EXPRESSIONS.has(entry.expression)),
    rules: ['natural-expression'],
    about: 'person',
  },
  { ...whenTrue('glasses'), rules: ['no-glasses'], about: 'person' },
  { ...whenTrue('headwear'), rules: ['no-head-covering'], about: 'person' },
  { ...whenTrue('earrings'), rules: ['no-earrings'], about: 'person' },
  { ...whenTrue('necklace'), rules: ['no-necklace'], about: 'person' },
  { ...whenTrue('hair_occludes_brows_or_eyes'), rules: ['hair-off-eyebrows', 'hair-off-eyes'], aggregate: 'hair over brows/eyes (any)', about: 'person' },
  { ...whenTrue('hair_covers_ears'), rules: ['ears-visible'], about: 'person' },
  { ...whenTrue('clothing_blue'), rules: ['no-blue-clothing'], about: 'person' },
  { ...whenTrue('clothing_patterned'), rules: ['plain-clothing'], about: 'person' },
  { ...whenTrue('heavy_retouch'), rules: ['no-heavy-makeup', 'no-heavy-retouching'], aggregate: 'make-up/retouching (any)', about: 'person' },
];

/** A photo of several people, whose person labels describe a subject named only in the notes. */
export function showsSeveralPeople(entry: LabelEntry): boolean {
  return entry.faces !== null && entry.faces > 1;
}

/** How the labels say whether `rule` is violated (as the evaluation scores it); null for a rule no label scores. */
export function violationLabel(rule: RuleId): LabelMapping['violated'] | null {
  return LABEL_MAPPINGS.find((mapping) => mapping.rules.includes(rule))?.violated ?? null;
}

/** The whole-photo row: the labelled expected_overall against the Verdict's overall. */
export const OVERALL_ROW = 'overall';
export const OVERALL_LABEL = 'expected_overall = fail';

export function expectedOverallViolated(entry: LabelEntry): boolean | null {
  return entry.expected_overall === null ? null : entry.expected_overall === 'fail';
}

/** Every name a score row can have: mapped rule ids, aggregate names and `overall`. */
export const SCORE_ROW_NAMES: readonly string[] = [
  ...LABEL_MAPPINGS.flatMap((mapping) => [...mapping.rules, ...(mapping.aggregate ? [mapping.aggregate] : [])]),
  OVERALL_ROW,
];

/** What the checker said, as scored: only `violated` and `satisfied` are compared with a label. */
export type Prediction = 'violated' | 'satisfied' | 'skipped' | 'error';

/** Skip codes that a check may return with a violation status when it could not really judge. */
const UNJUDGED_CODES = new Set(['not-implemented', 'cannot-judge']);

/** fail, warn and review are violations (the severity only says how bad); pass is not; skipped and error are not scored. */
export function predictionOfResult(result: Pick<RuleResult, 'status' | 'code'>): Prediction {
  switch (result.status) {
    case 'pass':
      return 'satisfied';
    case 'error':
      return 'error';
    case 'skipped':
      return 'skipped';
    default:
      return UNJUDGED_CODES.has(result.code) ? 'skipped' : 'violated';
  }
}

/** non_compliant and needs_review count as "fail"; indeterminate is not scored (counted as skipped). */
export function predictionOfOverall(overall: Overall): Prediction {
  if (overall === 'compliant') return 'satisfied';
  return overall === 'indeterminate' ? 'skipped' : 'violated';
}

/** "Any violated": violated if one member is, else error, else skipped, else satisfied; skipped when there are none. */
export function anyOf(predictions: readonly Prediction[]): Prediction {
  if (predictions.length === 0) return 'skipped';
  for (const outcome of ['violated', 'error', 'skipped'] as const) if (predictions.includes(outcome)) return outcome;
  return 'satisfied';
}
