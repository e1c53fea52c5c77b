import type { FaceZones } from '../analyses/face-zones.js';
import type { SkinModel } from '../analyses/skin-model.js';
import type { Box } from '../analyses/types.js';
import type { RgbImage } from '../image/intake.js';
import { type Grid, type GridOptions, measureGrid, strideFor } from './grid.js';
import { horizontalRidge, lumaQuantile, shareBrighter, steepestStep } from './kernels.js';
import { rimRing } from './rim-ring.js';

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
  /** Thin line ringing each eye just outside the lids (a frame's rim as a closed curve), mean of both eyes (rimRing). */
  readonly rimRing: number;
  /** Median brightness around the eyes (the eyes themselves left out). Tinted lenses darken it. */
  readonly lensBrightness: number;
  /**
   * Spread of brightness inside the eye outlines (sclera vs iris), both eyes' mean: a dark lens
   * flattens it. (Taking the livelier eye, to spare winks, let a pair of sunglasses through.)
   */
  readonly eyeContrast: number;
  /**
   * The same spread over the eyes' own brightest tenth: a shadowed socket dims sclera and iris
   * alike and keeps it, where a tinted lens's haze and reflections flatten it.
   */
  readonly eyeLocalContrast: number;
  /** Share of near-white pixels around the eyes: reflections on lenses. */
  readonly lensGlare: number;
}

const GLARE_LUMA = 235;

export function glassesFeatures(rgb: RgbImage, zones: FaceZones, skin: SkinModel): GlassesFeatures {
  const stride = strideFor(zones.faceWidth, 240);
  const skinLuma = Math.max(skin.model.centre[0], 1);
  const measure = <T>(box: Box, options: Omit<GridOptions, 'stride'>, read: (grid: Grid) => T): T => measureGrid(rgb, box, { stride, ...options }, read);
  const bothEyes = [zones.eyeSpans.right, zones.eyeSpans.left];
  // Rims are 1–4 % of the face width thick; a plastic bridge up to about 6 %.
  const reachOf = (share: number): number => Math.max(1, Math.round((share * zones.faceWidth) / stride));
  const reach = reachOf(0.04);
  const line = (box: Box): number => measure(box, {}, (grid) => horizontalRidge(grid, reach).strength) / skinLuma;
  const bridge = measure(zones.bridge, {}, (grid) => ({ ridge: horizontalRidge(grid, reachOf(0.06)), edge: steepestStep(grid, reachOf(0.015)) }));
  const lineHeight = 0.03 * zones.faceWidth;
  const lens = (side: 'right' | 'left') => measure(zones.lenses[side], { exclude: bothEyes }, (grid) => ({ brightness: lumaQuantile(grid, 0.5), glare: shareBrighter(grid, GLARE_LUMA) }));
  const lenses = [lens('right'), lens('left')] as const;
  const eye = (side: 'right' | 'left') =>
    measure(zones.lenses[side], { within: zones.eyeSpans[side] }, (grid) => {
      const top = lumaQuantile(grid, 0.9);
      const spread = top - lumaQuantile(grid, 0.1);
      return { spread, local: spread / Math.max(top, 1) };
    });
  const eyes = [eye('right'), eye('left')] as const;
  return {
    bridgeLine: bridge.ridge.strength / skinLuma,
    bridgeSegment: { x: zones.bridge.x, y: Math.round(zones.bridge.y) + bridge.ridge.row * stride - lineHeight / 2, width: zones.bridge.width, height: lineHeight },
    bridgeEdge: bridge.edge / skinLuma,
    rimLine: (line(zones.belowEyes.right) + line(zones.belowEyes.left)) / 2,
    rimRing: rimRing(rgb, zones, stride, reach) / skinLuma,
    lensBrightness: (lenses[0].brightness + lenses[1].brightness) / 2 / skinLuma,
    eyeContrast: (eyes[0].spread + eyes[1].spread) / 2 / skinLuma,
    eyeLocalContrast: (eyes[0].local + eyes[1].local) / 2,
    lensGlare: Math.max(lenses[0].glare, lenses[1].glare),
  };
}
