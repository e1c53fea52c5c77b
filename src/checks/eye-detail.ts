import { rowSpans } from '../accessories/polygon.js';
import { distance, imageToCrop, midpoint } from '../analyses/geometry.js';
import { IRIS_MODEL } from '../analyses/landmarks.js';
import { regionAffine, sampleRgb, toGrey } from '../analyses/sampling.js';
import type { Iris } from '../analyses/types.js';
import type { RgbImage } from '../image/intake.js';
import { selectInPlace } from '../image/stats.js';
import { eyeOutline } from './face-measures.js';

/**
 * Whether an eye shows anything between its lids, read from the image. An open eye, even one
 * narrowed by a smile, shows the iris's edges, the pupil and a catch-light across the gap
 * between the lids; a closed lid is skin and a lash line running along the eye, even from end
 * to end. So the cue is the mean luma step between neighbouring pixels ALONG the eye, inside
 * the lid contour, over the luma of the skin around it (luma only: greyscale photos work too).
 */

/** Pixels per eye width: the iris model's own view of the eye (64 px over 2.3 eye widths), so detail means the same at every photo size. */
const EYE_PIXELS = 28;
/** The crop spans the eye and the skin around it, whose median luma is the reference. */
const SPAN = 1.6;
const SIZE = Math.round(EYE_PIXELS * SPAN);
/** Below this reference luma a ratio of luma steps is noise. */
const DARKEST_REFERENCE = 24;

/** Working arrays of one eye's crop (eyeDetail never awaits). */
const rgbCrop = new Float32Array(SIZE * SIZE * 3);
const grey = new Float32Array(SIZE * SIZE);
const around = new Float32Array(SIZE * SIZE);

/**
 * Each eye's detail, read once per photo although eyes-open and natural-expression both ask:
 * keyed by the photo's own iris objects, so an entry lives as long as the photo's analyses.
 */
const detailOf = new WeakMap<Iris, { readonly rgb: RgbImage; readonly detail: number }>();

/** Mean luma step between horizontally neighbouring pixels inside the lids, over the skin's luma around the eye; 0 when the lids meet. */
export function eyeDetail(rgb: RgbImage, iris: Iris): number {
  const known = detailOf.get(iris);
  if (known?.rgb === rgb) return known.detail;
  const detail = measureDetail(rgb, iris);
  detailOf.set(iris, { rgb, detail });
  return detail;
}

function measureDetail(rgb: RgbImage, iris: Iris): number {
  const outer = iris.eyeContour[IRIS_MODEL.outerCorner]!;
  const inner = iris.eyeContour[IRIS_MODEL.innerCorner]!;
  const [left, right] = outer[0] <= inner[0] ? [outer, inner] : [inner, outer];
  const region = { centre: midpoint(left, right), size: SPAN * distance(left, right), angle: Math.atan2(right[1] - left[1], right[0] - left[0]) };
  sampleRgb(rgb, regionAffine(region, SIZE), { width: SIZE, height: SIZE, normalise: { scale: 1, offset: 0 }, into: rgbCrop });
  toGrey(rgbCrop, grey);
  const toCrop = imageToCrop(region, SIZE);
  // Crop pixel (x, y) is centred at crop position (x + 0.5, y + 0.5).
  const lids = rowSpans(eyeOutline(iris).map((p) => {
    const [x, y] = toCrop(p);
    return [x - 0.5, y - 0.5] as const;
  }));
  let steps = 0;
  let pairs = 0;
  let outside = 0;
  for (let y = 0; y < SIZE; y++) {
    const r = y - lids.top;
    const inRow = r >= 0 && r < lids.from.length;
    const from = inRow ? Math.max(0, Math.ceil(lids.from[r]!)) : SIZE;
    const to = inRow ? Math.min(SIZE - 1, Math.floor(lids.to[r]!)) : -1;
    const row = y * SIZE;
    for (let x = 0; x < SIZE; x++) if (x < from || x > to) around[outside++] = grey[row + x]!;
    for (let x = from + 1; x <= to; x++, pairs++) steps += Math.abs(grey[row + x]! - grey[row + x - 1]!);
  }
  if (pairs === 0 || outside === 0) return 0;
  const reference = Math.max(DARKEST_REFERENCE, selectInPlace(around.subarray(0, outside), outside >> 1));
  return steps / pairs / reference;
}
