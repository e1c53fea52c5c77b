import type { BackgroundRegion } from '../analyses/region-types.js';

/*
 * What the shadow and object rules test of a background cell. The tests take the cell's values,
 * not the region: the rules' loops over every cell take the region's arrays out once, as a
 * chain of property reads per cell costs more than the tests themselves.
 */

/** How far from the background's inner edge a shadow of the subject is looked for, in face widths. */
export const SHADOW_REACH = 0.6;
/** A shadow darkens the backdrop without changing its chromaticity by more than this (a*b*). */
export const SHADOW_CHROMA_SHIFT = 10;

/**
 * The band beside the silhouette where a shadow of the subject is looked for: the background
 * cells whose `distanceToPerson` is below this (within SHADOW_REACH face widths of the background's inner edge).
 */
export function shadowBandLimit(background: BackgroundRegion): number {
  return background.clearance + SHADOW_REACH * background.faceWidth;
}

/** A cell's departure from the backdrop (`deviation.dL`, `deviation.dAb`) that is darker by at least `minDarkening` L* but of its hue: a shadow's colour, wherever it is. */
export function isShadowColour(dL: number, dAb: number, minDarkening: number): boolean {
  return dL <= -minDarkening && dAb < SHADOW_CHROMA_SHIFT;
}
