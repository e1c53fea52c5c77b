import { type ColourModel, type ToneModel, cbOf, chromaPerLuma, crOf, distanceOfTone, logLuma, lumaOf } from './colour-model.js';

/** Outside the image, outside the person, or excluded (e.g. inside the face oval). */
export const PIXEL_IGNORED = 0;
export const PIXEL_SKIN = 1;
export const PIXEL_HAIR = 2;
export const PIXEL_OTHER = 3;

export interface ColourModels {
  readonly skin: ColourModel;
  /** Null when the photo shows no hair distinct from the skin (bald, shaved, cropped). */
  readonly hair: ToneModel | null;
}

/** A pixel within this many spreads of a model's centre is "like" that model. */
const LIKE_DISTANCE = 3;

const SLOT_BITS = 13;

/**
 * Classifies RGB colours as skin, hair or other against one pair of models, remembering each
 * colour's class: the few tens of thousands of pixels around a face repeat a few thousand
 * colours, and a lookup costs far less than a logarithm and two tone distances. The class is a
 * function of the colour alone, so remembering it changes nothing.
 */
export class PixelClassifier {
  /** Direct-mapped, small enough to stay in cache: colour (0xRRGGBB) << 2 | its class in each slot, -1 for none. */
  private readonly slots = new Int32Array(1 << SLOT_BITS).fill(-1);

  constructor(private models: ColourModels) {}

  /** Whether it classifies against this pair of models. */
  serves(models: ColourModels): boolean {
    return this.models.skin === models.skin && this.models.hair === models.hair;
  }

  /** Classifies against another pair of models from now on, forgetting every class remembered. */
  retarget(models: ColourModels): void {
    this.models = models;
    this.slots.fill(-1);
  }

  classOf(red: number, green: number, blue: number): number {
    const key = (red << 16) | (green << 8) | blue;
    const slot = Math.imul(key, 0x9e3779b1) >>> (32 - SLOT_BITS);
    const held = this.slots[slot]!;
    if (held >>> 2 === key) return held & 3;
    const cls = this.classify(lumaOf(red, green, blue), cbOf(red, green, blue), crOf(red, green, blue));
    this.slots[slot] = (key << 2) | cls;
    return cls;
  }

  private classify(luma: number, cb: number, cr: number): number {
    const { skin, hair } = this.models;
    const ln = logLuma(luma);
    const u = chromaPerLuma(cb, luma);
    const v = chromaPerLuma(cr, luma);
    const toSkin = distanceOfTone(skin, ln, u, v);
    const toHair = hair ? distanceOfTone(hair, ln, u, v) : Infinity;
    if (toSkin <= LIKE_DISTANCE && toSkin <= toHair) return PIXEL_SKIN;
    if (toHair <= LIKE_DISTANCE) return PIXEL_HAIR;
    return PIXEL_OTHER;
  }
}

/**
 * A photo's rules classify against four or five pairs of models (skin alone, skin and hair,
 * the ears' wider skin, the crown), interleaved; with two photos in flight, twice as many.
 */
const KEPT_CLASSIFIERS = 8;

/**
 * The classifiers in use, most recently used first. A pair without one takes over the least
 * recently used, so the tables are allocated once, not once per pair of models.
 */
const recent: PixelClassifier[] = [];

/** The classifier of a pair of models, shared by every grid classified against the same pair. */
export function classifierFor(models: ColourModels): PixelClassifier {
  let at = 0;
  while (at < recent.length && !recent[at]!.serves(models)) at++;
  let classifier: PixelClassifier;
  if (at < recent.length) [classifier] = recent.splice(at, 1) as [PixelClassifier];
  else if (recent.length < KEPT_CLASSIFIERS) classifier = new PixelClassifier(models);
  else (classifier = recent.pop()!).retarget(models);
  recent.unshift(classifier);
  return classifier;
}
