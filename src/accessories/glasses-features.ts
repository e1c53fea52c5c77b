import type { FaceZones } from '../analyses/face-zones.js';
import type { SkinModel } from '../analyses/skin-model.js';
import type { RgbImage } from '../image/intake.js';
import { sampleGrid, strideFor } from './grid.js';
import { horizontalEdge, lumaQuantile, shareBrighter } from './kernels.js';

/** Luma-only cues of eyewear, each relative to the skin's brightness so exposure cancels out. */
export interface GlassesFeatures {
  /** Straight horizontal edge between the eyes (a frame's bridge). */
  readonly bridgeEdge: number;
  /** Straight horizontal edge below the eyes (a lower rim), mean of both eyes. */
  readonly rimEdge: number;
  /** Straight horizontal edge from the eye to the face edge (a frame's arm), mean of both sides. */
  readonly templeEdge: number;
  /** Median brightness around the eyes (the eyes themselves left out). Tinted lenses darken it. */
  readonly lensBrightness: number;
  /** Spread of brightness inside the eye outlines (sclera vs iris); a dark lens flattens it. */
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
  const edge = (box: FaceZones['bridge']): number => horizontalEdge(grid(box)) / skinLuma;
  const lenses = [grid(zones.lenses.right, { exclude: bothEyes }), grid(zones.lenses.left, { exclude: bothEyes })];
  const eyes = [grid(zones.lenses.right, { within: zones.eyeSpans.right }), grid(zones.lenses.left, { within: zones.eyeSpans.left })];
  const contrast = eyes.map((g) => lumaQuantile(g, 0.9) - lumaQuantile(g, 0.1));
  return {
    bridgeEdge: edge(zones.bridge),
    rimEdge: (edge(zones.belowEyes.right) + edge(zones.belowEyes.left)) / 2,
    templeEdge: (edge(zones.temples.right) + edge(zones.temples.left)) / 2,
    lensBrightness: (lumaQuantile(lenses[0]!, 0.5) + lumaQuantile(lenses[1]!, 0.5)) / 2 / skinLuma,
    eyeContrast: (contrast[0]! + contrast[1]!) / 2 / skinLuma,
    lensGlare: Math.max(shareBrighter(lenses[0]!, GLARE_LUMA), shareBrighter(lenses[1]!, GLARE_LUMA)),
  };
}
