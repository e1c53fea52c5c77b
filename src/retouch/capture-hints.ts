import type { ExifSummary } from '../image/intake.js';

/**
 * EXIF hints that a photo is not a studio capture: a phone's camera in Make/Model, or a
 * beauty app or photo editor in Software. Studio cameras (Canon, Nikon, Sony, Fujifilm…) and
 * studio software (Photoshop for cropping and levels, Capture One) are not hints. Patterns
 * are matched case-insensitively; each list entry is documented by what it names.
 */
export interface CaptureHint {
  readonly kind: 'phone-camera' | 'beauty-app';
  /** The documented name the EXIF text matched. */
  readonly name: string;
  /** The EXIF field and its text. */
  readonly field: 'make' | 'model' | 'software';
  readonly text: string;
}

interface Pattern {
  readonly name: string;
  readonly pattern: RegExp;
}

/** Phone makers as they write Make, and phone model families as they write Model. */
export const PHONE_CAMERAS: readonly Pattern[] = [
  { name: 'Apple iPhone', pattern: /\biphone\b/i },
  { name: 'HUAWEI', pattern: /\bhuawei\b/i },
  { name: 'HONOR', pattern: /\bhonor\b/i },
  { name: 'Xiaomi / Redmi / POCO', pattern: /\b(xiaomi|redmi|poco|mi \d+)\b/i },
  { name: 'OPPO', pattern: /\boppo\b/i },
  { name: 'vivo / iQOO', pattern: /\b(vivo|iqoo)\b/i },
  { name: 'realme', pattern: /\brealme\b/i },
  { name: 'OnePlus', pattern: /\boneplus\b/i },
  { name: 'Samsung Galaxy (SM-…)', pattern: /\b(sm-[a-z]\d|galaxy)/i },
  { name: 'Google Pixel', pattern: /\bpixel\b/i },
  { name: 'meizu', pattern: /\bmeizu\b/i },
  { name: 'Lenovo / Motorola', pattern: /\b(lenovo|motorola|moto [a-z])/i },
  { name: 'ZTE / nubia', pattern: /\b(zte|nubia)\b/i },
  { name: 'Sony Xperia', pattern: /\bxperia\b/i },
  { name: 'Nokia', pattern: /\bnokia\b/i },
];

/** Beauty apps and mobile editors as they write Software. */
export const BEAUTY_APPS: readonly Pattern[] = [
  { name: 'Meitu 美图秀秀', pattern: /meitu|美图/i },
  { name: 'BeautyCam 美颜相机', pattern: /beautycam|beauty ?plus|美颜/i },
  { name: 'Xingtu 醒图', pattern: /醒图|xingtu|hypic/i },
  { name: 'Snapseed', pattern: /snapseed/i },
  { name: 'PicsArt', pattern: /picsart/i },
  { name: 'Photoshop Express', pattern: /photoshop express/i },
  { name: 'VSCO', pattern: /\bvsco\b/i },
  { name: 'Facetune', pattern: /face ?tune/i },
  { name: 'B612', pattern: /\bb612\b/i },
  { name: 'SNOW', pattern: /^snow\b/i },
  { name: 'Ulike 轻颜', pattern: /\bulike\b|轻颜/i },
  { name: 'Lightroom Mobile', pattern: /lightroom (mobile|for (ios|android))|lightroom.*\b(ios|android)\b/i },
  { name: 'Camera360', pattern: /camera ?360/i },
  { name: 'FaceApp', pattern: /faceapp/i },
  { name: 'YouCam', pattern: /youcam/i },
  { name: 'Wuta 无他相机', pattern: /无他相机|wuta/i },
  { name: 'Pitu 天天P图', pattern: /天天p图|pitu/i },
  { name: 'CapCut / Jianying 剪映', pattern: /capcut|剪映/i },
];

/** Every hint the EXIF fields give, phone cameras before beauty apps; empty when there is none. */
export function captureHints(exif: ExifSummary): CaptureHint[] {
  const match = (kind: CaptureHint['kind'], patterns: readonly Pattern[], field: CaptureHint['field']): CaptureHint[] => {
    const text = exif[field];
    const found = text === null ? undefined : patterns.find(({ pattern }) => pattern.test(text));
    return found && text !== null ? [{ kind, name: found.name, field, text }] : [];
  };
  const phone = match('phone-camera', PHONE_CAMERAS, 'make');
  return [
    ...(phone.length ? phone : match('phone-camera', PHONE_CAMERAS, 'model')),
    ...match('beauty-app', BEAUTY_APPS, 'software'),
  ];
}

/** Whether the photo carries any of the EXIF fields the hints are read from. */
export function hasExif(exif: ExifSummary): boolean {
  return exif.make !== null || exif.model !== null || exif.software !== null || exif.dateTime !== null;
}
