import { describe, expect, it } from 'vitest';
import { densityFromExif, densityFromJfif } from '../../src/image/density.js';
import { readExif } from '../../src/image/exif.js';

const exifWith = (xResolution: number | null, yResolution: number | null, resolutionUnit: number | null) => ({
  ...readExif(undefined),
  xResolution,
  yResolution,
  resolutionUnit,
});

describe('densityFromJfif', () => {
  it('reads dots per inch as is and converts dots per centimetre', () => {
    expect(densityFromJfif({ units: 1, x: 300, y: 200 })).toEqual({ x: 300, y: 200, unit: 'dpi' });
    expect(densityFromJfif({ units: 2, x: 118, y: 28 })).toEqual({ x: 299.72, y: 71.12, unit: 'dpi' });
  });

  it('has no density for an aspect ratio only (unit 0), a zero density or no JFIF segment', () => {
    expect(densityFromJfif({ units: 0, x: 1, y: 1 })).toBeNull();
    expect(densityFromJfif({ units: 1, x: 0, y: 300 })).toBeNull();
    expect(densityFromJfif(null)).toBeNull();
  });
});

describe('densityFromExif', () => {
  it('reads inches, treats a missing unit as inches (TIFF default) and converts centimetres', () => {
    expect(densityFromExif(exifWith(300, 300, 2))).toEqual({ x: 300, y: 300, unit: 'dpi' });
    expect(densityFromExif(exifWith(72, 72, null))).toEqual({ x: 72, y: 72, unit: 'dpi' });
    expect(densityFromExif(exifWith(118.11, 118.11, 3))).toEqual({ x: 300, y: 300, unit: 'dpi' });
  });

  it('has no density without both resolutions, with unit "none" or with a zero resolution', () => {
    expect(densityFromExif(exifWith(300, null, 2))).toBeNull();
    expect(densityFromExif(exifWith(300, 300, 1))).toBeNull();
    expect(densityFromExif(exifWith(0, 0, 2))).toBeNull();
  });
});
