import type { DetectedFace, GreyMap, Point3 } from '../../src/analyses/types.js';
import { findBackground } from '../../src/analyses/background.js';
import { faceFrame, findGarment } from '../../src/analyses/garment.js';
import { labGrid } from '../../src/analyses/lab.js';
import { MESH } from '../../src/analyses/landmarks.js';
import type { BackgroundRegion, GarmentRegion, LabGrid } from '../../src/analyses/region-types.js';
import { CHECKS } from '../../src/checks/index.js';
import type { Finding } from '../../src/checks/define.js';
import type { Rgb } from '../../src/image/colour.js';
import type { RgbImage } from '../../src/image/intake.js';

/**
 * A fully synthetic 480×640 portrait with an exact person mask and face geometry: an oval head,
 * a neck and a torso on a flat backdrop, with ±2 levels of deterministic noise like a camera's.
 * The mutations below each change one thing, so a test can expect exactly one rule to flip.
 */
export const WIDTH = 480;
export const HEIGHT = 640;
const SKIN: Rgb = [224, 172, 140];
const HEAD = { cx: 240, cy: 250, rx: 95, ry: 125 };
const CHIN_Y = HEAD.cy + HEAD.ry;

export interface Portrait {
  readonly rgb: RgbImage;
  readonly person: Uint8Array;
  readonly garment: Uint8Array;
}

function isHead(x: number, y: number): boolean {
  return ((x - HEAD.cx) / HEAD.rx) ** 2 + ((y - HEAD.cy) / HEAD.ry) ** 2 <= 1;
}
function isNeck(x: number, y: number): boolean {
  return Math.abs(x - HEAD.cx) < 45 && y > HEAD.cy && y < CHIN_Y + 60;
}
/** Shoulders sloping from the neck to 60 px from the frame's sides. */
function isTorso(x: number, y: number): boolean {
  const top = CHIN_Y + 40 + Math.max(0, Math.abs(x - HEAD.cx) - 60) * 0.35;
  return y >= top && x >= 60 && x < WIDTH - 60;
}

export function portrait(backdrop: Rgb, clothing: Rgb): Portrait {
  const data = new Uint8Array(WIDTH * HEIGHT * 3);
  const person = new Uint8Array(WIDTH * HEIGHT);
  const garment = new Uint8Array(WIDTH * HEIGHT);
  let seed = 12345;
  const noise = (): number => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return (seed % 5) - 2;
  };
  for (let y = 0; y < HEIGHT; y++) {
    for (let x = 0; x < WIDTH; x++) {
      const i = y * WIDTH + x;
      const torso = isTorso(x, y) && !isNeck(x, y);
      const inPerson = isHead(x, y) || isNeck(x, y) || torso;
      person[i] = inPerson ? 255 : 0;
      garment[i] = torso ? 1 : 0;
      const colour = torso ? clothing : inPerson ? SKIN : backdrop;
      for (let c = 0; c < 3; c++) data[i * 3 + c] = Math.min(255, Math.max(0, colour[c]! + noise()));
    }
  }
  return { rgb: { width: WIDTH, height: HEIGHT, data }, person, garment };
}

/** Applies `f` to every backdrop pixel: (x, y, value, channel) → new value. */
export function paintBackdrop(p: Portrait, f: (x: number, y: number, value: number, channel: number) => number): Portrait {
  const data = Uint8Array.from(p.rgb.data);
  for (let i = 0; i < p.person.length; i++) {
    if (p.person[i]) continue;
    for (let c = 0; c < 3; c++) data[i * 3 + c] = Math.round(Math.min(255, Math.max(0, f(i % WIDTH, Math.floor(i / WIDTH), data[i * 3 + c]!, c))));
  }
  return { ...p, rgb: { ...p.rgb, data } };
}

/** Applies `f` to every garment pixel. */
export function paintGarment(p: Portrait, f: (x: number, y: number, value: number, channel: number) => number): Portrait {
  const data = Uint8Array.from(p.rgb.data);
  for (let i = 0; i < p.garment.length; i++) {
    if (!p.garment[i]) continue;
    for (let c = 0; c < 3; c++) data[i * 3 + c] = Math.round(Math.min(255, Math.max(0, f(i % WIDTH, Math.floor(i / WIDTH), data[i * 3 + c]!, c))));
  }
  return { ...p, rgb: { ...p.rgb, data } };
}

/** The face geometry the analyses read: the mesh's chin, forehead and cheek points, and a face box. */
function meshPoints(): Point3[] {
  const points: Point3[] = Array.from({ length: 468 }, () => [HEAD.cx, HEAD.cy, 0] as const);
  points[MESH.chin] = [HEAD.cx, CHIN_Y, 0];
  points[MESH.foreheadTop] = [HEAD.cx, HEAD.cy - HEAD.ry * 0.75, 0];
  points[MESH.rightCheek] = [HEAD.cx - HEAD.rx, HEAD.cy, 0];
  points[MESH.leftCheek] = [HEAD.cx + HEAD.rx, HEAD.cy, 0];
  return points;
}

const FACE_BOX = { x: HEAD.cx - HEAD.rx, y: HEAD.cy - HEAD.ry * 0.6, width: 2 * HEAD.rx, height: 2 * HEAD.rx };

export interface RegionInputs {
  readonly rgb: RgbImage;
  readonly lab: LabGrid;
  readonly background: BackgroundRegion;
  readonly garment: GarmentRegion;
}

export function analyse(p: Portrait, crop?: { readonly height: number }): RegionInputs {
  const rgb = crop ? { width: WIDTH, height: crop.height, data: p.rgb.data.subarray(0, WIDTH * crop.height * 3) } : p.rgb;
  const mask: GreyMap = { width: rgb.width, height: rgb.height, data: p.person.subarray(0, rgb.width * rgb.height) };
  const lab = labGrid(rgb);
  const face = { box: FACE_BOX } as DetectedFace;
  return {
    rgb,
    lab,
    background: { ...findBackground(lab, mask, face.box.width), transparentShare: 0 },
    garment: findGarment(lab, mask, faceFrame(meshPoints())),
  };
}

export const REGION_RULES = ['background-color', 'background-uniform', 'background-shadow', 'background-objects', 'clothing-contrast', 'no-blue-clothing', 'plain-clothing'] as const;

/** Every background and clothing rule at its default parameters. */
export function judgeAll(inputs: RegionInputs): Record<(typeof REGION_RULES)[number], Finding> {
  const findings = {} as Record<(typeof REGION_RULES)[number], Finding>;
  for (const id of REGION_RULES) {
    const check = CHECKS.find((c) => c.id === id)!;
    findings[id] = check.judge(inputs as never, check.params.parse({}) as never);
  }
  return findings;
}

/** The ids of the rules that failed. */
export function failing(findings: Record<string, Finding>): string[] {
  return Object.entries(findings)
    .filter(([, f]) => f.status === 'fail')
    .map(([id]) => id);
}
