import { z } from 'zod';
import type { ImageInfo } from '../image/intake.js';
import type { Region } from '../verdict.js';
import type { Finding } from './define.js';
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
export function allowedBand(label: string, limit: { min: number; max: number }, scale: number, width: number): Region {
  return { kind: 'box', label, x: 0, y: limit.min / scale, width, height: (limit.max - limit.min) / scale };
}
