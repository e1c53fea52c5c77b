import { PhotolintError } from '../errors.js';
import type { RgbImage } from '../image/intake.js';
import type { ModelRuntime } from '../runtime/models.js';
import { defineAnalysis } from './define.js';
import { detectionRegion, regionAround } from './crop-regions.js';
import { type SquareRegion, cropToImage, distance } from './geometry.js';
import { infer } from './infer.js';
import { MESH } from './landmarks.js';
import { regionAffine, sampleRgb } from './sampling.js';
import type { Point3 } from './types.js';

const INPUT = 192;
/** MediaPipe's margin around the face for the mesh crop. */
export const CROP_SCALE = 1.5;
/** Below this face-presence probability the mesh model says the crop holds no face. */
export const FACE_PRESENCE = 0.5;

/**
 * How far the mesh's own crop may sit from the crop it was fitted on before it is refitted
 * there: centre shift and size change as fractions of the crop, turn in radians. On the dev set,
 * a refit within these limits moved the eye-opening and lip-gap ratios by 0.01 (median) in no
 * systematic direction, while crops beyond them moved by about twice that.
 */
const REFIT = { shift: 0.05, size: 0.1, angle: (3 * Math.PI) / 180 };

/**
 * The 468-point face mesh, fitted on the detector's box turned upright by its eye keypoints,
 * then, when that crop was materially off, refitted on the box of the first mesh turned upright
 * by its eye corners (MediaPipe's tracking step), which centres the face and straightens a
 * rolled face. About two photos in three need no refit.
 */
export const mesh = defineAnalysis({
  id: 'mesh',
  needs: ['rgb', 'face'],
  models: ['facemesh'],
  async compute({ rgb, face }, { models }) {
    const first = detectionRegion(face, CROP_SCALE);
    let fitted = await fitMesh(models, rgb, first);
    const refit = meshRegion(fitted.points);
    if (!isClose(first, refit)) fitted = await fitMesh(models, rgb, refit);
    if (fitted.score < FACE_PRESENCE) {
      throw new PhotolintError('no-face', `The face mesh does not confirm the detected face (presence ${fitted.score.toFixed(2)}, expected at least ${FACE_PRESENCE})`);
    }
    return { ...fitted, face };
  },
});

/** The crop MediaPipe tracks a face with: around the mesh, upright along its outer eye corners. */
function meshRegion(points: readonly Point3[]): SquareRegion {
  const right = points[MESH.rightEye.outer]!;
  const left = points[MESH.leftEye.outer]!;
  const angle = Math.atan2(left[1] - right[1], left[0] - right[0]);
  return regionAround(points.map(([x, y]) => [x, y] as const), angle, CROP_SCALE);
}

function isClose(a: SquareRegion, b: SquareRegion): boolean {
  const turn = Math.abs(Math.atan2(Math.sin(a.angle - b.angle), Math.cos(a.angle - b.angle)));
  return distance(a.centre, b.centre) <= REFIT.shift * b.size && Math.abs(a.size / b.size - 1) <= REFIT.size && turn <= REFIT.angle;
}

/** The mesh model on one square region of the image: points in image pixels and its face-presence score. */
export async function fitMesh(models: ModelRuntime, rgb: RgbImage, region: SquareRegion): Promise<{ points: Point3[]; score: number }> {
  const out = await infer(
    models,
    'facemesh',
    [1, INPUT, INPUT, 3],
    (input) => sampleRgb(rgb, regionAffine(region, INPUT), { width: INPUT, height: INPUT, normalise: { scale: 1 / 255, offset: 0 }, into: input }),
    ['mesh', 'face_flag'],
  );
  const toImage = cropToImage(region, INPUT);
  const zScale = region.size / INPUT;
  const points: Point3[] = [];
  for (let i = 0; i < out.mesh.length; i += 3) {
    const [x, y] = toImage(out.mesh[i]!, out.mesh[i + 1]!);
    points.push([x, y, out.mesh[i + 2]! * zScale]);
  }
  return { points, score: out.face_flag[0]! };
}
