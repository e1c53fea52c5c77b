import type { Point } from '../verdict.js';
import type { RgbImage } from '../image/intake.js';
import type { ModelRuntime } from '../runtime/models.js';
import { detectionRegion } from './crop-regions.js';
import { defineAnalysis } from './define.js';
import { boxArea, intersectionOverUnion } from './geometry.js';
import { infer } from './infer.js';
import { CROP_SCALE, FACE_PRESENCE, fitMesh } from './mesh.js';
import { placeWhole, placementAffine, sampleRgb } from './sampling.js';
import type { DetectedFace } from './types.js';

/**
 * BlazeFace (MediaPipe's 256-px "back camera" detector) on the whole image, letterboxed into a
 * square so faces keep their shape, decoded against its anchors and merged by weighted NMS.
 * The detector is kept sensitive so that small and partial faces are found; a detection it is
 * unsure of counts only when the face-mesh model, run on it, confirms a face. That costs one
 * mesh run per doubtful detection, which a plain portrait rarely has.
 */

const INPUT = 256;
/** Faces below this probability are not reported; checks apply their own stricter limits. */
export const DETECTION_FLOOR = 0.3;
const MERGE_IOU = 0.3;
/** At or above this detector probability a face needs no confirmation. */
export const CONFIDENT = 0.75;


/** Anchor centres in input pixels: a 16×16 grid with 2 anchors per cell, then an 8×8 grid with 6. */
const ANCHORS: Float32Array = (() => {
  const layers = [
    { stride: 16, perCell: 2 },
    { stride: 32, perCell: 6 },
  ];
  const centres: number[] = [];
  for (const { stride, perCell } of layers) {
    const cells = INPUT / stride;
    for (let row = 0; row < cells; row++)
      for (let col = 0; col < cells; col++) for (let n = 0; n < perCell; n++) centres.push((col + 0.5) * stride, (row + 0.5) * stride);
  }
  return Float32Array.from(centres);
})();

interface Candidate {
  score: number;
  /** Box then 6 keypoints, in image pixels: [x0, y0, x1, y1, kx0, ky0, …]. */
  coords: Float64Array;
}

export const faces = defineAnalysis({
  id: 'faces',
  needs: ['rgb'],
  models: ['blazeface', 'facemesh'],
  async compute({ rgb }, { models }) {
    const p = placeWhole(rgb, INPUT, false);
    const out = await infer(
      models,
      'blazeface',
      [1, INPUT, INPUT, 3],
      (input) => sampleRgb(rgb, placementAffine(p), { width: INPUT, height: INPUT, normalise: { scale: 1 / 127.5, offset: -1 }, into: input }),
      ['scores_stride16', 'scores_stride32', 'regressors_stride16', 'regressors_stride32'],
    );
    const toImage = (v: number, axis: 0 | 1): number => (axis === 0 ? (v - p.offsetX) / p.scaleX : (v - p.offsetY) / p.scaleY);
    const candidates = [
      ...decode(out.scores_stride16, out.regressors_stride16, 0, toImage),
      ...decode(out.scores_stride32, out.regressors_stride32, out.scores_stride16.length, toImage),
    ];
    const found: DetectedFace[] = [];
    for (const face of mergeOverlapping(candidates).map(toFace)) {
      if (boxArea(face.box) > 0 && (await isFace(models, rgb, face))) found.push(face);
    }
    found.sort((a, b) => boxArea(b.box) - boxArea(a.box));
    return { faces: found };
  },
});

async function isFace(models: ModelRuntime, rgb: RgbImage, face: DetectedFace): Promise<boolean> {
  if (face.score >= CONFIDENT) return true;
  const { score } = await fitMesh(models, rgb, detectionRegion(face, CROP_SCALE));
  return score >= FACE_PRESENCE;
}

/** The candidates of one output layer, whose first anchor is `firstAnchor` in ANCHORS. */
function decode(logits: Float32Array, regressors: Float32Array, firstAnchor: number, toImage: (value: number, axis: 0 | 1) => number): Candidate[] {
  const candidates: Candidate[] = [];
  const minLogit = Math.log(DETECTION_FLOOR / (1 - DETECTION_FLOOR));
  for (let i = 0; i < logits.length; i++) {
    const logit = logits[i]!;
    if (!(logit >= minLogit)) continue;
    const r = regressors.subarray(i * 16, i * 16 + 16);
    const ax = ANCHORS[2 * (firstAnchor + i)]!;
    const ay = ANCHORS[2 * (firstAnchor + i) + 1]!;
    const cx = ax + r[0]!;
    const cy = ay + r[1]!;
    const coords = new Float64Array(16);
    coords[0] = toImage(cx - r[2]! / 2, 0);
    coords[1] = toImage(cy - r[3]! / 2, 1);
    coords[2] = toImage(cx + r[2]! / 2, 0);
    coords[3] = toImage(cy + r[3]! / 2, 1);
    for (let k = 0; k < 6; k++) {
      coords[4 + 2 * k] = toImage(ax + r[4 + 2 * k]!, 0);
      coords[5 + 2 * k] = toImage(ay + r[5 + 2 * k]!, 1);
    }
    candidates.push({ score: 1 / (1 + Math.exp(-logit)), coords });
  }
  return candidates;
}

/**
 * Weighted non-maximum suppression (as MediaPipe does): each cluster of overlapping candidates
 * becomes one face whose coordinates are the score-weighted mean of the cluster, with the best score.
 */
function mergeOverlapping(candidates: Candidate[]): Candidate[] {
  const remaining = [...candidates].sort((a, b) => b.score - a.score);
  const merged: Candidate[] = [];
  while (remaining.length > 0) {
    const best = remaining[0]!;
    const bestBox = boxOf(best);
    const cluster = remaining.filter((c) => intersectionOverUnion(bestBox, boxOf(c)) > MERGE_IOU);
    const coords = new Float64Array(16);
    let total = 0;
    for (const member of cluster) {
      total += member.score;
      for (let k = 0; k < 16; k++) coords[k]! += member.coords[k]! * member.score;
    }
    for (let k = 0; k < 16; k++) coords[k]! /= total;
    merged.push({ score: best.score, coords });
    for (const member of cluster) remaining.splice(remaining.indexOf(member), 1);
  }
  return merged;
}

function boxOf({ coords }: Candidate) {
  return { x: coords[0]!, y: coords[1]!, width: coords[2]! - coords[0]!, height: coords[3]! - coords[1]! };
}

function toFace(candidate: Candidate): DetectedFace {
  const point = (k: number): Point => [candidate.coords[4 + 2 * k]!, candidate.coords[5 + 2 * k]!];
  return {
    box: boxOf(candidate),
    score: candidate.score,
    // MediaPipe's keypoint order; the subject's right eye is on the image's left.
    keypoints: { rightEye: point(0), leftEye: point(1), nose: point(2), mouth: point(3), rightEar: point(4), leftEar: point(5) },
  };
}
