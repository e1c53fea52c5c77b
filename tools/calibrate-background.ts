/**
 * Measures the background and clothing rules on the labelled dev set and prints, per rule, the
 * balanced accuracy of a sweep of thresholds against the labels, with the confusion matrix at
 * the best threshold and at the shipped default. Per-image measurements are cached in
 * .cache/calibrate-background.json, measured anew when src/ or the labels change (or with --refresh).
 *
 *   npx tsx tools/calibrate-background.ts [--refresh] [dev-set folder, default ../shared/data/portraits-dev]
 */
import { backgroundColor } from '../src/checks/background-color.js';
import { backgroundObjects } from '../src/checks/background-objects.js';
import { backgroundShadow } from '../src/checks/background-shadow.js';
import { backgroundUniform } from '../src/checks/background-uniform.js';
import { clothingContrast } from '../src/checks/clothing-contrast.js';
import type { CheckDefinition, Finding } from '../src/checks/define.js';
import { noBlueClothing } from '../src/checks/no-blue-clothing.js';
import { plainClothing } from '../src/checks/plain-clothing.js';
import { balancedAccuracy, type Confusion, confusionOf } from '../src/eval/metrics.js';
import type { ImageContext } from '../src/context.js';
import { violationLabel } from '../src/eval/label-map.js';
import type { LabelEntry } from '../src/eval/labels.js';
import type { RuleId } from '../src/checks/index.js';
import { DEV_SET_DIR, cachedRows, devSetPresent, measureDevSet } from './dev-set.js';

const args = process.argv.slice(2);
const REFRESH = args.includes('--refresh');
const devSet = args.find((a) => !a.startsWith('--')) ?? DEV_SET_DIR;

const RULES = [backgroundColor, backgroundUniform, backgroundShadow, backgroundObjects, clothingContrast, noBlueClothing, plainClothing] as const;

export interface Row {
  file: string;
  label: LabelEntry;
  error?: string;
  /** Rule id → status, code and numeric measurements at the default parameters. */
  rules?: Record<string, { status: Finding['status']; code: string; values: Record<string, number> }>;
  /** Milliseconds of the lab, background and garment analyses and of the seven rules. */
  timeMs?: number;
}

/** The seven rules' findings at their default parameters on one photo. */
async function measureRules(context: ImageContext): Promise<Pick<Row, 'rules' | 'timeMs'>> {
  const inputs = await context.resolve(['background', 'garment', 'lab', 'rgb']);
  const start = performance.now();
  const rules: NonNullable<Row['rules']> = {};
  for (const rule of RULES as readonly CheckDefinition[]) {
    const finding = rule.judge(inputs as never, rule.params.parse({}) as never);
    const values: Record<string, number> = {};
    for (const [key, m] of Object.entries(finding.measurements ?? {})) if (typeof m.value === 'number') values[key] = m.value;
    rules[rule.id] = { status: finding.status, code: finding.code, values };
  }
  const analyses = ['lab', 'background', 'garment'].reduce((sum, id) => sum + (context.timings[id] ?? 0), 0);
  return { rules, timeMs: Math.round((analyses + performance.now() - start) * 100) / 100 };
}

/** A violation predictor: the rule's measurement against a threshold. */
interface Sweep {
  readonly title: string;
  readonly label: (l: LabelEntry) => boolean | null;
  readonly value: (row: Row) => number | null;
  readonly thresholds: readonly number[];
  readonly defaultThreshold: number;
  /** `above`: a value above the threshold predicts a violation. */
  readonly direction: 'above' | 'below';
}

function value(rule: string, key: string): (row: Row) => number | null {
  return (row) => {
    const result = row.rules?.[rule];
    if (!result || result.status === 'skipped') return null;
    return result.values[key] ?? null;
  };
}

/** The label a rule is scored against, as the evaluation reads it (src/eval/label-map.ts). */
function labelOf(rule: RuleId): (l: LabelEntry) => boolean | null {
  const violated = violationLabel(rule);
  if (!violated) throw new Error(`no label scores ${rule}`);
  return violated;
}

const range = (from: number, to: number, step: number): number[] => Array.from({ length: Math.round((to - from) / step) + 1 }, (_, i) => Math.round((from + i * step) * 1000) / 1000);
const defaults = (rule: CheckDefinition): Record<string, number> => rule.params.parse({}) as Record<string, number>;

const SWEEPS: readonly Sweep[] = [
  {
    title: 'background-color ΔE2000 vs background_colour ∈ {white, grey, blue}',
    label: (l) => (l.background_colour === null ? null : l.background_colour === 'other'),
    value: value('background-color', 'deltaE'),
    thresholds: range(4, 30, 2),
    defaultThreshold: defaults(backgroundColor).maxDeltaE as number,
    direction: 'above',
  },
  {
    title: 'background-uniform gradient ΔL* vs background_ok',
    label: labelOf('background-uniform'),
    value: value('background-uniform', 'gradient'),
    thresholds: range(4, 30, 2),
    defaultThreshold: defaults(backgroundUniform).maxGradient as number,
    direction: 'above',
  },
  {
    title: 'background-uniform residual spread L* vs background_ok',
    label: labelOf('background-uniform'),
    value: value('background-uniform', 'residualSpread'),
    thresholds: range(1, 8, 0.5),
    defaultThreshold: defaults(backgroundUniform).maxResidualSpread as number,
    direction: 'above',
  },
  {
    title: 'background-shadow share vs background_ok',
    label: labelOf('background-uniform'),
    value: value('background-shadow', 'shadowShare'),
    thresholds: range(0, 0.4, 0.05),
    defaultThreshold: defaults(backgroundShadow).maxShadowShare as number,
    direction: 'above',
  },
  {
    title: 'background-objects share vs background_ok',
    label: labelOf('background-uniform'),
    value: value('background-objects', 'objectShare'),
    thresholds: [0, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1],
    defaultThreshold: 0,
    direction: 'above',
  },
  {
    title: 'no-blue-clothing blue share vs clothing_blue',
    label: labelOf('no-blue-clothing'),
    value: value('no-blue-clothing', 'blueShare'),
    thresholds: range(0.05, 0.8, 0.05),
    defaultThreshold: defaults(noBlueClothing).maxBlueShare as number,
    direction: 'above',
  },
  {
    title: 'plain-clothing pattern contrast ΔE*ab vs clothing_patterned',
    label: labelOf('plain-clothing'),
    value: value('plain-clothing', 'patternContrast'),
    thresholds: range(2, 10, 0.5),
    defaultThreshold: defaults(plainClothing).maxPatternContrast as number,
    direction: 'above',
  },
];

