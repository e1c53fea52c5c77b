import type { FaceZones } from '../analyses/face-zones.js';
import type { SkinModel } from '../analyses/skin-model.js';
import type { RgbImage } from '../image/intake.js';
import { sampleGrid, strideFor } from './grid.js';
import { horizontalRidge, lumaQuantile, shareBrighter } from './kernels.js';

/** Luma-only cues of eyewear, each relative to the skin's brightness so exposure cancels out. */
export interface GlassesFeatures {
  /** Thin horizontal line across the nose between the eyes (a frame's bridge), bare skin above and below. */
  readonly bridgeLine: number;
  /** Thin horizontal line below the eyes (a lower rim), mean of both eyes. */
  readonly rimLine: number;
  /** Thin horizontal line from the eye to the face edge (a frame's arm), mean of both sides. */
  readonly templeLine: number;
  /** Median brightness around the eyes (the eyes themselves left out). Tinted lenses darken it. */
  readonly lensBrightness: number;
  /**
   * Spread of brightness inside the eye outlines (sclera vs iris), both eyes' mean: a dark lens
   * flattens it. (Taking the livelier eye, to spare winks, let a pair of sunglasses through.)
   */
  readonly eyeContrast: number;
  /** Share of near-white pixels around the eyes: reflections on lenses. */
  readonly lensGlare: number;
}

const GLARE_LUMA = 235;

export function glassesFeatures(rgb: RgbImage, zones: FaceZones, skin: SkinModel): GlassesFeatures {
  const stride = strideFor(zones.faceWidth, 240);
  const skinLuma = Math.max(skin.model.centre[0], 1);
  const grid = (box: FaceZones['bridge'], options = {}) => sampleGrid(rgb, box, { stride, ...options });
  const bothEyes = [zones.eyeSpans.right, zones.eyeSpans.left];
  // Frames are 1–4 % of the face width thick.
  const reach = Math.max(1, Math.round((0.04 * zones.faceWidth) / stride));
  const line = (box: FaceZones['bridge']): number => horizontalRidge(grid(box), reach) / skinLuma;
  const lenses = [grid(zones.lenses.right, { exclude: bothEyes }), grid(zones.lenses.left, { exclude: bothEyes })];
  const eyes = [grid(zones.lenses.right, { within: zones.eyeSpans.right }), grid(zones.lenses.left, { within: zones.eyeSpans.left })];
  const contrast = eyes.map((g) => lumaQuantile(g, 0.9) - lumaQuantile(g, 0.1));
  return {
    bridgeLine: line(zones.bridge),
    rimLine: (line(zones.belowEyes.right) + line(zones.belowEyes.left)) / 2,
    templeLine: (line(zones.temples.right) + line(zones.temples.left)) / 2,
    lensBrightness: (lumaQuantile(lenses[0]!, 0.5) + lumaQuantile(lenses[1]!, 0.5)) / 2 / skinLuma,
    eyeContrast: (contrast[0]! + contrast[1]!) / 2 / skinLuma,
    lensGlare: Math.max(shareBrighter(lenses[0]!, GLARE_LUMA), shareBrighter(lenses[1]!, GLARE_LUMA)),
  };
}
