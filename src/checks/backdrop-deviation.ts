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
  const { dL, dAb } = background.deviation;
  return (
    (dL[i] as number) <= -minDarkening &&
    (dAb[i] as number) < SHADOW_CHROMA_SHIFT &&
    isNearSilhouette(background, i, SHADOW_REACH * background.faceWidth)
  );
}
