/**
 * Runs the face analyses and the accessory features over the labelled dev set and caches one
 * row per photo in .cache/accessory-features.json (the photos stay in ../shared; only
 * numbers are cached). Used by tools/calibrate-accessories.ts.
 */
import { earFeatures } from '../src/accessories/ear-features.js';
import { faceCoverFeatures } from '../src/accessories/face-cover-features.js';
import { glassesFeatures } from '../src/accessories/glasses-features.js';
import { hairOverFeatures } from '../src/accessories/hair-features.js';
import { headCoveringFeatures } from '../src/accessories/head-covering-features.js';
import { earringFeatures, necklaceFeatures } from '../src/accessories/jewellery-features.js';
import { earringInputs, glassesInputs, hairOverBrowsInputs, hairOverEyesInputs, headCoveringInputs, necklaceInputs, worseEarInputs } from '../src/accessories/model-inputs.js';
import type { ImageContext } from '../src/context.js';
import type { ModelRuntime } from '../src/runtime/models.js';
import { cachedRows, measureDevSet, openPhoto } from './dev-set.js';

const LABELS = ['glasses', 'headwear', 'earrings', 'necklace', 'hair_occludes_brows_or_eyes', 'hair_covers_ears'] as const;
export type LabelName = (typeof LABELS)[number];

export interface Row {
  readonly file: string;
  readonly labels: Readonly<Record<LabelName, boolean | null>>;
  /** Sunglasses are glasses the chsi-2017 profile also fails; from the labeller's notes. */
  readonly sunglasses: boolean;
  readonly error: string | null;
  readonly features: Readonly<Record<string, number>>;
}

/** Every analysis the accessory rules read. */
function analysesOf(context: ImageContext) {
  return context.resolve(['rgb', 'mesh', 'irises', 'pose', 'personMask', 'faceZones', 'skinModel', 'hairModel'] as const);
}

export type PhotoAnalyses = Awaited<ReturnType<typeof analysesOf>>;

/** Every analysis the accessory rules read, for one photo file. */
export async function analysePhoto(runtime: ModelRuntime, path: string): Promise<PhotoAnalyses> {
  return analysesOf(await openPhoto(path, runtime));
}

/** All accessory features of one photo, flattened to named numbers. */
function flatFeatures(a: PhotoAnalyses): Record<string, number> {
  const { rgb, faceZones: zones, skinModel: skin, hairModel: hair, personMask: mask, irises, pose } = a;
  const models = { skin: skin.model, hair: hair.model };
  const out: Record<string, number> = {
    yaw: pose.yaw,
    pitch: pose.pitch,
    faceWidth: zones.faceWidth,
    greyscale: skin.greyscale ? 1 : 0,
    hairModel: hair.model ? 1 : 0,
    skinLuma: skin.model.centre[0],
  };
  const add = (prefix: string, value: unknown): void => {
    if (typeof value === 'number') out[prefix] = value;
    else if (typeof value === 'boolean') out[prefix] = value ? 1 : 0;
    else if (value && typeof value === 'object' && !('x' in value)) for (const [k, v] of Object.entries(value)) add(`${prefix}.${k}`, v);
  };
  const hairOver = hairOverFeatures(rgb, zones, models, irises);
  const ears = earFeatures(rgb, mask, zones, models);
  const glasses = glassesFeatures(rgb, zones, skin);
  add('glasses', glasses);
  add('glassesModel', glassesInputs(glasses));
  add('headModel', headCoveringInputs(headCoveringFeatures(rgb, mask, zones, skin, hair)));
  add('browsModel', hairOverBrowsInputs(hairOver));
  add('eyesModel', hairOverEyesInputs(hairOver));
  add('earsModel', worseEarInputs(ears));
  add('earringModel', earringInputs(earringFeatures(rgb, mask, zones, models)));
  add('necklaceModel', necklaceInputs(necklaceFeatures(rgb, mask, zones, models)));
  add('cover', faceCoverFeatures(rgb, zones, models));
  return out;
}

/** Features and labels of every dev photo, cached in .cache/accessory-features.json while src/ and the labels are unchanged (unless `refresh`). */
export function loadRows(refresh: boolean): Promise<Row[]> {
  return cachedRows('accessory-features.json', refresh, async () =>
    (await measureDevSet(async (context) => flatFeatures(await analysesOf(context)))).map(({ entry, value, error }) => ({
      file: entry.file,
      labels: Object.fromEntries(LABELS.map((name) => [name, entry[name]])) as Row['labels'],
      sunglasses: /sunglass/i.test(entry.notes),
      error,
      features: value ?? {},
    })),
  );
}
