import { labToRgb, type Lab } from '../image/colour.js';
import { scratchArray } from '../image/scratch.js';
import type { LabGrid, RegionColour } from './region-types.js';

const L_BINS = 11; // L* 0–100 in steps of 10
const AB_BINS = 32; // a*, b* from −128 to 128 in steps of 8

const clampBin = (v: number, bins: number): number => (v < 0 ? 0 : v >= bins ? bins - 1 : Math.floor(v));

/** The bin of a colour in a coarse CIELAB histogram, packed as (l·AB_BINS + a)·AB_BINS + b. */
function binOf(L: number, a: number, b: number): number {
  return (clampBin(L / 10, L_BINS) * AB_BINS + clampBin((a + 128) / 8, AB_BINS)) * AB_BINS + clampBin((b + 128) / 8, AB_BINS);
}

const unpack = (k: number): [number, number, number] => [Math.floor(k / (AB_BINS * AB_BINS)), Math.floor(k / AB_BINS) % AB_BINS, k % AB_BINS];

/** Whether two packed bins are equal or adjacent in each of L*, a*, b*. */
function adjacent(k: number, m: number): boolean {
  const [l1, a1, b1] = unpack(k);
  const [l2, a2, b2] = unpack(m);
  return Math.abs(l1 - l2) <= 1 && Math.abs(a1 - a2) <= 1 && Math.abs(b1 - b2) <= 1;
}

/** The count of bin `k` and its (up to) 26 neighbours. */
function neighbourhood(counts: Uint32Array, k: number): number {
  const [l, a, b] = unpack(k);
  let sum = 0;
  for (let nl = Math.max(0, l - 1); nl <= Math.min(L_BINS - 1, l + 1); nl++) {
    for (let na = Math.max(0, a - 1); na <= Math.min(AB_BINS - 1, a + 1); na++) {
      for (let nb = Math.max(0, b - 1); nb <= Math.min(AB_BINS - 1, b + 1); nb++) sum += counts[(nl * AB_BINS + na) * AB_BINS + nb] as number;
    }
  }
  return sum;
}

const regionBins = scratchArray((length) => new Int32Array(length));
const binCounts = scratchArray((length) => new Uint32Array(length));
const nearBins = scratchArray((length) => new Uint8Array(length));

/**
 * The mean colour of the densest cell of a coarse CIELAB histogram together with its 26
 * neighbours (so a colour on a bin boundary is not split): a region's main colour, not the
 * average of a shirt, a tie and a jacket. The region is given by its `cells` (grid indices, in
 * scan order); null when there are none.
 */
export function dominantColour({ L, a, b }: LabGrid, cells: Int32Array): RegionColour | null {
  const n = cells.length;
  const cellBins = regionBins(n);
  const counts = binCounts(L_BINS * AB_BINS * AB_BINS).fill(0);
  const occupied: number[] = [];
  for (let c = 0; c < n; c++) {
    const i = cells[c] as number;
    const k = binOf(L[i] as number, a[i] as number, b[i] as number);
    cellBins[c] = k;
    if (counts[k] === 0) occupied.push(k);
    counts[k] = (counts[k] as number) + 1;
  }
  if (occupied.length === 0) return null;
  let best = 0;
  let bestScore = -1;
  for (const k of occupied) {
    const score = neighbourhood(counts, k);
    if (score > bestScore) [best, bestScore] = [k, score];
  }
  const near = nearBins(counts.length).fill(0);
  for (const k of occupied) if (adjacent(best, k)) near[k] = 1;
  let sumL = 0;
  let sumA = 0;
  let sumB = 0;
  let summed = 0;
  for (let c = 0; c < n; c++) {
    if (!near[cellBins[c] as number]) continue;
    const i = cells[c] as number;
    sumL += L[i] as number;
    sumA += a[i] as number;
    sumB += b[i] as number;
    summed++;
  }
  const colour: Lab = [sumL / summed, sumA / summed, sumB / summed];
  return { lab: colour, rgb: labToRgb(colour) };
}
