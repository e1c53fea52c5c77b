/**
 * Calibrates the accessory rules on the labelled dev set (../shared/data/portraits-dev, or
 * $PHOTOLINT_DEV_SET): dumps features per photo to .cache/accessory-features.json, fits one
 * logistic model per rule, prints 5-fold cross-validated balanced accuracy and confusion
 * matrices, and its mean and range over N shuffled fold draws (20 unless --seeds N), and with
 * --write stores the coefficients fitted on all photos, with those numbers, in
 * src/accessories/fitted-models.ts. With --photos ID it lists, for model ID, how often each photo
 * was called violated over those draws (the positives, and every photo called so at least once).
 * The photos never leave ../shared.
 *
 *   npx tsx tools/calibrate-accessories.ts [--refresh] [--seeds N] [--photos ID] [--write]
 */
import { writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type LabelName, type Row, loadRows } from './accessory-dataset.js';
import { balancedAccuracy } from '../src/eval/metrics.js';
import { type Example, crossValidate, fitLogistic, heldOutPredictions, repeatedCrossValidation } from './logistic.js';
import { DEV_SET_DIR, devSetPresent } from './dev-set.js';

/** Each fitted model: the label it predicts and the flat feature prefix its inputs live under. */
export const MODELS = {
  glasses: { label: 'glasses', prefix: 'glassesModel' },
  headCovering: { label: 'headwear', prefix: 'headModel' },
  hairOverBrows: { label: 'hair_occludes_brows_or_eyes', prefix: 'browsModel' },
  hairOverEyes: { label: 'hair_occludes_brows_or_eyes', prefix: 'eyesModel' },
  earCovered: { label: 'hair_covers_ears', prefix: 'earsModel' },
  earrings: { label: 'earrings', prefix: 'earringModel' },
  necklace: { label: 'necklace', prefix: 'necklaceModel' },
} as const satisfies Record<string, { label: LabelName; prefix: string }>;

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUTPUT = join(ROOT, 'src', 'accessories', 'fitted-models.ts');

export function examplesFor(rows: readonly Row[], label: LabelName, prefix: string) {
  const names = Object.keys(rows.find((r) => !r.error)?.features ?? {}).filter((k) => k.startsWith(`${prefix}.`));
  const examples: Example[] = [];
  const files: string[] = [];
  for (const row of rows) {
    const y = row.labels[label];
    if (row.error || y === null) continue;
    const x = names.map((n) => row.features[n]);
    if (x.some((v) => v === undefined || v === null || !Number.isFinite(v))) continue;
    examples.push({ x: x as number[], y });
    files.push(row.file);
  }
  return { names: names.map((n) => n.slice(prefix.length + 1)), examples, files };
}

async function main(): Promise<void> {
  if (!devSetPresent()) {
    console.error(`The dev set is not at ${DEV_SET_DIR} (set PHOTOLINT_DEV_SET): nothing to calibrate.`);
    process.exitCode = 2;
    return;
  }
  const rows = await loadRows(process.argv.includes('--refresh'));
  const draws = foldDraws(process.argv) ?? PROVENANCE_DRAWS;
  const listed = optionValue(process.argv, '--photos');
  if (listed !== undefined && !(listed in MODELS)) throw new Error(`--photos takes one of ${Object.keys(MODELS).join(', ')}, not ${listed}`);
  const fitted: Record<string, unknown> = {};
  for (const [id, { label, prefix }] of Object.entries(MODELS)) {
    const { names, examples, files } = examplesFor(rows, label, prefix);
    const cv = crossValidate(names, examples);
    const cvAccuracy = balancedAccuracy(cv) ?? NaN;
    const model = fitLogistic(names, examples);
    const { mean, min, max } = repeatedCrossValidation(names, examples, draws);
    fitted[id] = {
      ...model,
      provenance: { label, photos: examples.length, positives: examples.filter((e) => e.y).length, cvBalancedAccuracy: round(cvAccuracy), cvDraws: draws, cvMean: round(mean), cvWorst: round(min) },
    };
    console.log(`${id.padEnd(14)} label=${label} n=${examples.length} CV balanced accuracy ${cvAccuracy.toFixed(3)}  tp=${cv.tp} fn=${cv.fn} fp=${cv.fp} tn=${cv.tn}`);
    console.log(`${''.padEnd(14)} over ${draws} fold draws: mean ${mean.toFixed(3)}, range ${min.toFixed(3)}–${max.toFixed(3)}`);
    if (id === listed) printCalledViolated(names, examples, files, draws);
  }
  if (process.argv.includes('--write')) {
    const header = `/**\n * Logistic models of the accessory rules, fitted by tools/calibrate-accessories.ts on the\n * ${rows.length}-photo dev set (portraits-dev, ${new Date().toISOString().slice(0, 10)}); 5-fold CV numbers in each provenance.\n * Generated: do not edit by hand.\n */\n`;
    await writeFile(OUTPUT, `${header}import type { LinearModel } from './linear-model.js';\n\nexport const FITTED = ${JSON.stringify(fitted, (_, v: unknown) => (typeof v === 'number' ? round(v) : v), 2)} as const satisfies Record<string, LinearModel>;\n`);
    console.log(`wrote ${OUTPUT}`);
  }
}

/**
 * How many fold draws the CV is repeated over by default. With a handful of positives one
 * draw's balanced accuracy moves by 0.05 or more; the rules gate on the worst of these draws.
 */
const PROVENANCE_DRAWS = 20;

/** The word after `option` (undefined without the option). */
function optionValue(argv: readonly string[], option: string): string | undefined {
  const at = argv.indexOf(option);
  return at < 0 ? undefined : String(argv[at + 1]);
}

/** N of `--seeds N` (undefined without it). */
function foldDraws(argv: readonly string[]): number | undefined {
  const value = optionValue(argv, '--seeds');
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`--seeds takes a positive whole number, not ${value}`);
  return n;
}

/**
 * How often each photo was called violated over the fold draws, positives first: on a handful
 * of positives a change in the CV numbers is often one photo, and this names it.
 */
function printCalledViolated(names: readonly string[], examples: readonly Example[], files: readonly string[], draws: number): void {
  const called = new Array<number>(examples.length).fill(0);
  for (let seed = 1; seed <= draws; seed++) heldOutPredictions(names, examples, { seed }).forEach((p, i) => (called[i]! += p ? 1 : 0));
  const listed = examples.map((e, i) => ({ file: files[i]!, positive: e.y, rate: called[i]! / draws })).filter((p) => p.positive || p.rate > 0);
  listed.sort((a, b) => Number(b.positive) - Number(a.positive) || b.rate - a.rate);
  for (const p of listed) console.log(`${''.padEnd(14)} label ${p.positive ? 'yes' : 'no '} ${p.file.padEnd(28)} called violated in ${(100 * p.rate).toFixed(0)} % of draws`);
}

function round(v: number): number {
  return Math.round(v * 1e4) / 1e4;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
