import type { JpegStructure, QuantisationTable } from './jpeg.js';

/**
 * Estimates the IJG (libjpeg) quality factor of a JPEG from its quantisation tables.
 *
 * Method: for every quality q in 1–100, build the tables libjpeg would write — the ITU T.81
 * Annex K example tables scaled by libjpeg's `jpeg_quality_scaling` (5000/q below 50, 200−2q
 * from 50) and rounded and clamped as `jpeg_add_quant_table` does — and return the q whose
 * tables have the least sum of squared differences from the file's tables over all 64
 * coefficients of the luminance table and, when present, the chrominance table. Ties go to the
 * lower quality.
 *
 * Tables written by libjpeg, libjpeg-turbo or mozjpeg with its default (Annex K) tables match one
 * quality exactly, so the estimate is exact for them. Other encoders (Photoshop, cameras,
 * mozjpeg's alternative tables) get the IJG quality whose tables are nearest in that sense; it
 * ranks files by compression strength but is not the encoder's own quality setting.
 */

export interface JpegQualityTables {
  luminance: QuantisationTable;
  chrominance: QuantisationTable | null;
}

/** ITU T.81 Annex K, table K.1 (luminance), natural order. */
const ANNEX_K_LUMINANCE = [
  16, 11, 10, 16, 24, 40, 51, 61, 12, 12, 14, 19, 26, 58, 60, 55, 14, 13, 16, 24, 40, 57, 69, 56, 14, 17, 22, 29, 51, 87, 80, 62, 18, 22, 37,
  56, 68, 109, 103, 77, 24, 35, 55, 64, 81, 104, 113, 92, 49, 64, 78, 87, 103, 121, 120, 101, 72, 92, 95, 98, 112, 100, 103, 99,
];

/** ITU T.81 Annex K, table K.2 (chrominance), natural order. */
const ANNEX_K_CHROMINANCE = [
  17, 18, 24, 47, 99, 99, 99, 99, 18, 21, 26, 66, 99, 99, 99, 99, 24, 26, 56, 99, 99, 99, 99, 99, 47, 66, 99, 99, 99, 99, 99, 99, 99, 99, 99,
  99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99,
];

/** libjpeg's `jpeg_quality_scaling`: percentage applied to the Annex K tables (integer division). */
function ijgScaleFactor(quality: number): number {
  return quality < 50 ? Math.floor(5000 / quality) : 200 - quality * 2;
}

/** libjpeg's `jpeg_add_quant_table` rounding; 8-bit tables are clamped to 255 (force_baseline). */
function scaledTableValue(base: number, scaleFactor: number, precision: 8 | 16): number {
  const value = Math.floor((base * scaleFactor + 50) / 100);
  return Math.min(Math.max(value, 1), precision === 8 ? 255 : 32767);
}

function squaredDistance(table: QuantisationTable, base: readonly number[], scaleFactor: number): number {
  let sum = 0;
  for (let i = 0; i < 64; i += 1) {
    const difference = (table.values[i] ?? 0) - scaledTableValue(base[i] ?? 0, scaleFactor, table.precision);
    sum += difference * difference;
  }
  return sum;
}

export function estimateJpegQuality(tables: JpegQualityTables): number {
  let bestQuality = 1;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (let quality = 1; quality <= 100; quality += 1) {
    const scaleFactor = ijgScaleFactor(quality);
    let distance = squaredDistance(tables.luminance, ANNEX_K_LUMINANCE, scaleFactor);
    if (tables.chrominance) distance += squaredDistance(tables.chrominance, ANNEX_K_CHROMINANCE, scaleFactor);
    if (distance < bestDistance) {
      bestDistance = distance;
      bestQuality = quality;
    }
  }
  return bestQuality;
}

/**
 * The tables the first two frame components use (Y and Cb for YCbCr). Null when the frame's first
 * component refers to a table the stream does not define.
 */
export function qualityTablesOf(structure: JpegStructure): JpegQualityTables | null {
  const tableById = (id: number | undefined) => structure.quantisationTables.find((table) => table.id === id) ?? null;
  const luminance = tableById(structure.componentTableIds[0]);
  if (!luminance) return null;
  const chrominanceId = structure.componentTableIds[1];
  const chrominance = chrominanceId === undefined || chrominanceId === luminance.id ? null : tableById(chrominanceId);
  return { luminance, chrominance };
}
