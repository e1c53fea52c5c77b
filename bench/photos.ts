/** What both benchmarks measure: the photos, the issues' speed targets, and medians. */
import { existsSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import type { RuleId } from '../src/checks/index.js';
import type { Verdict } from '../src/verdict.js';
import { DEV_SET_DIR } from '../tools/dev-set.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
/** Stages that are bookkeeping rather than analyses. */
export const OVERHEAD = ['read', 'inspect', 'rgb', 'rules'];
/** The models' stages. */
export const MODEL_STAGES = ['faces', 'mesh', 'irises', 'expression', 'personMask'];

/** The issues' speed targets: the analyses and rules each is about, and its budget per photo (ms). */
export const TARGETS: readonly { name: string; stages: readonly string[]; rules: readonly RuleId[]; budget: number }[] = [
  { name: 'face and person models', stages: MODEL_STAGES, rules: [], budget: 45 },
  {
    name: 'background and clothing',
    stages: ['lab', 'background', 'garment'],
    rules: ['background-color', 'background-uniform', 'background-shadow', 'background-objects', 'clothing-contrast', 'no-blue-clothing', 'plain-clothing'],
    budget: 5,
  },
  {
    name: 'accessories',
    stages: ['faceZones', 'skinModel', 'hairModel', 'earCover', 'hairOver'],
    rules: ['no-glasses', 'no-head-covering', 'no-earrings', 'no-necklace', 'hair-off-eyebrows', 'hair-off-eyes', 'ears-visible', 'face-uncovered'],
    budget: 8,
  },
];
export const WARMUP_IMAGES = 3;

/** A target's time in one verdict: its stages' times plus its rules' judging times. */
export function targetTime(target: (typeof TARGETS)[number], verdict: Pick<Verdict, 'timings' | 'results'>): number {
  const stages = target.stages.reduce((sum, stage) => sum + (verdict.timings[stage] ?? 0), 0);
  return stages + verdict.results.reduce((sum, result) => sum + (target.rules.includes(result.rule) ? result.timeMs : 0), 0);
}

/** The dev-set photos as 480×640 JPEGs, or the public-domain fixtures when the dev set is absent. */
export async function benchPhotos(): Promise<{ source: string; images: Buffer[] }> {
  const toFrame = (input: Buffer | string) => sharp(input).rotate().resize(480, 640, { fit: 'cover' }).jpeg({ quality: 90 }).toBuffer();
  if (existsSync(join(DEV_SET_DIR, 'img'))) {
    const files = (await readdir(join(DEV_SET_DIR, 'img'))).sort();
    return { source: `dev set ${DEV_SET_DIR} (${files.length} photos, resized to 480×640 JPEG)`, images: await Promise.all(files.map((f) => toFrame(join(DEV_SET_DIR, 'img', f)))) };
  }
  const files = ['astronaut.png', 'grace_hopper.jpg'];
  const images = await Promise.all(files.map(async (f) => toFrame(await readFile(join(FIXTURES, f)))));
  return { source: `generated fixtures (dev set absent at ${DEV_SET_DIR}): ${files.join(', ')} ×10 each`, images: Array.from({ length: 10 }, () => images).flat() };
}

export const quantile = (values: number[], q: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
};
