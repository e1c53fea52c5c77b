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
      0.1617,
      0.1253,
      0.0658,
      0.2264,
      0.6934,
      0.7646
    ],
    "scale": [
      0.1792,
      0.1563,
      0.0945,
      0.2061,
      0.2044,
      0.1669
    ],
    "weights": [
      0.4856,
      0.6205,
      0.3571,
      0.4288,
      -0.4685,
      -0.6022
    ],
    "bias": -0.5199,
    "provenance": {
      "label": "glasses",
      "photos": 125,
      "positives": 36,
      "cvBalancedAccuracy": 0.9554,
      "cvDraws": 20,
      "cvMean": 0.9523,
      "cvWorst": 0.9359
    }
  },
  "headCovering": {
    "features": [
      "crownVsHair",
      "crownTexture"
    ],
    "mean": [
      2.3594,
      0.1262
    ],
    "scale": [
      1.9873,
      0.1193
    ],
    "weights": [
      0.8128,
      0.4478
    ],
    "bias": -0.7692,
    "provenance": {
      "label": "headwear",
      "photos": 121,
      "positives": 9,
      "cvBalancedAccuracy": 0.8353,
      "cvDraws": 20,
      "cvMean": 0.8563,
      "cvWorst": 0.813
    }
  },
  "hairOverBrows": {
    "features": [
      "aboveBrow",
      "onBrow",
      "foreheadVisible"
    ],
    "mean": [
      0.1769,
      0.2553,
      0.2373
    ],
    "scale": [
      0.2581,
      0.221,
      0.0896
    ],
    "weights": [
      0.6175,
      0.6063,
      -0.1682
    ],
    "bias": -0.7696,
    "provenance": {
      "label": "hair_occludes_brows_or_eyes",
      "photos": 123,
      "positives": 9,
      "cvBalancedAccuracy": 0.7968,
      "cvDraws": 20,
      "cvMean": 0.7621,
      "cvWorst": 0.7281
    }
  },
  "hairOverEyes": {
    "features": [
      "onLid",
      "inEye",
      "foreheadVisible"
    ],
    "mean": [
      0.231,
      0.2375,
      0.2373
    ],
    "scale": [
      0.2582,
      0.2421,
      0.0896
    ],
    "weights": [
      0.2808,
      0.2674,
      -0.4316
    ],
    "bias": -0.2883,
    "provenance": {
      "label": "hair_occludes_brows_or_eyes",
      "photos": 123,
      "positives": 9,
      "cvBalancedAccuracy": 0.5307,
      "cvDraws": 20,
      "cvMean": 0.5958,
      "cvWorst": 0.5307
    }
  },
  "earCovered": {
    "features": [
      "skin",
      "hair",
      "person"
    ],
    "mean": [
      0.2239,
      0.3552,
      0.633
    ],
    "scale": [
      0.2664,
      0.2781,
      0.3475
    ],
    "weights": [
      -0.1605,
      0.4325,
      0.9141
    ],
    "bias": -0.1286,
    "provenance": {
      "label": "hair_covers_ears",
      "photos": 108,
      "positives": 46,
      "cvBalancedAccuracy": 0.8054,
      "cvDraws": 20,
      "cvMean": 0.8155,
      "cvWorst": 0.7945
    }
  },
  "earrings": {
    "features": [
      "blobShare",
      "blobBrightness",
      "lobeSkin"
    ],
    "mean": [
      0.6232,
      0.6858,
      0.0792
    ],
    "scale": [
      0.3116,
      0.4829,
      0.1577
    ],
    "weights": [
      -0.0349,
      -0.4056,
      -0.1965
    ],
    "bias": -0.0407,
    "provenance": {
      "label": "earrings",
      "photos": 81,
      "positives": 30,
      "cvBalancedAccuracy": 0.6176,
      "cvDraws": 20,
      "cvMean": 0.6186,
      "cvWorst": 0.552
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
      0.0299,
      0.5131,
      0.6286,
      0.2669
    ],
    "scale": [
      0.0837,
      0.301,
      0.4255,
      0.2517
    ],
    "weights": [
      -0.0684,
      0.0795,
      -0.2251,
      0.033
    ],
    "bias": -0.0222,
    "provenance": {
      "label": "necklace",
      "photos": 107,
      "positives": 21,
      "cvBalancedAccuracy": 0.4236,
      "cvDraws": 20,
      "cvMean": 0.4349,
      "cvWorst": 0.358
    }
  }
} as const satisfies Record<string, LinearModel>;
