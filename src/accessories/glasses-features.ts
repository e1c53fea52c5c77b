import type { FaceZones } from '../analyses/face-zones.js';
import type { SkinModel } from '../analyses/skin-model.js';
import type { Box } from '../analyses/types.js';
import type { RgbImage } from '../image/intake.js';
import { sampleGrid, strideFor } from './grid.js';
import { horizontalRidge, lumaQuantile, shareBrighter, steepestStep } from './kernels.js';

/** Luma-only cues of eyewear, each relative to the skin's brightness so exposure cancels out. */
export interface GlassesFeatures {
  /** Thin horizontal line across the nose between the eyes (a frame's bridge), bare skin above and below. */
  readonly bridgeLine: number;
  /** Where that line runs: the bridge zone's width at the strongest line's row. */
  readonly bridgeSegment: Box;
  /** Sharpest horizontal edge across the nose between the eyes: a frame's edge, not the soft shading of sockets or brows. */
  readonly bridgeEdge: number;
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
  const grid = (box: Box, options = {}) => sampleGrid(rgb, box, { stride, ...options });
  const bothEyes = [zones.eyeSpans.right, zones.eyeSpans.left];
  // Rims and arms are 1–4 % of the face width thick; a plastic bridge up to about 6 %.
  const reachOf = (share: number): number => Math.max(1, Math.round((share * zones.faceWidth) / stride));
  const reach = reachOf(0.04);
  const line = (box: Box): number => horizontalRidge(grid(box), reach).strength / skinLuma;
  const bridgeGrid = grid(zones.bridge);
  const bridge = horizontalRidge(bridgeGrid, reachOf(0.06));
  const lineHeight = 0.03 * zones.faceWidth;
  const lenses = [grid(zones.lenses.right, { exclude: bothEyes }), grid(zones.lenses.left, { exclude: bothEyes })];
  const eyes = [grid(zones.lenses.right, { within: zones.eyeSpans.right }), grid(zones.lenses.left, { within: zones.eyeSpans.left })];
  const contrast = eyes.map((g) => lumaQuantile(g, 0.9) - lumaQuantile(g, 0.1));
  return {
    bridgeLine: bridge.strength / skinLuma,
    bridgeSegment: { x: zones.bridge.x, y: Math.round(zones.bridge.y) + bridge.row * stride - lineHeight / 2, width: zones.bridge.width, height: lineHeight },
    bridgeEdge: steepestStep(bridgeGrid, reachOf(0.015)) / skinLuma,
    rimLine: (line(zones.belowEyes.right) + line(zones.belowEyes.left)) / 2,
    templeLine: (line(zones.temples.right) + line(zones.temples.left)) / 2,
    lensBrightness: (lumaQuantile(lenses[0]!, 0.5) + lumaQuantile(lenses[1]!, 0.5)) / 2 / skinLuma,
    eyeContrast: (contrast[0]! + contrast[1]!) / 2 / skinLuma,
    lensGlare: Math.max(shareBrighter(lenses[0]!, GLARE_LUMA), shareBrighter(lenses[1]!, GLARE_LUMA)),
  };
}
