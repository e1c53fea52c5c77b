import { backgroundColor } from './background-color.js';
import { backgroundObjects } from './background-objects.js';
import { backgroundShadow } from './background-shadow.js';
import { backgroundUniform } from './background-uniform.js';
import { clothingContrast } from './clothing-contrast.js';
import { color24bit } from './color-24bit.js';
import type { CheckDefinition } from './define.js';
import { density } from './density.js';
import { fileSize } from './file-size.js';
import { imageSize } from './image-size.js';
import { jpegFormat } from './jpeg-format.js';
import { jpegQuality } from './jpeg-quality.js';
import { noBlueClothing } from './no-blue-clothing.js';
import { earsVisible } from './ears-visible.js';
import { faceUncovered } from './face-uncovered.js';
import { hairOffEyebrows } from './hair-off-eyebrows.js';
import { hairOffEyes } from './hair-off-eyes.js';
import { noEarrings } from './no-earrings.js';
import { noGlasses } from './no-glasses.js';
import { noHeadCovering } from './no-head-covering.js';
import { noNecklace } from './no-necklace.js';
import { noHeavyMakeup } from './no-heavy-makeup.js';
import { noHeavyRetouching } from './no-heavy-retouching.js';
import { studioCapture } from './studio-capture.js';
import { singleFace } from './single-face.js';
import { headTop } from './head-top.js';
import { eyeLine } from './eye-line.js';
import { faceWidth } from './face-width.js';
import { faceCentered } from './face-centered.js';
import { eyesLevel } from './eyes-level.js';
import { facingCamera } from './facing-camera.js';
import { headUpright } from './head-upright.js';
import { gazeStraight } from './gaze-straight.js';
import { eyesOpen } from './eyes-open.js';
import { lipsClosed } from './lips-closed.js';
import { naturalExpression } from './natural-expression.js';
import { shouldersLevel } from './shoulders-level.js';
import { plainClothing } from './plain-clothing.js';

/** The only registration point of checks, in the order of the standard. */
export const CHECKS = [
  // File
  jpegFormat,
  color24bit,
  imageSize,
  density,
  jpegQuality,
  fileSize,
  // Head position in the frame
  singleFace,
  headTop,
  eyeLine,
  faceWidth,
  faceCentered,
  // Pose and expression
  eyesLevel,
  facingCamera,
  headUpright,
  gazeStraight,
  eyesOpen,
  lipsClosed,
  naturalExpression,
  shouldersLevel,
  // Eyewear
  noGlasses,
  // Accessories and occlusion
  noHeadCovering,
  noEarrings,
  noNecklace,
  hairOffEyebrows,
  hairOffEyes,
  earsVisible,
  faceUncovered,
  // Clothing
  clothingContrast,
  noBlueClothing,
  plainClothing,
  // Background
  backgroundColor,
  backgroundUniform,
  backgroundShadow,
  backgroundObjects,
  // Retouching and capture
  noHeavyMakeup,
  noHeavyRetouching,
  studioCapture,
] as const satisfies readonly CheckDefinition[];

export type RuleId = (typeof CHECKS)[number]['id'];

export type AnyCheck = (typeof CHECKS)[number];

export const RULE_IDS: readonly RuleId[] = CHECKS.map((check) => check.id);

const BY_ID = new Map<string, AnyCheck>(CHECKS.map((check) => [check.id, check]));

export function findCheck(id: string): AnyCheck | undefined {
  return BY_ID.get(id);
}
