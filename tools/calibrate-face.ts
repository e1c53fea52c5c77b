/**
 * Measures the face analyses on the labelled dev set and prints, per face rule, the balanced
 * accuracy of a sweep of thresholds against the labels, with the confusion matrix at the best
 * and at the shipped default. Per-image measurements go to .cache/calibrate-face.json.
 *
 *   npx tsx tools/calibrate-face.ts [dev-set folder, default ../shared/data/portraits-dev]
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ModelRuntime } from '../src/runtime/models.js';
import { eyeOpening, gazeOffset, lipGap } from '../src/checks/face-measures.js';
import { boxArea } from '../src/analyses/geometry.js';
import { MESH } from '../src/analyses/landmarks.js';
import { distance } from '../src/analyses/geometry.js';
import { DEV_SET_DIR, openPhoto } from './dev-set.js';

const DEV_DIR = process.argv[2] ?? DEV_SET_DIR;
const OUT = join(import.meta.dirname, '..', '.cache', 'calibrate-face.json');

interface Label {
  file: string;
  faces: number;
  eyes_open: boolean | null;
  mouth_closed: boolean | null;
  frontal: boolean | null;
  expression: string | null;
}

export interface Row {
  file: string;
  label: Label;
  error?: string;
  faces?: { score: number; relativeArea: number; width: number }[];
  meshScore?: number;
  yaw?: number;
  pitch?: number;
  roll?: number;
  eyeOpening?: { right: number; left: number };
  meshEyeOpening?: { right: number; left: number };
  lipGap?: number;
  gaze?: { horizontal: number; vertical: number };
  emotion?: Record<string, number>;
  mesh?: number[][];
  box?: { x: number; y: number; width: number; height: number };
}

async function measure(): Promise<Row[]> {
  const labels = JSON.parse(await readFile(join(DEV_DIR, 'labels.json'), 'utf8')) as { images: Label[] };
  const models = new ModelRuntime({ threads: 1 });
  const rows: Row[] = [];
  for (const label of labels.images) {
    const path = join(DEV_DIR, 'img', label.file);
    const row: Row = { file: label.file, label };
    try {
      const context = await openPhoto(path, models);
      const { faces } = await context.get('faces');
      const largest = faces[0] ? boxArea(faces[0].box) : 1;
      row.faces = faces.map((f) => ({ score: f.score, relativeArea: boxArea(f.box) / largest, width: f.box.width }));
      const mesh = await context.get('mesh');
      const pose = await context.get('pose');
      const irises = await context.get('irises');
      const emotion = await context.get('expression');
      const p = (i: number) => [mesh.points[i]![0], mesh.points[i]![1]] as const;
      const meshOpening = (eye: { outer: number; inner: number; upper: number; lower: number }) => distance(p(eye.upper), p(eye.lower)) / distance(p(eye.outer), p(eye.inner));
      Object.assign(row, {
        meshScore: mesh.score,
        ...pose,
        eyeOpening: { right: eyeOpening(irises.right), left: eyeOpening(irises.left) },
        meshEyeOpening: { right: meshOpening(MESH.rightEye), left: meshOpening(MESH.leftEye) },
        lipGap: lipGap(mesh),
        gaze: gazeOffset(irises),
        emotion: emotion.probabilities,
        mesh: mesh.points.map((q) => q.map((v) => Math.round(v * 10) / 10)),
        box: mesh.face.box,
      });
    } catch (error) {
      row.error = error instanceof Error ? error.message : String(error);
    }
    rows.push(row);
  }
  await models.dispose();
  return rows;
}

interface Confusion {
  tp: number;
  fn: number;
  fp: number;
  tn: number;
}

/** Positive = the rule passes (the label's "good" value). */
export function confusion(pairs: readonly { truth: boolean; predicted: boolean }[]): Confusion {
  const c = { tp: 0, fn: 0, fp: 0, tn: 0 };
  for (const { truth, predicted } of pairs) {
    if (truth && predicted) c.tp++;
    else if (truth) c.fn++;
    else if (predicted) c.fp++;
    else c.tn++;
  }
  return c;
}

export function balancedAccuracy(c: Confusion): number {
  const recall = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 1;
  const specificity = c.tn + c.fp ? c.tn / (c.tn + c.fp) : 1;
  return (recall + specificity) / 2;
}

const fmt = (c: Confusion): string => {
  const precision = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 1;
  const recall = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 1;
  return `pass→pass ${c.tp}  pass→fail ${c.fn}  fail→pass ${c.fp}  fail→fail ${c.tn}  precision ${precision.toFixed(3)}  recall ${recall.toFixed(3)}  BA ${balancedAccuracy(c).toFixed(3)}`;
};

