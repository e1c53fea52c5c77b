/**
 * Logistic models of the accessory rules, fitted by tools/calibrate-accessories.ts on the
 * 140-photo dev set (portraits-dev, 2026-11-29); 5-fold CV numbers in each provenance.
 * Generated: do not edit by hand.
 */
import type { LinearModel } from './linear-model.js';

export const FITTED = {
  "glasses": {
    "features": [
      "bridgeLine",
      "bridgeEdge",
      "rimLine",
      "rimRing",
      "lensBrightness",
      "eyeLocalContrast"
    ],
    "mean": [
      0.1543,
      0.1188,
      0.0633,
      0.2168,
      0.6972,
      0.7569
    ],
    "scale": [
      0.1727,
      0.1528,
      0.0925,
      0.1998,
      0.1992,
      0.1645
    ],
    "weights": [
      0.4726,
      0.6328,
      0.3637,
      0.4466,
      -0.4572,
      -0.5705
    ],
    "bias": -0.6036,
    "provenance": {
      "label": "glasses",
      "photos": 140,
      "positives": 37,
      "cvBalancedAccuracy": 0.9536
    }
  },
  "headCovering": {
    "features": [
      "crownVsHair",
      "crownTexture"
    ],
    "mean": [
      2.3755,
      0.1231
    ],
    "scale": [
      1.9631,
      0.1168
    ],
    "weights": [
      0.7988,
      0.4547
    ],
    "bias": -0.7843,
    "provenance": {
      "label": "headwear",
      "photos": 136,
      "positives": 9,
      "cvBalancedAccuracy": 0.8377
    }
  },
  "hairOverBrows": {
    "features": [
      "aboveBrow",
      "onBrow",
      "foreheadVisible"
    ],
    "mean": [
      0.1682,
      0.2572,
      0.2357
    ],
    "scale": [
      0.2528,
      0.2276,
      0.0897
    ],
    "weights": [
      0.6584,
      0.5623,
      -0.1401
    ],
    "bias": -0.777,
    "provenance": {
      "label": "hair_occludes_brows_or_eyes",
      "photos": 138,
      "positives": 9,
      "cvBalancedAccuracy": 0.7403
    }
  },
  "hairOverEyes": {
    "features": [
      "onLid",
      "inEye",
      "foreheadVisible"
    ],
    "mean": [
      0.2216,
      0.2334,
      0.2357
    ],
    "scale": [
      0.2623,
      0.2408,
      0.0897
    ],
    "weights": [
      0.2984,
      0.2717,
      -0.4206
    ],
    "bias": -0.2966,
    "provenance": {
      "label": "hair_occludes_brows_or_eyes",
      "photos": 138,
      "positives": 9,
      "cvBalancedAccuracy": 0.5465
    }
  },
  "earCovered": {
    "features": [
      "skin",
      "hair",
      "person"
    ],
    "mean": [
      0.2224,
      0.349,
      0.639
    ],
    "scale": [
      0.2647,
      0.2715,
      0.3474
    ],
    "weights": [
      -0.215,
      0.455,
      0.8747
    ],
    "bias": -0.1443,
    "provenance": {
      "label": "hair_covers_ears",
      "photos": 120,
      "positives": 50,
      "cvBalancedAccuracy": 0.81
    }
  },
  "earrings": {
    "features": [
      "blobShare",
      "blobBrightness",
      "lobeSkin"
    ],
    "mean": [
      0.6251,
      0.6922,
      0.0823
    ],
    "scale": [
      0.309,
      0.469,
      0.1597
    ],
    "weights": [
      -0.0062,
      -0.44,
      -0.2119
    ],
    "bias": -0.0567,
    "provenance": {
      "label": "earrings",
      "photos": 90,
      "positives": 31,
      "cvBalancedAccuracy": 0.6769
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
      0.0288,
      0.5392,
      0.6316,
      0.2542
    ],
    "scale": [
      0.0798,
      0.3009,
      0.4125,
      0.2456
    ],
    "weights": [
      -0.0438,
      0.1093,
      -0.2605,
      0.0236
    ],
    "bias": -0.0293,
    "provenance": {
      "label": "necklace",
      "photos": 120,
      "positives": 24,
      "cvBalancedAccuracy": 0.4792
    }
  }
} as const satisfies Record<string, LinearModel>;
