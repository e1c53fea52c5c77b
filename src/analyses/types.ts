import type { ImageInfo, RgbImage } from '../image/intake.js';
import type { Point } from '../verdict.js';
import type { BackgroundRegion, GarmentRegion, LabGrid } from './region-types.js';
import type { FaceZones } from './face-zones.js';
import type { HairModel } from './hair-model.js';
import type { EarFeatures } from '../accessories/ear-features.js';
import type { HairOverFeatures } from '../accessories/hair-features.js';
import type { SkinModel } from './skin-model.js';
import type { FaceColours } from '../retouch/face-colours.js';

/** The photo as it arrived: its bytes, where it came from and what its header says. */
export interface FileFacts {
  readonly path: string | null;
  readonly bytes: Buffer;
  readonly info: ImageInfo;
}

/*
 * Coordinates: pixels of the decoded, EXIF-oriented image (`rgb`), x to the right, y down.
 * Left and right are the SUBJECT's: the subject's right eye appears on the image's left.
 */

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** One face found by the detector. */
export interface DetectedFace {
  readonly box: Box;
  readonly score: number;
  /** The detector's six keypoints. */
  readonly keypoints: {
    readonly rightEye: Point;
    readonly leftEye: Point;
    readonly nose: Point;
    readonly mouth: Point;
    readonly rightEar: Point;
    readonly leftEar: Point;
  };
}

export interface FaceSet {
  /** Every face above the detection threshold, largest first. */
  readonly faces: readonly DetectedFace[];
}

export type Point3 = readonly [x: number, y: number, z: number];

/** The 468-point MediaPipe face mesh of the primary face, in image pixels (z in the same scale, relative). */
export interface FaceMesh {
  readonly points: readonly Point3[];
  /** The mesh model's face-presence confidence, 0–1. */
  readonly score: number;
  /** The detection the mesh was fitted to. */
  readonly face: DetectedFace;
}

export interface Iris {
  readonly center: Point;
  /** Horizontal iris radius in pixels. */
  readonly radius: number;
  /** The eye's contour points from the iris model, in image pixels. */
  readonly eyeContour: readonly Point[];
}

export interface Irises {
  readonly right: Iris;
  readonly left: Iris;
}

/** Head orientation in degrees: yaw + turns to the subject's left, pitch + chin up, roll + clockwise in the image. */
export interface HeadPose {
  readonly yaw: number;
  readonly pitch: number;
  readonly roll: number;
}

export const EXPRESSIONS = ['angry', 'disgust', 'fear', 'happy', 'sad', 'surprise', 'neutral'] as const;
export type Expression = (typeof EXPRESSIONS)[number];

export interface ExpressionScores {
  readonly probabilities: Readonly<Record<Expression, number>>;
  readonly top: Expression;
}

/** A single-channel map at the image's resolution, 0–255. */
export interface GreyMap {
  readonly width: number;
  readonly height: number;
  readonly data: Uint8Array;
}

/** Where the subject's head is in the frame, in image pixels. */
export interface HeadGeometry {
  /** The top of the head, hair included, from the person mask above the face. */
  readonly headTop: Point;
  /** The midpoint of the pupils. */
  readonly eyeMid: Point;
  /** The cheek-to-cheek width and the points it was measured between. */
  readonly faceWidth: number;
  readonly cheeks: readonly [right: Point, left: Point];
  /** The face's horizontal centre (midway between the cheeks). */
  readonly centreX: number;
}

/**
 * Every analysis the context can compute, by id. An analysis is computed at most once per
 * image and only when a rule (or another analysis) asks for it.
 */
export interface AnalysisTypes {
  file: FileFacts;
  rgb: RgbImage;
  /** All faces in the photo. */
  faces: FaceSet;
  /** The face the rules judge (the largest); throws `no-face` when there is none. */
  face: DetectedFace;
  mesh: FaceMesh;
  irises: Irises;
  pose: HeadPose;
  expression: ExpressionScores;
  /** Person segmentation: 255 where the subject (or any person) is. */
  personMask: GreyMap;
  head: HeadGeometry;
  /** The photo in CIELAB on a coarse working grid. */
  lab: LabGrid;
  background: BackgroundRegion;
  garment: GarmentRegion;
  /** Places on and around the face, laid out from the mesh (brows, lenses, ears, neck…). */
  faceZones: FaceZones;
  /** The photo's own skin colour. */
  skinModel: SkinModel;
  /** The colour of what tops the head (hair or a covering). */
  hairModel: HairModel;
  /** What covers each ear zone (skin, hair, background). */
  earCover: EarFeatures;
  /** Hair over the brows and eyes; null when no hair is distinct from the skin. */
  hairOver: HairOverFeatures | null;
  /** The skin's and the lips' colour (make-up, covered mouth). */
  faceColours: FaceColours;
}

export type AnalysisId = keyof AnalysisTypes;

/** The resolved values of a list of analyses, keyed by id. */
export type Inputs<Needs extends readonly AnalysisId[]> = { readonly [K in Needs[number]]: AnalysisTypes[K] };
