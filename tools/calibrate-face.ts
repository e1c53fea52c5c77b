/**
 * Measures the face analyses on the labelled dev set and prints, per face rule, the balanced
 * accuracy of a sweep of thresholds against the labels, with the confusion matrix at the best
 * and at the shipped default. Per-image measurements go to .cache/calibrate-face.json (measured anew on every run).
 *
 *   npx tsx tools/calibrate-face.ts [dev-set folder, default ../shared/data/portraits-dev]
 */
import type { ImageContext } from '../src/context.js';
import { violationLabel } from '../src/eval/label-map.js';
import { type Confusion, balancedAccuracy, confusionOf, precision, recall } from '../src/eval/metrics.js';
import type { LabelEntry } from '../src/eval/labels.js';
import { eyeOpening, gazeOffset, lipGap } from '../src/checks/face-measures.js';
import { eyeDetail } from '../src/checks/eye-detail.js';
import { EYE_LIMITS } from '../src/checks/eyes-open.js';
import { boxArea } from '../src/analyses/geometry.js';
import { MESH, meshPoint } from '../src/analyses/landmarks.js';
import { distance } from '../src/analyses/geometry.js';
import { DEV_SET_DIR, cachedRows, devSetPresent, measureDevSet } from './dev-set.js';

const DEV_DIR = process.argv[2] ?? DEV_SET_DIR;

export interface Row {
  file: string;
  label: LabelEntry;
  error?: string;
  faces?: { score: number; relativeArea: number; width: number }[];
  meshScore?: number;
  yaw?: number;
  pitch?: number;
  roll?: number;
  eyeOpening?: { right: number; left: number };
  /** Detail between the lids (eyeDetail), which eyes-open reads for narrow eyes. */
  eyeDetail?: { right: number; left: number };
  meshEyeOpening?: { right: number; left: number };
  lipGap?: number;
  gaze?: { horizontal: number; vertical: number };
  emotion?: Record<string, number>;
  mesh?: number[][];
  box?: { x: number; y: number; width: number; height: number };
}

/** The face measurements of one photo. */
async function measureFace(context: ImageContext): Promise<Omit<Row, 'file' | 'label' | 'error'>> {
  const { faces } = await context.get('faces');
  const largest = faces[0] ? boxArea(faces[0].box) : 1;
  const measured: Omit<Row, 'file' | 'label' | 'error'> = { faces: faces.map((f) => ({ score: f.score, relativeArea: boxArea(f.box) / largest, width: f.box.width })) };
  const mesh = await context.get('mesh');
  const pose = await context.get('pose');
  const irises = await context.get('irises');
  const rgb = await context.get('rgb');
  const emotion = await context.get('expression');
  const p = (i: number) => meshPoint(mesh.points, i);
  const meshOpening = (eye: { outer: number; inner: number; upper: number; lower: number }) => distance(p(eye.upper), p(eye.lower)) / distance(p(eye.outer), p(eye.inner));
  return {
    ...measured,
    meshScore: mesh.score,
    ...pose,
    eyeOpening: { right: eyeOpening(irises.right), left: eyeOpening(irises.left) },
    eyeDetail: { right: eyeDetail(rgb, irises.right), left: eyeDetail(rgb, irises.left) },
    meshEyeOpening: { right: meshOpening(MESH.rightEye), left: meshOpening(MESH.leftEye) },
    lipGap: lipGap(mesh),
    gaze: gazeOffset(irises),
    emotion: emotion.probabilities,
    mesh: mesh.points.map((q) => q.map((v) => Math.round(v * 10) / 10)),
    box: mesh.face.box,
  };
}

/** Here "positive" is the label's good value: the rule passes. */
const accuracy = (c: Confusion): number => balancedAccuracy(c) ?? NaN;
const fmt = (c: Confusion): string =>
  `pass→pass ${c.tp}  pass→fail ${c.fn}  fail→pass ${c.fp}  fail→fail ${c.tn}  precision ${(precision(c) ?? NaN).toFixed(3)}  recall ${(recall(c) ?? NaN).toFixed(3)}  BA ${accuracy(c).toFixed(3)}`;

/** Sweeps `thresholds` of a rule "passes when value <= t" (or >= t) and prints the balanced accuracy. */
function sweep(name: string, rows: Row[], truth: (r: Row) => boolean | null, value: (r: Row) => number | null, thresholds: number[], passBelow: boolean, shipped: number): void {
  const usable = rows.flatMap((r) => {
    const t = truth(r);
    const v = r.error ? null : value(r);
    return t === null || v === null ? [] : [{ truth: t, value: v }];
  });
  const at = (t: number) => confusionOf(usable.map((u) => ({ truth: u.truth, predicted: passBelow ? u.value <= t : u.value >= t })));
  const results = thresholds.map((t) => ({ t, c: at(t) }));
  const best = results.reduce((a, b) => (accuracy(b.c) > accuracy(a.c) ? b : a));
  console.log(`\n## ${name} (${usable.length} labelled images; passes when value ${passBelow ? '≤' : '≥'} t)`);
  console.log(results.map(({ t, c }) => `${+t.toFixed(4)}:${accuracy(c).toFixed(3)}`).join('  '));
  console.log(`best t=${+best.t.toFixed(4)}: ${fmt(best.c)}`);
  console.log(`shipped t=${shipped}: ${fmt(at(shipped))}`);
}

