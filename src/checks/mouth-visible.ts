import type { SkinModel } from '../analyses/skin-model.js';
import type { FaceColours } from '../retouch/face-colours.js';
import type { Message, Region } from '../verdict.js';
import type { Finding } from './define.js';
import { round } from './judge-range.js';
import { measured } from './measure.js';

/**
 * Lips are red: their a* is a large share of the skin's own chroma whatever the complexion or
 * the light (0.33 and more on the dev set's visible lips, lipstick or none). A mask, a scarf or
 * a knit over the mouth is not (0–0.17 on its masks): the mesh then guesses lips that are not
 * there, and a lip rule must not judge them. 0.25 lies between.
 */
const MIN_LIP_REDNESS = 0.25;
/** Below this skin chroma (C*ab) the photo is all but colourless and lips cannot be told by colour. */
const MIN_SKIN_CHROMA = 5;

/** Lip a* over the skin's chroma, or null when the photo has too little colour to say. */
function lipRedness(skinModel: SkinModel, { skin, lips }: FaceColours): number | null {
  if (skinModel.greyscale || !(skin.chroma >= MIN_SKIN_CHROMA)) return null;
  return lips.pixels > 0 ? lips.a / skin.chroma : null;
}

/** A lip rule's answer when the lips are covered (`skipped`, which keeps the photo from passing), or null when they show. */
export function coveredMouth({ skinModel, faceColours }: { skinModel: SkinModel; faceColours: FaceColours }, title: Message, regions: readonly Region[]): Finding | null {
  const redness = lipRedness(skinModel, faceColours);
  if (redness === null || redness >= MIN_LIP_REDNESS) return null;
  return {
    status: 'skipped',
    code: 'cannot-judge',
    message: {
      en: `${title.en} not judged: mouth not visible (the lip region is not lip-coloured: redness ${round(redness)} of the skin's chroma, lips show at least ${MIN_LIP_REDNESS}); a mask, scarf or hand covers it`,
      zh: `${title.zh}未判断：嘴部不可见（被口罩、围巾或手遮挡）`,
    },
    measurements: { reason: measured('mouth-covered', 'code'), lipRedness: measured(round(redness), 'ratio') },
    regions,
  };
}
