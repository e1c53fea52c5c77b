/** A shadow darkens the backdrop without changing its chromaticity by more than this (a*b*). */
export const SHADOW_CHROMA_SHIFT = 10;

/**
 * A cell's departure from the backdrop (`deviation.dL`, `deviation.dAb`) that is darker by at
 * least `minDarkening` L* but of its hue: a shadow's colour, wherever it is. It takes the values,
 * not the region: the rules' loops over every cell take the region's arrays out once, as a chain
 * of property reads per cell costs more than the test itself.
 */
export function isShadowColour(dL: number, dAb: number, minDarkening: number): boolean {
  return dL <= -minDarkening && dAb < SHADOW_CHROMA_SHIFT;
}
