import { join } from 'node:path';
import sharp from 'sharp';
import { insideSpans, rowSpans } from '../../src/accessories/polygon.js';
import type { Box } from '../../src/analyses/types.js';
import { createChecker } from '../../src/checker.js';
import { ImageContext } from '../../src/context.js';
import { labToRgb, rgbToLab } from '../../src/image/colour.js';
import { inspectImage, type RgbImage } from '../../src/image/intake.js';
import { makeupParts } from '../../src/retouch/face-parts.js';
import { ModelRuntime } from '../../src/runtime/models.js';
import type { RuleId } from '../../src/checks/index.js';
import { chsi2017 } from '../../src/profiles/chsi-2017.js';
import type { RuleResult } from '../../src/verdict.js';

/** Edits of a real portrait through its real face mesh: painted lips, a skin-only blur. */

export const GRACE_HOPPER = join(import.meta.dirname, '..', '..', 'fixtures', 'grace_hopper.jpg');
const LIMITS = { maxPixels: 40_000_000 };

export async function faceOf(bytes: Buffer) {
  const info = await inspectImage(bytes, LIMITS);
  const runtime = new ModelRuntime({ threads: 1 });
  try {
    const context = new ImageContext({ path: null, bytes, info }, { models: runtime, maxPixels: LIMITS.maxPixels });
    return await context.resolve(['rgb', 'mesh', 'faceZones'] as const);
  } finally {
    await runtime.dispose();
  }
}

export function png(rgb: RgbImage): Promise<Buffer> {
  return sharp(rgb.data, { raw: { width: rgb.width, height: rgb.height, channels: 3 } }).png().toBuffer();
}

/** The lips (outer outline minus the mouth opening) repainted in a saturated red, keeping their lightness. */
export async function paintLips(bytes: Buffer): Promise<Buffer> {
  const { rgb, mesh } = await faceOf(bytes);
  const parts = makeupParts(mesh.points);
  const outer = rowSpans(parts.lipsOuter);
  const inner = rowSpans(parts.lipsInner);
  const data = Uint8Array.from(rgb.data);
  forEachPixel(rgb, (x, y, p) => {
    if (!insideSpans(outer, x, y) || insideSpans(inner, x, y)) return;
    const [L] = rgbToLab([data[p]!, data[p + 1]!, data[p + 2]!]);
    data.set(labToRgb([L, 60, 35]), p);
  });
  return png({ ...rgb, data });
}

/** The face's skin replaced by a heavily blurred copy; eyes, brows and mouth left sharp. */
export async function blurSkin(bytes: Buffer): Promise<Buffer> {
  const { rgb, faceZones } = await faceOf(bytes);
  const blurred = await sharp(rgb.data, { raw: { width: rgb.width, height: rgb.height, channels: 3 } }).blur(faceZones.faceWidth / 30).raw().toBuffer();
  const oval = faceZones.ovalSpans;
  const keep: Box[] = [faceZones.lenses.right, faceZones.lenses.left, faceZones.brows.right, faceZones.brows.left, faceZones.mouth];
  const kept = keep.map((b) => rowSpans([[b.x, b.y], [b.x + b.width, b.y], [b.x + b.width, b.y + b.height], [b.x, b.y + b.height]]));
  const data = Uint8Array.from(rgb.data);
  forEachPixel(rgb, (x, y, p) => {
    if (insideSpans(oval, x, y) && !kept.some((spans) => insideSpans(spans, x, y))) data.set(blurred.subarray(p, p + 3), p);
  });
  return png({ ...rgb, data });
}

function forEachPixel(rgb: RgbImage, visit: (x: number, y: number, p: number) => void): void {
  for (let y = 0; y < rgb.height; y++) for (let x = 0; x < rgb.width; x++) visit(x, y, (y * rgb.width + x) * 3);
}

/** Runs one rule on a photo's bytes, with the severity chsi-2017 gives it. */
export async function runRule(rule: RuleId, bytes: Buffer): Promise<RuleResult> {
  const setting = chsi2017.rules[rule];
  const checker = createChecker({ profile: { id: 'retouch-test', title: { en: 'test', zh: '测试' }, source: 'test', rules: { [rule]: setting } } });
  try {
    const verdict = await checker.check(bytes);
    return verdict.results.find((r) => r.rule === rule)!;
  } finally {
    await checker.dispose();
  }
}
