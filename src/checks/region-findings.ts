import { z } from 'zod';
import type { Rgb } from '../image/colour.js';
import type { BackgroundRegion, GarmentRegion, LabGrid } from '../analyses/region-types.js';
import type { Region } from '../verdict.js';
import type { Finding } from './define.js';

/** What the background and clothing checks share: when they cannot judge, and how they report. */

export const minBackgroundShare = z.number().min(0).max(1).default(0.04);
export const minGarmentShare = z.number().min(0).max(1).default(0.03);

/**
 * `skipped` when there is too little backdrop to judge (a tight crop) or the backdrop is
 * transparent (a cut-out PNG: its colour would be whatever the viewer paints behind it).
 */
export function backgroundUnjudgeable(background: BackgroundRegion, minShare: number): Finding | null {
  if (background.transparentShare > 0.01) {
    const percent = Math.round(background.transparentShare * 100);
    return {
      status: 'skipped',
      code: 'transparent-background',
      message: { en: `${percent} % of the background is transparent, so its colour cannot be judged`, zh: `背景有 ${percent}% 为透明，无法判断背景` },
      measurements: { transparentShare: { value: rounded(background.transparentShare, 3), unit: 'ratio' } },
    };
  }
  return background.share < minShare ? tooLittleVisible('no-background', 'backgroundShare', { en: 'background', zh: '背景' }, background.share, minShare) : null;
}

export function garmentUnjudgeable(garment: GarmentRegion, minShare: number): Finding | null {
  if (garment.share >= minShare && garment.dominantColour) return null;
  return tooLittleVisible('no-garment', 'garmentShare', { en: 'clothing', zh: '衣着' }, garment.share, minShare);
}

/** `skipped`: the region (`share` of the frame) is smaller than the `minShare` a judgement needs. */
function tooLittleVisible(code: string, name: string, what: { en: string; zh: string }, share: number, minShare: number): Finding {
  return {
    status: 'skipped',
    code,
    message: {
      en: `Too little ${what.en} is visible (${percentOf(share)} of the frame, at least ${percentOf(minShare)} needed) to judge it`,
      zh: `可见${what.zh}太少（占画面 ${percentOf(share)}，至少需要 ${percentOf(minShare)}），无法判断`,
    },
    measurements: { [name]: { value: rounded(share, 3), unit: 'ratio' } },
    limits: { [name]: { min: minShare, unit: 'ratio' } },
  };
}

/** A photo without colour anywhere: fewer than 0.5 % of the grid cells have a chroma of 5 or more. */
export function isGreyscale({ L, a: planeA, b: planeB }: LabGrid): boolean {
  const limit = 0.005 * L.length;
  let coloured = 0;
  for (let i = 0; i < L.length; i++) {
    const a = planeA[i] as number;
    const b = planeB[i] as number;
    if (a * a + b * b >= 25 && ++coloured >= limit) return false;
  }
  return coloured < limit;
}

export function rounded(value: number, digits = 2): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}

export function percentOf(share: number): string {
  return `${Math.round(share * 1000) / 10} %`;
}

export function rgbText([r, g, b]: Rgb): string {
  return `rgb(${r}, ${g}, ${b})`;
}

export function backgroundOutline(background: BackgroundRegion): Region {
  return { kind: 'polygon', label: 'background starts outside this outline', points: background.excludedOutline };
}

export function garmentOutline(garment: GarmentRegion): Region {
  return { kind: 'polygon', label: 'clothing', points: garment.outline };
}
