import type { BackgroundRegion } from '../analyses/region-types.js';

/** Background cells within `reach` px of the background's inner edge (next to the silhouette). */
export function isNearSilhouette(background: BackgroundRegion, i: number, reach: number): boolean {
  return (background.distanceToPerson[i] as number) < background.clearance + reach;
}

/** How far from the background's inner edge a shadow of the subject is looked for, in face widths. */
export const SHADOW_REACH = 0.6;
/** A shadow darkens the backdrop without changing its chromaticity by more than this (a*b*). */
export const SHADOW_CHROMA_SHIFT = 10;

/** A background cell next to the silhouette that is darker than the backdrop but of its hue. */
export function isShadowLike(background: BackgroundRegion, i: number, minDarkening: number): boolean {
  return isShadowColoured(background, i, minDarkening) && isNearSilhouette(background, i, SHADOW_REACH * background.faceWidth);
}

/** A cell darker than the backdrop by at least `minDarkening` L* but of its hue: a shadow's colour, wherever it is. */
export function isShadowColoured(background: BackgroundRegion, i: number, minDarkening: number): boolean {
  return (background.deviation.dL[i] as number) <= -minDarkening && (background.deviation.dAb[i] as number) < SHADOW_CHROMA_SHIFT;
}
