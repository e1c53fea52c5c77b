import type { FaceZones, Sides } from '../analyses/face-zones.js';
import type { Box, GreyMap } from '../analyses/types.js';
import type { RgbImage } from '../image/intake.js';
import { type Grid, classShares, measureGrid, strideFor } from './grid.js';
import { type ColourModels, PIXEL_IGNORED, PIXEL_OTHER, PIXEL_SKIN } from './pixel-classes.js';
import { blobBox, largestBlob } from './kernels.js';
import { scratchArray } from '../image/scratch.js';

/** A blob of pixels unlike both skin and hair, and where it is. */
export interface ForeignBlob {
  /** Its size as a share of the zone's person pixels. */
  readonly share: number;
  /** Its mean brightness relative to the skin (metal and gems are usually brighter). */
  readonly brightness: number;
  readonly box: Box | null;
}

export interface EarringFeatures {
  readonly blobs: Sides<ForeignBlob>;
  /** Share of skin-like pixels in each earlobe zone: none means the lobe is hidden. */
  readonly skinShare: Sides<number>;
}

export interface NecklaceFeatures {
  /** Share of the neck zone's pixels that are skin: little skin means the neck is covered. */
  readonly skinShare: number;
  /**
   * Thin structures over skin: share of samples with skin just above and below whose brightness
   * departs from theirs (a chain, a cord, beads) — a garment edge has skin only on one side.
   */
  readonly thinOverSkin: number;
  /** The largest non-skin, non-hair blob inside the neck's skin, as a share of the zone. */
  readonly blob: ForeignBlob;
}

const flagBuffer = scratchArray((length) => new Uint8Array(length));

/** Flags (1 = set) of the samples unlike both skin and hair, in working memory: valid until the next call. */
export function otherFlags(grid: Grid): Uint8Array {
  const flags = flagBuffer(grid.classes.length);
  for (let i = 0; i < flags.length; i++) flags[i] = grid.classes[i] === PIXEL_OTHER ? 1 : 0;
  return flags;
}

/** The largest blob of flagged samples (by default: unlike both skin and hair). */
export function foreignBlob(grid: Grid, skinLuma: number, flags = otherFlags(grid)): ForeignBlob {
  const blob = largestBlob(flags, grid.cols, grid.rows);
  const counted = classShares(grid).counted;
  if (!blob || counted === 0) return { share: 0, brightness: 0, box: null };
  let sum = 0;
  for (let r = blob.row0; r <= blob.row1; r++) {
    for (let c = blob.col0; c <= blob.col1; c++) sum += flags[r * grid.cols + c]! ? grid.luma[r * grid.cols + c]! : 0;
  }
  return { share: blob.size / counted, brightness: sum / blob.size / Math.max(skinLuma, 1), box: blobBox(grid, blob) };
}

export function earringFeatures(rgb: RgbImage, mask: GreyMap, zones: FaceZones, models: ColourModels): EarringFeatures {
  const stride = strideFor(zones.faceWidth, 200);
  const options = { stride, models, mask, exclude: [zones.ovalSpans] };
  const skinLuma = models.skin.centre[0];
  const lobe = (side: 'right' | 'left') => measureGrid(rgb, zones.earlobes[side], options, (grid) => ({ blob: foreignBlob(grid, skinLuma), skinShare: classShares(grid).skin }));
  const right = lobe('right');
  const left = lobe('left');
  return {
    blobs: { right: right.blob, left: left.blob },
    skinShare: { right: right.skinShare, left: left.skinShare },
  };
}

/** Brightness departure (relative to skin) that marks a thin structure. */
const THIN_CONTRAST = 0.12;

export function thinOverSkin(grid: Grid, reach: number, skinLuma: number): number {
  const { cols, rows, classes, luma } = grid;
  const step = reach * cols;
  let context = 0;
  let thin = 0;
  for (let r = reach; r < rows - reach; r++) {
    for (let c = 0; c < cols; c++) {
      const i = r * cols + c;
      if (classes[i] === PIXEL_IGNORED || classes[i - step] !== PIXEL_SKIN || classes[i + step] !== PIXEL_SKIN) continue;
      context++;
      if (Math.abs(2 * luma[i]! - luma[i - step]! - luma[i + step]!) / 2 > THIN_CONTRAST * skinLuma) thin++;
    }
  }
  return context > 0 ? thin / context : 0;
}

export function necklaceFeatures(rgb: RgbImage, mask: GreyMap, zones: FaceZones, models: ColourModels): NecklaceFeatures {
  const stride = strideFor(zones.faceWidth, 200);
  const skinLuma = models.skin.centre[0];
  // A chain is a few pixels thick at this scale: look that far above and below.
  const reach = Math.max(1, Math.round(zones.faceWidth / 50 / stride));
  return measureGrid(rgb, zones.neck, { stride, models, mask, exclude: [zones.ovalSpans] }, (grid) => ({
    skinShare: classShares(grid).skin,
    thinOverSkin: thinOverSkin(grid, reach, skinLuma),
    blob: foreignBlob(grid, skinLuma),
  }));
}
