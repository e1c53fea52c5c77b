/**
 * Logistic models of the accessory rules, fitted by tools/calibrate-accessories.ts on the
 * 140-photo dev set (portraits-dev, 2026-11-28); 5-fold CV numbers in each provenance.
 * Generated: do not edit by hand.
 */
import type { LinearModel } from './linear-model.js';

export const FITTED = {
  "glasses": {
    "features": [
      "bridgeEdge",
      "rimEdge",
      "templeEdge",
      "lensBrightness",
      "eyeContrast"
    ],
    "mean": [
      0.0401,
      0.0524,
      0.0699,
      0.6995,
      0.6312
    ],
    "scale": [
      0.0546,
      0.0446,
      0.067,
      0.193,
      0.2452
    ],
    "weights": [
      0.6568,
      0.518,
      0.4602,
      -0.2793,
      -0.6363
    ],
    "bias": -0.5216,
    "provenance": {
      "label": "glasses",
      "photos": 125,
      "positives": 34,
      "cvBalancedAccuracy": 0.8476
    }
  },
  "headCovering": {
    "features": [
      "crownBrightness",
      "crownChroma",
      "crownTexture",
      "headRise",
      "foreheadSkin",
      "neckLikeCrown"
    ],
    "mean": [
      0.6105,
      16.9242,
      0.127,
      0.4344,
      0.7549,
      0.4156
    ],
    "scale": [
      0.3764,
      12.0887,
      0.1232,
      0.3654,
      0.2994,
      0.3733
    ],
    "weights": [
      0.0267,
      -0.4172,
      0.3633,
      -0.0573,
      0.3139,
      -0.0304
    ],
    "bias": -0.2925,
    "provenance": {
      "label": "headwear",
      "photos": 135,
      "positives": 9,
      "cvBalancedAccuracy": 0.5159
    }
  },
  "hairOverBrows": {
    "features": [
      "aboveBrow",
      "onBrow"
    ],
    "mean": [
      0.4136,
      0.5761
    ],
    "scale": [
      0.359,
      0.3439
    ],
    "weights": [
      0.4915,
      -0.4654
    ],
    "bias": -0.1287,
    "provenance": {
      "label": "hair_occludes_brows_or_eyes",
      "photos": 137,
      "positives": 9,
      "cvBalancedAccuracy": 0.5386
    }
  },
  "hairOverEyes": {
    "features": [
      "onLid",
      "inEye"
    ],
    "mean": [
      0.5968,
      0.6259
    ],
    "scale": [
      0.4217,
      0.3933
    ],
    "weights": [
      -0.3369,
      -0.2365
    ],
    "bias": -0.1642,
    "provenance": {
      "label": "hair_occludes_brows_or_eyes",
      "photos": 137,
      "positives": 9,
      "cvBalancedAccuracy": 0.5903
    }
  },
  "earCovered": {
    "features": [
      "skin",
      "hair",
      "person"
    ],
    "mean": [
      0.0731,
      0.6894,
      0.5351
    ],
    "scale": [
      0.1629,
      0.3704,
      0.3568
    ],
    "weights": [
      -0.098,
      -0.136,
      0.9975
    ],
    "bias": -0.1134,
    "provenance": {
      "label": "hair_covers_ears",
      "photos": 120,
      "positives": 50,
      "cvBalancedAccuracy": 0.7829
    }
  },
  "earrings": {
    "features": [
      "blobShare",
      "blobBrightness",
      "lobeSkin"
    ],
    "mean": [
      0.3343,
      0.7351,
      0.0511
    ],
    "scale": [
      0.3725,
      0.5449,
      0.1425
    ],
    "weights": [
      -0.5335,
      0.1787,
      -0.1862
    ],
    "bias": -0.0719,
    "provenance": {
      "label": "earrings",
      "photos": 90,
      "positives": 31,
      "cvBalancedAccuracy": 0.6091
    }
  },
  "necklace": {
    "features": [
      "thinOverSkin",
      "blobShare",
      "blobBrightness",
      "neckSkin"
    ],
    "mean": [
      0.0289,
      0.3214,
      0.6163,
      0.2006
    ],
    "scale": [
      0.1051,
      0.3347,
      0.4812,
      0.2356
    ],
    "weights": [
      -0.1638,
      -0.0926,
      -0.3513,
      -0.0059
    ],
    "bias": -0.0683,
    "provenance": {
      "label": "necklace",
      "photos": 119,
      "positives": 24,
      "cvBalancedAccuracy": 0.5603
    }
  }
} as const satisfies Record<string, LinearModel>;
