import type { Sides } from '../analyses/face-zones.js';
import type { RgbImage } from '../image/intake.js';
import type { FaceColours } from './face-colours.js';
import type { MakeupParts } from './face-parts.js';
import { type RegionLab, regionLab } from './region-colour.js';

/**
 * The colour evidence of make-up, each against the photo's own skin (so warm light or a
 * colour cast shifts both sides alike): lip colour, and the colour and darkness of the lids.
 */
export interface MakeupFeatures {
  readonly parts: MakeupParts;
  readonly skin: RegionLab;
  readonly lips: RegionLab;
  readonly lids: Sides<RegionLab>;
  /** Lip chroma minus skin chroma, C*ab. */
  readonly lipChromaExcess: number;
  /** Lip a* minus skin a*: redness beyond the skin's. */
  readonly lipRednessExcess: number;
  /** Skin L* minus the lids' L*, the darker lid: eye shadow or a smoky eye. */
  readonly lidDarkening: number;
  /** Distance of the lids' a*b* from the skin's, the more distant lid: coloured eye shadow. */
  readonly lidTint: number;
}

export function makeupFeatures(rgb: RgbImage, { parts, skin, lips }: FaceColours): MakeupFeatures {
  const lids = { right: regionLab(rgb, [parts.lids.right]), left: regionLab(rgb, [parts.lids.left]) };
  const tint = (lid: RegionLab): number => Math.hypot(lid.a - skin.a, lid.b - skin.b);
  return {
    parts,
    skin,
    lips,
    lids,
    lipChromaExcess: lips.chroma - skin.chroma,
    lipRednessExcess: lips.a - skin.a,
    lidDarkening: skin.L - Math.min(lids.right.L, lids.left.L),
    lidTint: Math.max(tint(lids.right), tint(lids.left)),
  };
}

