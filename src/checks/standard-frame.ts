import { z } from 'zod';
import type { ImageInfo } from '../image/intake.js';
import type { Message, Point, Region } from '../verdict.js';
import type { Finding } from './define.js';
import { judgeRange } from './judge-range.js';
import { measured } from './measure.js';

/**
 * The head-position rules are written for the 480×640 frame. A photo of another size with the
 * same 3:4 aspect ratio is judged as if scaled to that frame (its measurements are multiplied by
 * `scale`); a photo of another aspect ratio is not judged here (image-size already fails it).
 */
export type FrameFit = { readonly ok: true; readonly scale: number } | { readonly ok: false; readonly finding: Finding };

/** A photo within this many pixels of the frame's width after scaling to its height has the frame's aspect ratio. */
const ASPECT_TOLERANCE_PX = 1;

export function fitStandardFrame(info: Pick<ImageInfo, 'width' | 'height'>, frame: { width: number; height: number }): FrameFit {
  const scale = frame.height / info.height;
  if (Math.abs(info.width * scale - frame.width) <= ASPECT_TOLERANCE_PX) return { ok: true, scale };
  return {
    ok: false,
    finding: {
      status: 'skipped',
      code: 'not-applicable',
      message: {
        en: `The photo is ${info.width}×${info.height} px, not the ${frame.width}:${frame.height} shape of the standard frame, so head position is not judged (image-size reports the size)`,
        zh: `照片为 ${info.width}×${info.height} 像素，宽高比与 ${frame.width}×${frame.height} 标准画幅不同，不判断头部位置（尺寸问题由像素尺寸规则报告）`,
      },
      measurements: { width: measured(info.width, 'px'), height: measured(info.height, 'px') },
    },
  };
}

/** Parameters every head-position check shares: the standard frame its limits are written for. */
export const frameParams = {
  frameWidth: z.number().int().positive().default(480),
  frameHeight: z.number().int().positive().default(640),
};

/** The band of rows a frame limit allows, drawn across the photo in its own pixels. */
function allowedBand(label: string, limit: { min: number; max: number }, scale: number, width: number): Region {
  return { kind: 'box', label, x: 0, y: limit.min / scale, width, height: (limit.max - limit.min) / scale };
}

/** A row of the photo (the head top, the eye line) and what it was measured from. */
export interface FrameRow {
  readonly name: string;
  /** The row, in the photo's own pixels. */
  readonly y: number;
  readonly what: Message;
  /** What the row is, for the line drawn along it ("head top", "eye line"). */
  readonly label: string;
  readonly points: { readonly label: string; readonly points: readonly Point[] };
}

/**
 * A row judged against the band `min`–`max` of the standard frame, in the frame's pixels:
 * too high above the band, too low below it; drawn with the band, the row and its points.
 */
export function judgeFrameRow(info: Pick<ImageInfo, 'width' | 'height'>, limits: { min: number; max: number; frameWidth: number; frameHeight: number }, row: FrameRow): Finding {
  const { min, max, frameWidth, frameHeight } = limits;
  const frame = fitStandardFrame(info, { width: frameWidth, height: frameHeight });
  if (!frame.ok) return frame.finding;
  return judgeRange({
    name: row.name,
    value: row.y * frame.scale,
    unit: 'px',
    limit: { min, max },
    what: row.what,
    codes: { below: 'too-high', above: 'too-low' },
    extra: { frameScale: measured(frame.scale, 'ratio') },
    regions: [
      allowedBand(`allowed ${row.label}`, { min, max }, frame.scale, info.width),
      { kind: 'line', label: row.label, from: [0, row.y], to: [info.width, row.y] },
      { kind: 'points', ...row.points },
    ],
  });
}
