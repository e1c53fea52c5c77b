import type { RgbImage } from '../image/intake.js';
import type { ModelRuntime } from '../runtime/models.js';
import type { Point } from '../verdict.js';
import { defineAnalysis } from './define.js';
import { type SquareRegion, cropToImage, distance, midpoint } from './geometry.js';
import { infer } from './infer.js';
import { IRIS_MODEL, MESH, meshPoint } from './landmarks.js';
import { regionAffine, sampleRgb } from './sampling.js';
import type { Iris } from './types.js';

const INPUT = 64;
/** MediaPipe's eye crop: the corner-to-corner span enlarged 2.3 times. */
const CROP_SCALE = 2.3;

/**
 * The iris model on each eye, cut from the image at full resolution around the mesh's eye
 * corners and turned along them. The model was trained on one eye's orientation: the subject's
 * left eye is mirrored (as human does) and its points are mirrored back.
 */
export const irises = defineAnalysis({
  id: 'irises',
  needs: ['rgb', 'mesh'],
  models: ['iris'],
  async compute({ rgb, mesh }, { models }) {
    const corner = (index: number): Point => meshPoint(mesh.points, index);
    const right = await fitIris(models, rgb, corner(MESH.rightEye.outer), corner(MESH.rightEye.inner), false);
    const left = await fitIris(models, rgb, corner(MESH.leftEye.inner), corner(MESH.leftEye.outer), true);
    return { right, left };
  },
});

/** `imageLeft` and `imageRight` are the eye's corners on the image's left and right. */
async function fitIris(models: ModelRuntime, rgb: RgbImage, imageLeft: Point, imageRight: Point, mirror: boolean): Promise<Iris> {
  const region: SquareRegion = {
    centre: midpoint(imageLeft, imageRight),
    size: CROP_SCALE * distance(imageLeft, imageRight),
    angle: Math.atan2(imageRight[1] - imageLeft[1], imageRight[0] - imageLeft[0]),
  };
  const { landmarks } = await infer(
    models,
    'iris',
    [1, INPUT, INPUT, 3],
    (input) => sampleRgb(rgb, regionAffine(region, INPUT), { width: INPUT, height: INPUT, normalise: { scale: 1 / 255, offset: 0 }, mirror, into: input }),
    ['landmarks'],
  );
  const toImage = cropToImage(region, INPUT);
  const point = (index: number): Point => toImage(mirror ? INPUT - landmarks[3 * index]! : landmarks[3 * index]!, landmarks[3 * index + 1]!);
  const eyeContour = Array.from({ length: IRIS_MODEL.lidMargin }, (_, i) => point(i));
  return {
    center: point(IRIS_MODEL.irisCentre),
    radius: distance(point(IRIS_MODEL.irisEdgeA), point(IRIS_MODEL.irisEdgeB)) / 2,
    eyeContour,
  };
}
