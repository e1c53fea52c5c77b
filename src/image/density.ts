import type { ExifFields } from './exif.js';
import type { JfifDensity } from './jpeg.js';

export interface Density {
  x: number;
  y: number;
  unit: 'dpi';
}

const CM_PER_INCH = 2.54;
const JFIF_UNIT_INCH = 1;
const JFIF_UNIT_CM = 2;
const EXIF_UNIT_NONE = 1;
const EXIF_UNIT_CM = 3;

function dpi(x: number, y: number, perCentimetre: boolean): Density | null {
  if (!(x > 0 && y > 0)) return null;
  const scale = perCentimetre ? CM_PER_INCH : 1;
  const round = (value: number) => Math.round(value * scale * 100) / 100;
  return { x: round(x), y: round(y), unit: 'dpi' };
}

/** JFIF density with unit 0 is only a pixel aspect ratio, not a density. */
export function densityFromJfif(jfif: JfifDensity | null): Density | null {
  if (!jfif || (jfif.units !== JFIF_UNIT_INCH && jfif.units !== JFIF_UNIT_CM)) return null;
  return dpi(jfif.x, jfif.y, jfif.units === JFIF_UNIT_CM);
}

/** EXIF resolution; TIFF defines a missing ResolutionUnit as inches. */
export function densityFromExif(exif: ExifFields): Density | null {
  if (exif.xResolution === null || exif.yResolution === null || exif.resolutionUnit === EXIF_UNIT_NONE) return null;
  return dpi(exif.xResolution, exif.yResolution, exif.resolutionUnit === EXIF_UNIT_CM);
}
