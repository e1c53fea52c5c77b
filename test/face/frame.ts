import sharp from 'sharp';
import { createChecker, type Checker } from '../../src/checker.js';
import type { Profile } from '../../src/profiles/types.js';
import type { RuleResult, Verdict } from '../../src/verdict.js';

export const FIXTURE = new URL('../../fixtures/grace_hopper.jpg', import.meta.url).pathname;

export const FACE_PROFILE_RULES = [
  'single-face',
  'head-top',
  'eye-line',
  'face-width',
  'face-centered',
  'eyes-level',
  'facing-camera',
  'head-upright',
  'gaze-straight',
  'eyes-open',
  'lips-closed',
  'natural-expression',
  'shoulders-level',
] as const;

export function faceChecker(): Checker {
  const profile: Profile = { id: 'face-test', title: { en: 'face rules', zh: '人脸规则' }, source: 'test', rules: Object.fromEntries(FACE_PROFILE_RULES.map((id) => [id, {}])) };
  return createChecker({ profile });
}

export function result(verdict: Verdict, rule: string): RuleResult {
  const found = verdict.results.find((r) => r.rule === rule);
  if (!found) throw new Error(`no result for ${rule}`);
  return found;
}

export function value(verdict: Verdict, rule: string, name: string): number {
  const v = result(verdict, rule).measurements[name]?.value;
  if (typeof v !== 'number') throw new Error(`${rule}.${name} is not a number: ${String(v)}`);
  return v;
}

/** The fixture portrait scaled by `scale`, turned `angleDeg` clockwise, centred at (cx, cy) in a grey 480×640 JPEG. */
export async function placed(options: { scale: number; angleDeg?: number; cx?: number; cy?: number; mirror?: boolean; frame?: [number, number] }): Promise<Buffer> {
  const [width, height] = options.frame ?? [480, 640];
  const meta = await sharp(FIXTURE).metadata();
  let portrait = sharp(FIXTURE).resize(Math.round(meta.width * options.scale));
  if (options.mirror) portrait = portrait.flop();
  const turned = await portrait.rotate(options.angleDeg ?? 0, { background: '#ddd' }).png().toBuffer();
  const { width: w, height: h } = await sharp(turned).metadata();
  const cx = options.cx ?? width / 2;
  const cy = options.cy ?? height / 2;
  const left = Math.round(cx - w / 2);
  const top = Math.round(cy - h / 2);
  // Crop what falls outside the frame, then composite onto the background.
  const x0 = Math.max(0, -left);
  const y0 = Math.max(0, -top);
  const part = await sharp(turned)
    .extract({ left: x0, top: y0, width: Math.min(w - x0, width - Math.max(0, left)), height: Math.min(h - y0, height - Math.max(0, top)) })
    .toBuffer();
  return sharp({ create: { width, height, channels: 3, background: '#ddd' } })
    .composite([{ input: part, left: Math.max(0, left), top: Math.max(0, top) }])
    .jpeg({ quality: 92 })
    .toBuffer();
}
