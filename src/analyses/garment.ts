import { boundingBox, chamferDisc, dilate, maskFromMap, rowSpanOutline, scaleBox, type GridBox, type Mask } from '../image/regions.js';
import { scratchArray } from '../image/scratch.js';
import { median } from '../image/stats.js';
import { hypot } from '../image/colour.js';
import { defineAnalysis } from './define.js';
import { dominantColour } from './dominant-colour.js';
import { MESH } from './landmarks.js';
import type { GarmentRegion, LabGrid } from './region-types.js';
import type { GreyMap, Point3 } from './types.js';

/*
 * Where the clothing is, in units of the face: the upper chest an ID photo shows, from a little
 * below the chin to 1.5 face heights below it and 1.6 face widths either side of the chin (not
 * the hands, legs or neighbours of a full-length or group photo). The person mask's edge is
 * left out (its soft border mixes in background), and so is whatever has the face's skin
 * colour (neck, neckline, arms), which leaves a tie under the chin in.
 */
const SHOULDER_DROP = 0.15;
const CHEST_DEPTH = 1.5;
const CHEST_HALF_WIDTH = 1.6;
const EDGE_MARGIN = 0.04;

export interface FaceFrame {
  readonly chin: Point3;
  readonly noseTip: Point3;
  readonly faceWidth: number;
  readonly faceHeight: number;
}

export function faceFrame(points: readonly Point3[]): FaceFrame {
  const at = (index: number): Point3 => points[index] ?? [NaN, NaN, NaN];
  const chin = at(MESH.chin);
  const top = at(MESH.foreheadTop);
  const right = at(MESH.rightCheek);
  const left = at(MESH.leftCheek);
  return { chin, noseTip: at(MESH.noseTip), faceWidth: Math.hypot(left[0] - right[0], left[1] - right[1]), faceHeight: Math.hypot(chin[0] - top[0], chin[1] - top[1]) };
}

const garmentCells = scratchArray((length) => new Int32Array(length));

export function findGarment(lab: LabGrid, personMask: GreyMap, frame: FaceFrame): GarmentRegion {
  const { step, width, height } = lab;
  const { chin, faceWidth, faceHeight } = frame;
  const margin = (EDGE_MARGIN * faceWidth) / step;
  const skin = skinReference(lab, frame);
  const { L, a, b } = lab;
  const gx0 = Math.max(0, Math.floor((chin[0] - CHEST_HALF_WIDTH * faceWidth) / step));
  const gx1 = Math.min(width, Math.ceil((chin[0] + CHEST_HALF_WIDTH * faceWidth) / step));
  const gy0 = Math.max(0, Math.ceil((chin[1] + SHOULDER_DROP * faceHeight) / step - 0.5));
  const gy1 = Math.min(height, Math.ceil((chin[1] + CHEST_DEPTH * faceHeight) / step));
  const data = new Uint8Array(width * height);
  const cells = garmentCells(width * height);
  let n = 0;
  if (gx1 > gx0 && gy1 > gy0) {
    const edge = personEdge(personMask, lab, { x: gx0, y: gy0, width: gx1 - gx0, height: gy1 - gy0 }, margin);
    const nearEdge = edge.data;
    for (let gy = gy0; gy < gy1; gy++) {
      for (let gx = gx0, e = (gy - edge.y) * edge.width + (gx0 - edge.x); gx < gx1; gx++, e++) {
        const i = gy * width + gx;
        if (nearEdge[e] || (skin && isSkin(L[i] as number, a[i] as number, b[i] as number, skin))) continue;
        data[i] = 1;
        cells[n++] = i;
      }
    }
  }
  const mask: Mask = { width, height, data };
  const box = boundingBox(mask);
  return {
    mask,
    area: n * step * step,
    share: n / data.length,
    box: box && scaleBox(box, step),
    outline: rowSpanOutline(mask, step),
    faceWidth,
    centreX: chin[0],
    dominantColour: dominantColour(lab, cells.subarray(0, n)),
  };
}

/**
 * Which of the chest box's cells lie less than `margin` grid cells (3-4 chamfer distance) inside
 * the person, outside cells included: the cells outside the person, dilated by the chamfer disc
 * of that radius, on the box widened by ceil(margin) cells, which holds every cell that close
 * (a chamfer path moves at most its length along either axis).
 */
function personEdge(personMask: GreyMap, grid: LabGrid, box: GridBox, margin: number): Mask & { x: number; y: number } {
  const pad = Math.ceil(margin);
  const x0 = Math.max(0, box.x - pad);
  const y0 = Math.max(0, box.y - pad);
  const x1 = Math.min(grid.width, box.x + box.width + pad);
  const y1 = Math.min(grid.height, box.y + box.height + pad);
  const window = { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
  // A disc reaching across the whole window marks no more of it (and a huge margin stays cheap).
  const radius = Math.min(margin, window.width + window.height);
  return { ...dilate(maskFromMap(personMask, grid.step, { window }), chamferDisc(radius), 0), x: x0, y: y0 };
}

/*
 * The skin reference is the median colour below the eyes beside the nose (half a face width
 * across, 0.15 face heights tall, ending at the nose tip). A cell is skin when its chromaticity
 * is within 10 a*b* of it and it is at most 35 L* darker (a neck in shadow) or 15 lighter.
 * A reference with less chroma than 6 (a greyscale photo) excludes nothing.
 */
const SKIN_CHROMA_TOLERANCE = 10;
const SKIN_DARKER = 35;
const SKIN_LIGHTER = 15;
const MIN_SKIN_CHROMA = 6;

interface SkinReference {
  readonly L: number;
  readonly a: number;
  readonly b: number;
}

/** The skin reference colour; null when it has too little chroma to tell skin by. */
function skinReference(lab: LabGrid, { noseTip, faceWidth, faceHeight }: FaceFrame): SkinReference | null {
  const cells: number[] = [];
  const x0 = Math.max(0, Math.floor((noseTip[0] - 0.25 * faceWidth) / lab.step));
  const x1 = Math.min(lab.width, Math.ceil((noseTip[0] + 0.25 * faceWidth) / lab.step));
  const y0 = Math.max(0, Math.floor((noseTip[1] - 0.15 * faceHeight) / lab.step));
  const y1 = Math.min(lab.height, Math.ceil(noseTip[1] / lab.step));
  for (let gy = y0; gy < y1; gy++) for (let gx = x0; gx < x1; gx++) cells.push(gy * lab.width + gx);
  const medianOf = (plane: Float32Array): number => median(cells.map((i) => plane[i] as number));
  const [L, a, b] = [medianOf(lab.L), medianOf(lab.a), medianOf(lab.b)];
  return Math.hypot(a, b) >= MIN_SKIN_CHROMA ? { L, a, b } : null;
}

/** Whether a cell's colour is skin by the reference (values, not the grid: this runs per cell). */
function isSkin(L: number, a: number, b: number, skin: SkinReference): boolean {
  const dL = L - skin.L;
  return dL >= -SKIN_DARKER && dL <= SKIN_LIGHTER && hypot(a - skin.a, b - skin.b) < SKIN_CHROMA_TOLERANCE;
}

export const garment = defineAnalysis({
  id: 'garment',
  needs: ['lab', 'personMask', 'mesh'],
  models: [],
  compute: ({ lab, personMask, mesh }) => findGarment(lab, personMask, faceFrame(mesh.points)),
});
