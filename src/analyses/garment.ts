import { labToRgb, type Lab } from '../image/colour.js';
import { boundingBox, countSet, distanceTransform, invertMask, maskFromMap, rowSpanOutline, scaleBox, type Mask } from '../image/regions.js';
import { defineAnalysis } from './define.js';
import { MESH } from './landmarks.js';
import type { GarmentRegion, LabGrid, RegionColour } from './region-types.js';
import type { GreyMap, Point3 } from './types.js';

/*
 * Where the clothing is, in units of the face: the neck is a column 0.7 face widths wide from
 * the chin to half a face height below it; beside it the shoulders start a little below the
 * chin. The person mask's edge is left out (its soft border mixes in background).
 */
const NECK_HALF_WIDTH = 0.35;
const NECK_LENGTH = 0.5;
const SHOULDER_DROP = 0.15;
const EDGE_MARGIN = 0.04;

export interface FaceFrame {
  readonly chin: Point3;
  readonly faceWidth: number;
  readonly faceHeight: number;
}

export function faceFrame(points: readonly Point3[]): FaceFrame {
  const at = (index: number): Point3 => points[index] ?? [NaN, NaN, NaN];
  const chin = at(MESH.chin);
  const top = at(MESH.foreheadTop);
  const right = at(MESH.rightCheek);
  const left = at(MESH.leftCheek);
  return { chin, faceWidth: Math.hypot(left[0] - right[0], left[1] - right[1]), faceHeight: Math.hypot(chin[0] - top[0], chin[1] - top[1])  };
}

export function findGarment(lab: LabGrid, personMask: GreyMap, { chin, faceWidth, faceHeight }: FaceFrame): GarmentRegion {
  const { step, width, height } = lab;
  const person = maskFromMap(personMask, step);
  const depth = distanceTransform(invertMask(person));
  const margin = (EDGE_MARGIN * faceWidth) / step;
  const shoulderTop = chin[1] + SHOULDER_DROP * faceHeight;
  const neckBottom = chin[1] + NECK_LENGTH * faceHeight;
  const neckHalf = NECK_HALF_WIDTH * faceWidth;
  const data = new Uint8Array(width * height);
  for (let gy = 0; gy < height; gy++) {
    const y = (gy + 0.5) * step;
    if (y < shoulderTop) continue;
    for (let gx = 0; gx < width; gx++) {
      const i = gy * width + gx;
      if ((depth[i] as number) < margin) continue;
      const inNeck = y < neckBottom && Math.abs((gx + 0.5) * step - chin[0]) < neckHalf;
      data[i] = inNeck ? 0 : 1;
    }
  }
  const mask: Mask = { width, height, data };
  const cells = countSet(mask);
  const box = boundingBox(mask);
  return {
    mask,
    area: cells * step * step,
    share: cells / data.length,
    box: box && scaleBox(box, step),
    outline: rowSpanOutline(mask, step),
    faceWidth,
    dominantColour: cells === 0 ? null : dominantColour(lab, mask),
  };
}

const L_BINS = 11; // L* 0–100 in steps of 10
const AB_BINS = 32; // a*, b* from −128 to 128 in steps of 8

function binCoordinates(lab: LabGrid, i: number): [number, number, number] {
  return [
    Math.min(L_BINS - 1, Math.max(0, Math.floor((lab.L[i] as number) / 10))),
    Math.min(AB_BINS - 1, Math.max(0, Math.floor(((lab.a[i] as number) + 128) / 8))),
    Math.min(AB_BINS - 1, Math.max(0, Math.floor(((lab.b[i] as number) + 128) / 8))),
  ];
}

/**
 * The mean colour of the densest cell of a coarse CIELAB histogram together with its 26
 * neighbours (so a colour on a bin boundary is not split): the garment's main colour, not
 * the average of a shirt, a tie and a jacket.
 */
export function dominantColour(lab: LabGrid, mask: Mask): RegionColour {
  const index = (l: number, a: number, b: number): number => (l * AB_BINS + a) * AB_BINS + b;
  const counts = new Uint32Array(L_BINS * AB_BINS * AB_BINS);
  const occupied: number[] = [];
  for (let i = 0; i < mask.data.length; i++) {
    if (!mask.data[i]) continue;
    const k = index(...binCoordinates(lab, i));
    if (counts[k] === 0) occupied.push(k);
    counts[k] = (counts[k] as number) + 1;
  }
  const coordinatesOf = (k: number): [number, number, number] => [Math.floor(k / (AB_BINS * AB_BINS)), Math.floor(k / AB_BINS) % AB_BINS, k % AB_BINS];
  const neighbourhood = (k: number): number => {
    const [l, a, b] = coordinatesOf(k);
    let sum = 0;
    for (let nl = Math.max(0, l - 1); nl <= Math.min(L_BINS - 1, l + 1); nl++) {
      for (let na = Math.max(0, a - 1); na <= Math.min(AB_BINS - 1, a + 1); na++) {
        for (let nb = Math.max(0, b - 1); nb <= Math.min(AB_BINS - 1, b + 1); nb++) sum += counts[index(nl, na, nb)] as number;
      }
    }
    return sum;
  };
  let best = occupied[0] ?? 0;
  let bestScore = -1;
  for (const k of occupied) {
    const score = neighbourhood(k);
    if (score > bestScore) [best, bestScore] = [k, score];
  }
  const [cl, ca, cb] = coordinatesOf(best);
  let sumL = 0;
  let sumA = 0;
  let sumB = 0;
  let n = 0;
  for (let i = 0; i < mask.data.length; i++) {
    if (!mask.data[i]) continue;
    const [l, a, b] = binCoordinates(lab, i);
    if (Math.abs(l - cl) > 1 || Math.abs(a - ca) > 1 || Math.abs(b - cb) > 1) continue;
    sumL += lab.L[i] as number;
    sumA += lab.a[i] as number;
    sumB += lab.b[i] as number;
    n++;
  }
  const colour: Lab = [sumL / n, sumA / n, sumB / n];
  return { lab: colour, rgb: labToRgb(colour) };
}

export const garment = defineAnalysis({
  id: 'garment',
  needs: ['lab', 'personMask', 'mesh'],
  models: [],
  compute: ({ lab, personMask, mesh }) => findGarment(lab, personMask, faceFrame(mesh.points)),
});
