import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type ScoreRow } from '../src/eval/evaluate.js';
import { runEvaluation } from '../src/eval/run.js';
import { DEV_SET_DIR } from '../tools/dev-set.js';

/**
 * The whole chsi-2017 profile over the labelled dev set, scored by the project's own evaluation
 * (`photolint eval`), with no-glasses set to the notice's "no glasses at all" so the `glasses`
 * label scores it. Floors are the balanced accuracies this version reached, minus 0.03 for
 * platform noise: a change that loses accuracy fails here. They are not the targets; the
 * issues' targets and the gaps are in the README and the issue notes.
 */
const FLOORS: Readonly<Record<string, number>> = {
  'single-face': 0.955,
  'background (any)': 0.911,
  'background-color': 0.876,
  'background-uniform': 0.849,
  'background-objects': 0.872,
  'background-shadow': 0.69,
  'facing-camera': 0.788,
  'head-upright': 0.642,
  'pose (any)': 0.638,
  'eyes-open': 0.985,
  'lips-closed': 0.923,
  'natural-expression': 0.89,
  'no-glasses': 0.976,
  'no-head-covering': 0.877,
  'ears-visible': 0.83,
  'no-blue-clothing': 0.899,
  'plain-clothing': 0.846,
  'make-up/retouching (any)': 0.667,
};
const MARGIN = 0.03;
/** Rules that only ask for review when confident: each may raise at most this many false alarms. */
const CAUTIOUS = { 'no-heavy-makeup': 1, 'no-heavy-retouching': 1, 'hair-off-eyebrows': 6, 'hair-off-eyes': 3 } as const;

const labelsPath = join(DEV_SET_DIR, 'labels.json');
const present = existsSync(labelsPath);
if (!present) console.warn(`test/dev-set: no labelled dev set at ${DEV_SET_DIR} (set PHOTOLINT_DEV_SET): the accuracy floors are not checked`);

describe.skipIf(!present)('the dev set through photolint eval', () => {
  it('keeps every rule at or above the balanced accuracy it reached', { timeout: 600_000 }, async () => {
    const { report } = await runEvaluation({ labelsPath, checker: { overrides: { 'no-glasses': { params: { allowClearGlasses: false } } } } });
    const row = (name: string): ScoreRow => {
      const found = report.rows.find((r) => r.name === name);
      if (!found) throw new Error(`no row ${name} in the evaluation`);
      return found;
    };
    const reached = Object.fromEntries(Object.keys(FLOORS).map((name) => [name, row(name).balancedAccuracy]));
    console.log('dev-set balanced accuracy:', JSON.stringify(reached));
    for (const [name, floor] of Object.entries(FLOORS)) expect([name, reached[name]! >= floor - MARGIN]).toEqual([name, true]);
    for (const [name, most] of Object.entries(CAUTIOUS)) expect([name, row(name).confusion.fp <= most]).toEqual([name, true]);
    expect(report.photoErrors).toEqual([]);
    // Sunglasses must never pass (they may be skipped when the face is too turned to judge).
    const { images } = JSON.parse(await readFile(labelsPath, 'utf8')) as { images: { file: string; notes?: string }[] };
    const sunglasses = images.filter((entry) => /sunglass/i.test(entry.notes ?? '')).map((entry) => entry.file);
    expect(sunglasses.length).toBeGreaterThan(0);
    expect(row('no-glasses').falseNegatives.filter((file) => sunglasses.includes(file))).toEqual([]);
  });
});