/**
 * The detail between the lids of every labelled eye narrower than eyes-open's narrowOpening, by
 * name: the eyes whose verdict the detail decides. An eye of a photo labelled closed is listed
 * as closed (a wink's open eye is wider than narrowOpening).
 */
function printNarrowEyes(rows: Row[]): void {
  const { narrowOpening, minDetail } = EYE_LIMITS;
  const eyes = rows.flatMap((r) =>
    r.eyeOpening && r.eyeDetail && r.label.eyes_open !== null
      ? (['right', 'left'] as const).map((side) => ({ name: `${r.file} ${side}`, open: r.label.eyes_open, opening: r.eyeOpening![side], detail: r.eyeDetail![side] }))
      : [],
  );
  const narrow = eyes.filter((e) => e.opening < narrowOpening).sort((a, b) => a.detail - b.detail);
  console.log(`\n## eyes-open: detail between the lids of the ${narrow.length} labelled eyes with opening < ${narrowOpening} (minDetail ${minDetail})`);
  for (const e of narrow) console.log(`${e.open ? 'open  ' : 'closed'} detail ${e.detail.toFixed(3)} opening ${e.opening.toFixed(3)}  ${e.name}`);
  const openDetail = eyes.filter((e) => e.open).map((e) => e.detail).sort((a, b) => a - b);
  const at = (q: number) => openDetail[Math.floor(q * openDetail.length)]!.toFixed(3);
  console.log(`open eyes (all ${openDetail.length}): detail 1st/2nd/5th/50th percentile ${at(0.01)} / ${at(0.02)} / ${at(0.05)} / ${at(0.5)}`);
}

const range = (from: number, to: number, step: number): number[] => Array.from({ length: Math.round((to - from) / step) + 1 }, (_, i) => from + i * step);

async function main(): Promise<void> {
  if (!devSetPresent(DEV_DIR)) {
    console.error(`The dev set is absent: ${DEV_DIR}/labels.json not found; nothing to calibrate.`);
    process.exitCode = 1;
    return;
  }
  const rows = await cachedRows('calibrate-face.json', true, async () =>
    (await measureDevSet(measureFace, DEV_DIR)).map(({ entry, value, error }): Row => ({ file: entry.file, label: entry, ...value, ...(error ? { error } : {}) })),
    DEV_DIR,
  );
  console.log(`${rows.length} images measured → .cache/calibrate-face.json; analysis errors: ${rows.filter((r) => r.error).map((r) => `${r.file} (${r.error})`).join(', ') || 'none'}`);
  const faceCount = (minScore: number, minArea: number) => (r: Row) => r.faces ? r.faces.filter((f) => f.score >= minScore && f.relativeArea >= minArea).length : 0;
  sweep('single-face: score floor (relative area ≥ 0.02)', rows, (r) => r.label.faces === 1, (r) => faceCount(0, 0.02)(r) === 1 ? 1 : 0, [1], false, 1);
  for (const s of [0.5, 0.6, 0.7, 0.75, 0.8]) {
    const c = confusionOf(rows.map((r) => ({ truth: r.label.faces === 1, predicted: r.faces !== undefined && faceCount(s, 0)(r) === 1 })));
    console.log(`single-face minScore ${s}: ${fmt(c)}`);
  }
  const minOpen = (r: Row) => (r.eyeOpening ? Math.min(r.eyeOpening.right, r.eyeOpening.left) : null);
  sweep('eyes-open: min eye opening (iris model)', rows, (r) => r.label.eyes_open, minOpen, range(0.1, 0.4, 0.02), false, 0.2);
  printNarrowEyes(rows);
  sweep('eyes-open: min eye opening (mesh)', rows, (r) => r.label.eyes_open, (r) => (r.meshEyeOpening ? Math.min(r.meshEyeOpening.right, r.meshEyeOpening.left) : null), range(0.1, 0.4, 0.02), false, 0.2);
  sweep('lips-closed: inner-lip gap / mouth width', rows, (r) => r.label.mouth_closed, (r) => r.lipGap ?? null, range(0.01, 0.15, 0.005), true, 0.065);
  sweep('frontal: |yaw|', rows, (r) => r.label.frontal, (r) => (r.yaw === undefined ? null : Math.abs(r.yaw)), range(2, 30, 1), true, 5);
  sweep('frontal: |pitch|', rows, (r) => r.label.frontal, (r) => (r.pitch === undefined ? null : Math.abs(r.pitch)), range(2, 30, 1), true, 5);
  sweep('frontal: |roll|', rows, (r) => r.label.frontal, (r) => (r.roll === undefined ? null : Math.abs(r.roll)), range(2, 30, 1), true, 8);
  // As the evaluation scores natural-expression (src/eval/label-map.ts).
  const unnatural = violationLabel('natural-expression')!;
  const natural = (r: Row) => {
    const violated = unnatural(r.label);
    return violated === null ? null : !violated;
  };
  sweep('natural-expression: happy probability', rows, natural, (r) => r.emotion?.happy ?? null, range(0.1, 0.95, 0.05), true, 0.5);
  sweep('natural-expression: lip gap', rows, natural, (r) => r.lipGap ?? null, range(0.01, 0.15, 0.005), true, 0.065);
}

await main();
