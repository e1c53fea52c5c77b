/**
 * Logistic models of the accessory rules, fitted by tools/calibrate-accessories.ts on the
 * 140-photo dev set (portraits-dev, 2026-11-28); 5-fold CV numbers in each provenance.
 * Generated: do not edit by hand.
 */
import type { LinearModel } from './linear-model.js';

export const FITTED = {
  "glasses": {
    "features": [
      "bridgeLine",
      "rimLine",
      "templeLine",
      "lensBrightness",
      "eyeContrast"
    ],
    "mean": [
      0.0439,
      0.0658,
      0.105,
      0.6948,
      0.6066
    ],
    "scale": [
      0.1058,
      0.0951,
      0.127,
      0.2007,
      0.2079
    ],
    "weights": [
      0.4947,
      0.5921,
      0.5684,
      -0.3979,
      -0.6765
    ],
    "bias": -0.5391,
    "provenance": {
      "label": "glasses",
      "photos": 140,
      "positives": 37,
      "cvBalancedAccuracy": 0.8666
    }
  },
  "headCovering": {
    "features": [
      "crownBrightness",
      "crownChroma",
      "crownTexture",
      "crownVsHair",
      "headRise",
      "foreheadSkin",
      "neckLikeCrown"
    ],
    "mean": [
      0.4862,
      14.2842,
      0.1247,
      3.5666,
      0.4142,
      0.8826,
      0.1502
    ],
    "scale": [
      0.412,
      12.3963,
      0.1168,
      3.7449,
      0.3182,
      0.2163,
      0.1971
    ],
    "weights": [
      0.1151,
      -0.2258,
      0.3429,
      0.7666,
      -0.1603,
      -0.3111,
      -0.3511
    ],
    "bias": -0.8973,
    "provenance": {
      "label": "headwear",
      "photos": 136,
      "positives": 9,
      "cvBalancedAccuracy": 0.79
    }
  },
  "hairOverBrows": {
    "features": [
      "aboveBrow",
      "onBrow",
      "foreheadVisible"
    ],
    "mean": [
      0.173,
      0.2571,
      0.2319
    ],
    "scale": [
      0.2526,
      0.2272,
      0.0885
    ],
    "weights": [
      0.656,
      0.6174,
      -0.1219
    ],
    "bias": -0.8377,
    "provenance": {
      "label": "hair_occludes_brows_or_eyes",
      "photos": 138,
      "positives": 9,
      "cvBalancedAccuracy": 0.792
    }
  },
  "hairOverEyes": {
    "features": [
      "onLid",
      "inEye",
      "foreheadVisible"
    ],
    "mean": [
      0.2398,
      0.2343,
      0.2319
    ],
    "scale": [
      0.2674,
      0.2441,
      0.0885
    ],
    "weights": [
      0.2928,
      0.4056,
      -0.4154
    ],
    "bias": -0.3726,
    "provenance": {
      "label": "hair_occludes_brows_or_eyes",
      "photos": 138,
      "positives": 9,
      "cvBalancedAccuracy": 0.6253
    }
  },
  "earCovered": {
    "features": [
      "skin",
      "hair",
      "person"
    ],
    "mean": [
      0.1031,
      0.4126,
      0.5317
    ],
    "scale": [
      0.1834,
      0.2786,
      0.3552
    ],
    "weights": [
      -0.0045,
      0.527,
      0.9303
    ],
    "bias": -0.1439,
    "provenance": {
      "label": "hair_covers_ears",
      "photos": 120,
      "positives": 50,
      "cvBalancedAccuracy": 0.7871
    }
  },
  "earrings": {
    "features": [
      "blobShare",
      "blobBrightness",
      "lobeSkin"
    ],
    "mean": [
      0.618,
      0.7028,
      0.0926
    ],
    "scale": [
      0.3118,
      0.4754,
      0.1833
    ],
    "weights": [
      -0.0622,
      -0.3801,
      -0.2823
    ],
    "bias": -0.0479,
    "provenance": {
      "label": "earrings",
      "photos": 90,
      "positives": 31,
      "cvBalancedAccuracy": 0.6692
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
      0.0282,
      0.5432,
      0.6324,
      0.2528
    ],
    "scale": [
      0.0667,
      0.2979,
      0.4146,
      0.242
    ],
    "weights": [
      -0.0331,
      0.0854,
      -0.2408,
      0.0165
    ],
    "bias": -0.0239,
    "provenance": {
      "label": "necklace",
      "photos": 120,
      "positives": 24,
      "cvBalancedAccuracy": 0.4948
    }
  }
} as const satisfies Record<string, LinearModel>;