/** Sweeps `thresholds` of a rule "passes when value <= t" (or >= t) and prints the balanced accuracy. */
function sweep(name: string, rows: Row[], truth: (r: Row) => boolean | null, value: (r: Row) => number | null, thresholds: number[], passBelow: boolean, shipped: number): void {
  const usable = rows.flatMap((r) => {
    const t = truth(r);
    const v = r.error ? null : value(r);
    return t === null || v === null ? [] : [{ truth: t, value: v }];
  });
  const at = (t: number) => confusion(usable.map((u) => ({ truth: u.truth, predicted: passBelow ? u.value <= t : u.value >= t })));
  const results = thresholds.map((t) => ({ t, c: at(t) }));
  const best = results.reduce((a, b) => (balancedAccuracy(b.c) > balancedAccuracy(a.c) ? b : a));
  console.log(`\n## ${name} (${usable.length} labelled images; passes when value ${passBelow ? '≤' : '≥'} t)`);
  console.log(results.map(({ t, c }) => `${+t.toFixed(4)}:${balancedAccuracy(c).toFixed(3)}`).join('  '));
  console.log(`best t=${+best.t.toFixed(4)}: ${fmt(best.c)}`);
  console.log(`shipped t=${shipped}: ${fmt(at(shipped))}`);
}

const range = (from: number, to: number, step: number): number[] => Array.from({ length: Math.round((to - from) / step) + 1 }, (_, i) => from + i * step);

async function main(): Promise<void> {
  if (!existsSync(join(DEV_DIR, 'labels.json'))) {
    console.error(`The dev set is absent: ${DEV_DIR}/labels.json not found; nothing to calibrate.`);
    process.exitCode = 1;
    return;
  }
  const rows = await measure();
  await mkdir(join(OUT, '..'), { recursive: true });
  await writeFile(OUT, JSON.stringify(rows, null, 1));
  console.log(`${rows.length} images measured → ${OUT}; analysis errors: ${rows.filter((r) => r.error).map((r) => `${r.file} (${r.error})`).join(', ') || 'none'}`);
  const faceCount = (minScore: number, minArea: number) => (r: Row) => r.faces ? r.faces.filter((f) => f.score >= minScore && f.relativeArea >= minArea).length : 0;
  sweep('single-face: score floor (relative area ≥ 0.02)', rows, (r) => r.label.faces === 1, (r) => faceCount(0, 0.02)(r) === 1 ? 1 : 0, [1], false, 1);
  for (const s of [0.5, 0.6, 0.7, 0.75, 0.8]) {
    const c = confusion(rows.map((r) => ({ truth: r.label.faces === 1, predicted: r.faces !== undefined && faceCount(s, 0)(r) === 1 })));
    console.log(`single-face minScore ${s}: ${fmt(c)}`);
  }
  const minOpen = (r: Row) => (r.eyeOpening ? Math.min(r.eyeOpening.right, r.eyeOpening.left) : null);
  sweep('eyes-open: min eye opening (iris model)', rows, (r) => r.label.eyes_open, minOpen, range(0.1, 0.4, 0.02), false, 0.2);
  sweep('eyes-open: min eye opening (mesh)', rows, (r) => r.label.eyes_open, (r) => (r.meshEyeOpening ? Math.min(r.meshEyeOpening.right, r.meshEyeOpening.left) : null), range(0.1, 0.4, 0.02), false, 0.2);
  sweep('lips-closed: inner-lip gap / mouth width', rows, (r) => r.label.mouth_closed, (r) => r.lipGap ?? null, range(0.01, 0.15, 0.005), true, 0.065);
  sweep('frontal: |yaw|', rows, (r) => r.label.frontal, (r) => (r.yaw === undefined ? null : Math.abs(r.yaw)), range(2, 30, 1), true, 5);
  sweep('frontal: |pitch|', rows, (r) => r.label.frontal, (r) => (r.pitch === undefined ? null : Math.abs(r.pitch)), range(2, 30, 1), true, 5);
  sweep('frontal: |roll|', rows, (r) => r.label.frontal, (r) => (r.roll === undefined ? null : Math.abs(r.roll)), range(2, 30, 1), true, 8);
  const natural = (r: Row) => (r.label.expression === null || r.label.expression === 'unknown' ? null : r.label.expression === 'neutral' || r.label.expression === 'slight_smile');
  sweep('natural-expression: happy probability', rows, natural, (r) => r.emotion?.happy ?? null, range(0.1, 0.95, 0.05), true, 0.5);
  sweep('natural-expression: lip gap', rows, natural, (r) => r.lipGap ?? null, range(0.01, 0.15, 0.005), true, 0.065);
}

await main();