/** The combined verdict of several rules at their defaults against one label. */
interface Combined {
  readonly title: string;
  readonly label: (l: LabelEntry) => boolean | null;
  readonly rules: readonly string[];
}

const COMBINED: readonly Combined[] = [
  { title: 'background rules combined (any fails) vs background_ok', label: labelOf('background-uniform'), rules: ['background-color', 'background-uniform', 'background-shadow', 'background-objects'] },
  { title: 'no-blue-clothing vs clothing_blue', label: labelOf('no-blue-clothing'), rules: ['no-blue-clothing'] },
  { title: 'plain-clothing vs clothing_patterned', label: labelOf('plain-clothing'), rules: ['plain-clothing'] },
];

const fmt = (c: Confusion): string => `TP ${c.tp} FN ${c.fn} FP ${c.fp} TN ${c.tn} → balanced accuracy ${(balancedAccuracy(c) ?? NaN).toFixed(3)}`;

const FOLDS = 5;

/** The confusion of a threshold chosen from the sweep's grid on the other folds, per fold (photo i is in fold i mod 5). */
function crossValidated(points: readonly { truth: boolean; v: number }[], sweep: Sweep): Confusion {
  const predict = (v: number, t: number): boolean => (sweep.direction === 'above' ? v > t : v < t);
  const pairs: { truth: boolean; predicted: boolean }[] = [];
  for (let fold = 0; fold < FOLDS; fold++) {
    const training = points.filter((_, i) => i % FOLDS !== fold);
    const score = (t: number): number => balancedAccuracy(confusionOf(training.map(({ truth, v }) => ({ truth, predicted: predict(v, t) })))) ?? 0;
    const chosen = sweep.thresholds.reduce((b, t) => (score(t) > score(b) ? t : b));
    for (const { truth, v } of points.filter((_, i) => i % FOLDS === fold)) pairs.push({ truth, predicted: predict(v, chosen) });
  }
  return confusionOf(pairs);
}

function report(rows: readonly Row[]): void {
  for (const sweep of SWEEPS) {
    const points = rows.flatMap((row) => {
      const truth = sweep.label(row.label);
      const v = sweep.value(row);
      return truth === null || v === null ? [] : [{ truth, v }];
    });
    const at = (t: number): Confusion => confusionOf(points.map(({ truth, v }) => ({ truth, predicted: sweep.direction === 'above' ? v > t : v < t })));
    console.log(`\n## ${sweep.title} (${points.length} photos)`);
    console.log(sweep.thresholds.map((t) => `${t}: ${(balancedAccuracy(at(t)) ?? NaN).toFixed(3)}`).join('  '));
    const best = sweep.thresholds.reduce((b, t) => ((balancedAccuracy(at(t)) ?? 0) > (balancedAccuracy(at(b)) ?? 0) ? t : b));
    console.log(`best ${best}: ${fmt(at(best))}`);
    console.log(`default ${sweep.defaultThreshold}: ${fmt(at(sweep.defaultThreshold))}`);
    console.log(`5-fold CV (threshold chosen on four folds, scored on the fifth): ${fmt(crossValidated(points, sweep))}`);
  }
  for (const combined of COMBINED) {
    const pairs = rows.flatMap((row) => {
      const truth = combined.label(row.label);
      const results = combined.rules.map((id) => row.rules?.[id]);
      if (truth === null || results.some((r) => !r || r.status === 'skipped')) return [];
      return [{ truth, predicted: results.some((r) => r!.status === 'fail') }];
    });
    const unjudged = rows.filter((row) => combined.label(row.label) !== null).length - pairs.length;
    console.log(`\n## ${combined.title}: ${fmt(confusionOf(pairs))} (${unjudged} labelled photos not judged: no face, or skipped)`);
  }
  const times = rows.flatMap((r) => (r.timeMs === undefined ? [] : [r.timeMs])).sort((a, b) => a - b);
  console.log(`\nper-image time of lab + background + garment + the 7 rules: median ${times[times.length >> 1]} ms, max ${times[times.length - 1]} ms`);
  for (const row of rows.filter((r) => r.error)) console.log(`error ${row.file}: ${row.error}`);
}

async function main(): Promise<void> {
  if (!devSetPresent(devSet)) {
    console.log(`The dev set is not at ${devSet} (no labels.json): nothing to calibrate.`);
    return;
  }
  const rows = await cachedRows('calibrate-background.json', REFRESH, async () =>
    (await measureDevSet(measureRules, devSet)).map(({ entry, value, error }): Row => ({ file: entry.file, label: entry, ...value, ...(error ? { error } : {}) })),
    devSet,
  );
  report(rows);
}

await main();
