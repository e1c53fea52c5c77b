import type { Lab, Rgb } from '../image/colour.js';
import type { GridBox, Mask } from '../image/regions.js';
import type { SurfaceFit } from '../image/surface.js';
import type { Point } from '../verdict.js';

/**
 * The photo in CIELAB on a coarse working grid: each cell is the mean of a `step`×`step` pixel
 * block. The region analyses and colour rules work on this grid so their cost does not grow
 * with the image size; cell (gx, gy) covers pixels [gx·step, (gx+1)·step).
 */
export interface LabGrid {
  readonly width: number;
  readonly height: number;
  readonly step: number;
  readonly L: Float32Array;
  readonly a: Float32Array;
  readonly b: Float32Array;
}

/** A robust colour of a region, in CIELAB and as the 8-bit sRGB it corresponds to. */
export interface RegionColour {
  readonly lab: Lab;
  readonly rgb: Rgb;
}

/** The backdrop: what lies outside the person mask, kept clear of the silhouette's edge. */
export interface BackgroundRegion {
  /** Background cells of the `lab` grid. */
  readonly mask: Mask;
  /** The background cells within SHADOW_REACH face widths of its inner edge: where the subject's own shadow falls. */
  readonly shadowBand: Mask;
  /** The face width the background's distances and the rules' sizes are scaled by, px. */
  readonly faceWidth: number;
  readonly area: number;
  /** `area` as a share of the frame. */
  readonly share: number;
  /** Median colour of the background cells. */
  readonly colour: RegionColour;
  /** L* of the backdrop's illumination: a quadric in frame coordinates normalised to −1…1. */
  readonly illumination: SurfaceFit;
  /**
   * How each background cell departs from that backdrop (0 on the other cells): `dL` is L*
   * minus the illumination there, `dAb` the a*b* distance from the backdrop's median
   * chromaticity. A shadow is dark with little `dAb`; an object differs in either.
   */
  readonly deviation: { readonly dL: Float32Array; readonly dAb: Float32Array };
  /**
   * The illumination's lowest and highest values over the background cells, each with the first
   * cell (scan order) where it is reached; the cells are −1 when there is no background.
   */
  readonly lightingExtremes: { readonly low: number; readonly lowCell: number; readonly high: number; readonly highCell: number };
  /** Outline of what the background leaves out (the subject and the clearance around it). */
  readonly excludedOutline: readonly Point[];
  /** Share of the background that is transparent in the file (0 for an opaque image). */
  readonly transparentShare: number;
}

/** The clothing: the person mask over the upper chest, without the skin-coloured cells (neck, neckline, arms). */
export interface GarmentRegion {
  /** Garment cells of the `lab` grid. */
  readonly mask: Mask;
  readonly area: number;
  readonly share: number;
  /** Bounding box in image pixels, or null when no garment is visible. */
  readonly box: GridBox | null;
  readonly outline: readonly Point[];
  /** The face width the garment was placed by, px: the scale for texture measures. */
  readonly faceWidth: number;
  /** The chin's x, px: the middle of the chest, where a tie, placket or print sits. */
  readonly centreX: number;
  /** The most frequent colour of the garment, or null when no garment is visible. */
  readonly dominantColour: RegionColour | null;
}
