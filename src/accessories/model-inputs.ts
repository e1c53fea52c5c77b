import type { EarFeatures } from './ear-features.js';
import type { GlassesFeatures } from './glasses-features.js';
import type { HairOverFeatures } from './hair-features.js';
import type { HeadCoveringFeatures } from './head-covering-features.js';
import type { EarringFeatures, NecklaceFeatures } from './jewellery-features.js';

/**
 * The named numbers each fitted model reads, from the rule's features. The calibration tool
 * and the checks both go through these, so a model is evaluated on exactly what it was fitted on.
 */

export type ModelInputs = Readonly<Record<string, number>>;

export const glassesInputs = (f: GlassesFeatures): ModelInputs => ({
  bridgeLine: f.bridgeLine,
  bridgeEdge: f.bridgeEdge,
  rimLine: f.rimLine,
  rimRing: f.rimRing,
  lensBrightness: f.lensBrightness,
  eyeLocalContrast: f.eyeLocalContrast,
});

/**
 * Two inputs only: with 9 coverings among the dev set's photos, the seven-input model fitted
 * noise (5-fold CV 0.79, in-sample 0.90); these two carry what generalised.
 */
export const headCoveringInputs = (f: HeadCoveringFeatures): ModelInputs => ({
  crownVsHair: f.crownVsHair,
  crownTexture: f.crownTexture,
});

export const earringInputs = (f: EarringFeatures): ModelInputs => ({
  blobShare: Math.max(f.blobs.right.share, f.blobs.left.share),
  blobBrightness: Math.max(f.blobs.right.brightness, f.blobs.left.brightness),
  lobeSkin: Math.min(f.skinShare.right, f.skinShare.left),
});

export const necklaceInputs = (f: NecklaceFeatures): ModelInputs => ({
  thinOverSkin: f.thinOverSkin,
  blobShare: f.blob.share,
  blobBrightness: f.blob.brightness,
  neckSkin: f.skinShare,
});

export const hairOverBrowsInputs = (f: HairOverFeatures): ModelInputs => ({
  aboveBrow: Math.max(f.aboveBrow.right, f.aboveBrow.left),
  onBrow: Math.max(f.onBrow.right, f.onBrow.left),
  foreheadVisible: f.foreheadVisible,
});

export const hairOverEyesInputs = (f: HairOverFeatures): ModelInputs => ({
  onLid: Math.max(f.onLid.right, f.onLid.left),
  inEye: Math.max(f.inEye.right, f.inEye.left),
  foreheadVisible: f.foreheadVisible,
});

/** One ear's inputs. */
export const earInputs = (f: EarFeatures, side: 'right' | 'left'): ModelInputs => ({
  skin: f.earSkin[side],
  hair: f.shares[side].hair,
  person: f.personShare[side],
});

/**
 * The photo-level model is fitted on the worse ear, the one showing less skin, with all its
 * inputs from that one side, as the checks judge each ear on its own.
 */
export const worseEarInputs = (f: EarFeatures): ModelInputs => earInputs(f, f.earSkin.right <= f.earSkin.left ? 'right' : 'left');
