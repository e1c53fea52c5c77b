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
 * corners and turned along them; both eyes go in one run. The model was trained on one eye's
 * orientation: the subject's left eye is mirrored (as human does) and its points are mirrored back.
 */
export const irises = defineAnalysis({
  id: 'irises',
  needs: ['rgb', 'mesh'],
  models: ['iris'],
  async compute({ rgb, mesh }, { models }) {
    const corner = (index: number): Point => meshPoint(mesh.points, index);
    const eyes = [
      { region: eyeRegion(corner(MESH.rightEye.outer), corner(MESH.rightEye.inner)), mirror: false },
      { region: eyeRegion(corner(MESH.leftEye.inner), corner(MESH.leftEye.outer)), mirror: true },
    ] as const;
    const crop = INPUT * INPUT * 3;
    const { landmarks } = await infer(
      models,
      'iris',
      [eyes.length, INPUT, INPUT, 3],
      (input) =>
        eyes.forEach(({ region, mirror }, i) =>
          sampleRgb(rgb, regionAffine(region, INPUT), { width: INPUT, height: INPUT, normalise: { scale: 1 / 255, offset: 0 }, mirror, into: input.subarray(i * crop, (i + 1) * crop) }),
        ),
      ['landmarks'],
    );
    const perEye = landmarks.length / eyes.length;
    const [right, left] = eyes.map(({ region, mirror }, i) => irisOf(landmarks.subarray(i * perEye, (i + 1) * perEye), region, mirror));
    return { right: right!, left: left! };
  },
});

/** The square around an eye: `imageLeft` and `imageRight` are its corners on the image's left and right. */
function eyeRegion(imageLeft: Point, imageRight: Point): SquareRegion {
  return {
    centre: midpoint(imageLeft, imageRight),
    size: CROP_SCALE * distance(imageLeft, imageRight),
    angle: Math.atan2(imageRight[1] - imageLeft[1], imageRight[0] - imageLeft[0]),
  };
}

/** One eye's iris and lid contour in image pixels, from its landmarks in the (mirrored when `mirror`) crop of `region`. */
function irisOf(landmarks: Float32Array, region: SquareRegion, mirror: boolean): Iris {
  const toImage = cropToImage(region, INPUT);
  const point = (index: number): Point => toImage(mirror ? INPUT - landmarks[3 * index]! : landmarks[3 * index]!, landmarks[3 * index + 1]!);
  const eyeContour = Array.from({ length: IRIS_MODEL.lidMargin }, (_, i) => point(i));
  return {
    center: point(IRIS_MODEL.irisCentre),
    radius: distance(point(IRIS_MODEL.irisEdgeA), point(IRIS_MODEL.irisEdgeB)) / 2,
    eyeContour,
  };
}
