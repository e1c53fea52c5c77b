import { color24bit } from './color-24bit.js';
import type { CheckDefinition } from './define.js';
import { density } from './density.js';
import { fileSize } from './file-size.js';
import { imageSize } from './image-size.js';
import { jpegFormat } from './jpeg-format.js';
import { jpegQuality } from './jpeg-quality.js';
import { pendingCheck } from './pending.js';

/**
 * The only registration point of checks, in the order of the standard. A rule that is not
 * implemented yet is a `pendingCheck`: it reports `skipped` / `not-implemented`.
 */
export const CHECKS = [
  // File
  jpegFormat,
  color24bit,
  imageSize,
  density,
  jpegQuality,
  fileSize,
  // Head position in the frame
  pendingCheck('single-face', 'Exactly one person', '仅一人'),
  pendingCheck('head-top', 'Head top position', '头顶位置'),
  pendingCheck('eye-line', 'Eye line height', '眼睛高度'),
  pendingCheck('face-width', 'Face width', '脸部宽度'),
  pendingCheck('face-centered', 'Face centred', '脸部居中'),
  // Pose and expression
  pendingCheck('eyes-level', 'Eyes level (roll)', '双眼水平（头部侧倾）'),
  pendingCheck('facing-camera', 'Facing the camera (yaw)', '正对镜头（头部转动）'),
  pendingCheck('head-upright', 'Head upright (pitch)', '头部端正（俯仰）'),
  pendingCheck('gaze-straight', 'Looking straight ahead', '双眼平视'),
  pendingCheck('eyes-open', 'Eyes open', '双眼睁开'),
  pendingCheck('lips-closed', 'Lips closed', '嘴唇闭合'),
  pendingCheck('natural-expression', 'Natural expression', '表情自然'),
  pendingCheck('shoulders-level', 'Shoulders level', '双肩水平'),
  // Eyewear
  pendingCheck('no-glasses', 'No glasses', '不戴眼镜'),
  // Accessories and occlusion
  pendingCheck('no-head-covering', 'No head covering', '无头部覆盖物'),
  pendingCheck('no-earrings', 'No earrings', '无耳饰'),
  pendingCheck('no-necklace', 'No necklace', '无项链'),
  pendingCheck('hair-off-eyebrows', 'Hair off the eyebrows', '头发不遮挡眉毛'),
  pendingCheck('hair-off-eyes', 'Hair off the eyes', '头发不遮挡眼睛'),
  pendingCheck('ears-visible', 'Ears visible', '双耳露出'),
  pendingCheck('face-uncovered', 'Face uncovered', '面部无遮挡'),
  // Clothing
  pendingCheck('clothing-contrast', 'Clothing distinct from the background', '衣着与背景区分明显'),
  pendingCheck('no-blue-clothing', 'No blue clothing', '不穿蓝色衣服'),
  pendingCheck('plain-clothing', 'No stripes or busy patterns', '衣着无复杂图案或条纹'),
  // Background
  pendingCheck('background-color', 'Background colour', '背景颜色'),
  pendingCheck('background-uniform', 'Background uniform, no gradient', '背景均匀、无渐变'),
  pendingCheck('background-shadow', 'No shadow on the background', '背景无阴影'),
  pendingCheck('background-objects', 'No other people or objects', '背景无其他人或物体'),
  // Retouching and capture
  pendingCheck('no-heavy-makeup', 'No heavy make-up', '无浓妆'),
  pendingCheck('no-heavy-retouching', 'No heavy retouching or beauty filter', '无过度修图美颜'),
  pendingCheck('studio-capture', 'Studio photo, not a phone capture or re-photographed print', '照相馆拍摄，非手机自拍或翻拍'),
] as const satisfies readonly CheckDefinition[];

export type RuleId = (typeof CHECKS)[number]['id'];

export type AnyCheck = (typeof CHECKS)[number];

export const RULE_IDS: readonly RuleId[] = CHECKS.map((check) => check.id);

const BY_ID = new Map<string, AnyCheck>(CHECKS.map((check) => [check.id, check]));

export function findCheck(id: string): AnyCheck | undefined {
  return BY_ID.get(id);
}
