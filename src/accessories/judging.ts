import { z } from 'zod';
import type { FaceZones } from '../analyses/face-zones.js';
import type { SkinModel } from '../analyses/skin-model.js';
import type { Box, HeadPose } from '../analyses/types.js';
import type { LinearModel } from './linear-model.js';
import type { Finding } from '../checks/define.js';
import type { RgbImage } from '../image/intake.js';
import type { Region } from '../verdict.js';

/** Parameters every accessory rule shares: when the face is too turned or small to judge, and the decision threshold. */
export const accessoryParams = {
  /** Beyond this yaw or pitch (degrees) the zones beside the face are not where the mesh puts them. */
  maxTurn: z.number().positive().max(90).default(25),
  /** Below this face width (px) ears, brows and jewellery are a few pixels: not judged. */
  minFaceWidth: z.number().positive().default(70),
  /** The fitted model's probability at or above which the rule is violated. */
  threshold: z.number().min(0).max(1).default(0.5),
};

export interface GuardInputs {
  readonly rgb: RgbImage;
  readonly pose: HeadPose;
  readonly faceZones: FaceZones;
  readonly skinModel?: SkinModel;
}

const SKIP_MESSAGES = {
  'face-turned': { en: 'the face is turned too far to place the regions this rule looks at', zh: '头部转动过大，无法定位该项检查的区域' },
  'face-too-small': { en: 'the face is too small to see these details', zh: '人脸过小，无法看清这些细节' },
  'face-near-edge': { en: 'the regions this rule looks at fall outside the photo', zh: '该项检查的区域超出照片边缘' },
  'too-little-skin': { en: 'too little of the face shows skin to judge', zh: '面部可见皮肤过少，无法判断' },
  greyscale: { en: 'the photo has no colour, which this rule needs to tell skin, hair and objects apart', zh: '照片无色彩，无法区分皮肤、头发与物体' },
  unreliable: { en: 'this rule\'s image analysis is not reliable enough to clear a photo', zh: '该项图像分析不够可靠，不能据此判定合格' },
} as const;

export type SkipReason = keyof typeof SKIP_MESSAGES;

/** A rule that could not judge: `skipped` with code `cannot-judge` (which keeps a photo from being called compliant) and the reason. */
export function cannotJudge(reason: SkipReason, title: string, titleZh: string, looked: readonly Region[] = []): Finding {
  const text = SKIP_MESSAGES[reason];
  return {
    status: 'skipped',
    code: 'cannot-judge',
    message: { en: `${title} not judged: ${text.en}`, zh: `${titleZh}未判断：${text.zh}` },
    measurements: { reason: { value: reason, unit: 'code' } },
    regions: looked,
  };
}

/** Why a rule cannot judge this face, or null when it can. `colour`: the rule needs a colour photo. */
export function skipReason(inputs: GuardInputs, params: { maxTurn: number; minFaceWidth: number }, looksAt: readonly Box[], colour: boolean): SkipReason | null {
  const { pose, faceZones, rgb, skinModel } = inputs;
  if (Math.abs(pose.yaw) > params.maxTurn || Math.abs(pose.pitch) > params.maxTurn) return 'face-turned';
  if (faceZones.faceWidth < params.minFaceWidth) return 'face-too-small';
  if (looksAt.some((box) => insideShare(box, rgb.width, rgb.height) < 0.7)) return 'face-near-edge';
  if (colour && skinModel?.greyscale) return 'greyscale';
  return null;
}

function insideShare(box: Box, width: number, height: number): number {
  const w = Math.min(box.x + box.width, width) - Math.max(box.x, 0);
  const h = Math.min(box.y + box.height, height) - Math.max(box.y, 0);
  const area = box.width * box.height;
  return area > 0 && w > 0 && h > 0 ? (w * h) / area : 0;
}

export function boxRegion(label: string, box: Box): Region {
  return { kind: 'box', label, x: Math.round(box.x), y: Math.round(box.y), width: Math.round(box.width), height: Math.round(box.height) };
}

/** Where a rule looked for `what`: labelled `searched: <what>`. */
export function searchedRegion(what: string, box: Box): Region {
  return { ...boxRegion(`searched: ${what}`, box), searched: true };
}

/** 0–100 score from the model's violation probability: 100 clearly fine, 0 clearly violated. */
export function scoreOf(probability: number): number {
  return Math.round(100 * (1 - probability));
}

/**
 * A fitted rule whose cross-validated balanced accuracy is below this neither passes nor fails
 * a photo on its own. It must hold on the worst of the fold draws the fitting tool tried
 * (provenance `cvWorst`): with a handful of labelled positives a single draw's number is luck.
 */
export const RELIABLE_ACCURACY = 0.75;

/** The worst cross-validated balanced accuracy recorded with a fitted model over its fold draws (0 when none is recorded). */
export function measuredAccuracy(model: LinearModel): number {
  const value = model.provenance?.['cvWorst'];
  return typeof value === 'number' ? value : 0;
}

/** The probability at which a weak rule's detection is worth a person's look. */
export const CONFIDENT_DETECTION = 0.8;

export function isReliable(model: LinearModel): boolean {
  return measuredAccuracy(model) >= RELIABLE_ACCURACY;
}

/**
 * The finding of a rule too weak to decide (see RELIABLE_ACCURACY): a confident detection
 * (probability ≥ CONFIDENT_DETECTION) goes to a person (`review`) with the measured reliability in the message; no detection is `skipped`
 * (`cannot-judge`, reason `unreliable`), never a silent pass.
 */
export function weakRuleFinding(model: LinearModel, probability: number, what: { title: string; titleZh: string; seen: string; seenZh: string }, base: Omit<Finding, 'status' | 'code' | 'message' | 'regions'>, looked: readonly Region[], found: readonly Region[]): Finding {
  const accuracy = measuredAccuracy(model).toFixed(2);
  if (probability < CONFIDENT_DETECTION) {
    const skipped = cannotJudge('unreliable', what.title, what.titleZh, looked);
    return { ...base, ...skipped, measurements: { ...base.measurements, ...skipped.measurements } };
  }
  return {
    ...base,
    status: 'review',
    code: 'possible',
    regions: [...looked, ...found],
    message: {
      en: `${what.seen}? A person decides: this rule's measured balanced accuracy is only ${accuracy}`,
      zh: `${what.seenZh}？需人工确认：该项检查实测平衡准确率仅 ${accuracy}`,
    },
  };
}
