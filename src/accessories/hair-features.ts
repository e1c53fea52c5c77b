import { defineAnalysis } from '../analyses/define.js';
import type { FaceZones, Sides } from '../analyses/face-zones.js';
import type { Irises } from '../analyses/types.js';
import type { RgbImage } from '../image/intake.js';
import { sampleCounts, sampleShares, strideFor } from './grid.js';
import { type ColourModels } from './pixel-classes.js';
import { type RowSpans, rowSpans } from './polygon.js';

/** Share of hair-coloured pixels (the photo's own hair model) where hair must not be. */
export interface HairOverFeatures {
  /** In the strip of forehead just above each brow, where a fringe shows first. */
  readonly aboveBrow: Sides<number>;
  /** On the brows themselves (brows are hair-coloured too, so this only adds to aboveBrow). */
  readonly onBrow: Sides<number>;
  /** Between the brow and the upper eyelid. */
  readonly onLid: Sides<number>;
  /** Inside the eye outline, the iris left out. */
  readonly inEye: Sides<number>;
  /** Height of bare forehead above the brows (rows mostly skin, counted up from the brows), in face heights: a fringe shortens it. */
  readonly foreheadVisible: number;
}

/** A row of the forehead band with less skin than this share is where the hairline (or a fringe) begins. */
const SKIN_ROW = 0.5;

export function hairOverFeatures(rgb: RgbImage, zones: FaceZones, models: ColourModels, irises: Irises): HairOverFeatures {
  const stride = strideFor(zones.faceWidth, 240);
  const hairShare = (box: FaceZones['bridge'], within?: RowSpans, exclude: RowSpans[] = []): number =>
    sampleShares(rgb, box, { stride, models, exclude, ...(within ? { within } : {}) }).hair;
  const irisDisc = { right: discSpans(irises.right.center, irises.right.radius), left: discSpans(irises.left.center, irises.left.radius) };
  const perSide = (measure: (side: 'right' | 'left') => number): Sides<number> => ({ right: measure('right'), left: measure('left') });
  return {
    aboveBrow: perSide((side) => hairShare(zones.aboveBrows[side])),
    onBrow: perSide((side) => hairShare(zones.brows[side])),
    onLid: perSide((side) => hairShare(zones.lids[side])),
    inEye: perSide((side) => hairShare(zones.lenses[side], zones.eyeSpans[side], [irisDisc[side]])),
    foreheadVisible: foreheadVisible(rgb, zones, models, stride),
  };
}

/** A disc as row spans (a 16-gon), slightly enlarged to take in the iris's dark rim. */
export function discSpans([cx, cy]: readonly [number, number], radius: number): RowSpans {
  const r = radius * 1.15;
  return rowSpans(Array.from({ length: 16 }, (_, k) => [cx + r * Math.cos((k * Math.PI) / 8), cy + r * Math.sin((k * Math.PI) / 8)] as const));
}

/**
 * Counts skin rows upwards from the brows across the band between the brow centres, up to one
 * face height. Rows are sampled one at a time from the bottom, so nothing above the hairline is classified.
 */
function foreheadVisible(rgb: RgbImage, zones: FaceZones, models: ColourModels, stride: number): number {
  const { forehead, faceHeight } = zones;
  const bottom = forehead.y + forehead.height;
  const top = Math.round(bottom - 0.6 * faceHeight);
  const options = { stride, models };
  let rows = 0;
  for (let r = Math.floor((0.6 * faceHeight) / stride) - 1; r >= 0; r--) {
    const row = sampleCounts(rgb, { x: forehead.x, y: top + r * stride, width: forehead.width, height: stride }, options);
    if (row.skin < SKIN_ROW * row.cells) break;
    rows++;
  }
  return (rows * stride) / faceHeight;
}

/** Read by hair-off-eyebrows and hair-off-eyes: computed once per photo; null when no hair is distinct from the skin. */
export const hairOver = defineAnalysis({
  id: 'hairOver',
  needs: ['rgb', 'faceZones', 'skinModel', 'hairModel', 'irises'],
  models: [],
  compute: ({ rgb, faceZones, skinModel, hairModel, irises }) =>
    hairModel.model ? hairOverFeatures(rgb, faceZones, { skin: skinModel.model, hair: hairModel.model }, irises) : null,
});
