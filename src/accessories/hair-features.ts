import type { FaceZones, Sides } from '../analyses/face-zones.js';
import type { Irises } from '../analyses/types.js';
import type { RgbImage } from '../image/intake.js';
import { type ColourModels, classShares, sampleGrid, strideFor } from './grid.js';
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
}

export function hairOverFeatures(rgb: RgbImage, zones: FaceZones, models: ColourModels, irises: Irises): HairOverFeatures {
  const stride = strideFor(zones.faceWidth, 240);
  const hairShare = (box: FaceZones['bridge'], within?: RowSpans, exclude: RowSpans[] = []): number =>
    classShares(sampleGrid(rgb, box, { stride, models, exclude, ...(within ? { within } : {}) })).hair;
  const irisDisc = { right: discSpans(irises.right.center, irises.right.radius), left: discSpans(irises.left.center, irises.left.radius) };
  const perSide = (measure: (side: 'right' | 'left') => number): Sides<number> => ({ right: measure('right'), left: measure('left') });
  return {
    aboveBrow: perSide((side) => hairShare(zones.aboveBrows[side])),
    onBrow: perSide((side) => hairShare(zones.brows[side])),
    onLid: perSide((side) => hairShare(zones.lids[side])),
    inEye: perSide((side) => hairShare(zones.lenses[side], zones.eyeSpans[side], [irisDisc[side]])),
  };
}

/** A disc as row spans (a 16-gon), slightly enlarged to take in the iris's dark rim. */
export function discSpans([cx, cy]: readonly [number, number], radius: number): RowSpans {
  const r = radius * 1.15;
  return rowSpans(Array.from({ length: 16 }, (_, k) => [cx + r * Math.cos((k * Math.PI) / 8), cy + r * Math.sin((k * Math.PI) / 8)] as const));
}
