/**
 * A reader for the JPEG marker stream (ITU T.81 Annex B). It reads only the segments photolint
 * needs — quantisation tables, frame type, JFIF density — and never decodes pixel data.
 */

export type JpegFrameType = 'baseline' | 'progressive' | 'other';

export interface QuantisationTable {
  /** Table slot 0–3 that frame components refer to. */
  id: number;
  /** 8 for baseline tables, 16 for extended-precision tables. */
  precision: 8 | 16;
  /** 64 divisors in natural (row-major) order, converted from the stream's zig-zag order. */
  values: number[];
}

export interface JfifDensity {
  /** 0 = aspect ratio only, 1 = dots per inch, 2 = dots per centimetre. */
  units: number;
  x: number;
  y: number;
}

export interface JpegStructure {
  /** The last definition of each table slot, ordered by slot id. */
  quantisationTables: QuantisationTable[];
  /** Null when the stream has no start-of-frame segment. */
  frameType: JpegFrameType | null;
  /** Start-of-frame marker byte (0xC0 baseline, 0xC2 progressive …), or null. */
  frameMarker: number | null;
  /** Quantisation table slot of each frame component, in frame order (Y, Cb, Cr for YCbCr). */
  componentTableIds: number[];
  jfifDensity: JfifDensity | null;
  /** True when the stream ends before its end-of-image marker or a segment runs past the end. */
  truncated: boolean;
}

const MARKER_PREFIX = 0xff;
const SOI = 0xd8;
const EOI = 0xd9;
const SOS = 0xda;
const DQT = 0xdb;
const APP0 = 0xe0;
const SOF_BASELINE = 0xc0;
const SOF_PROGRESSIVE = 0xc2;
/** SOF0–SOF15 except DHT (C4), JPG (C8) and DAC (CC), which share the range. */
const START_OF_FRAME_MARKERS = new Set([0xc0, 0xc1, 0xc2, 0xc3, 0xc5, 0xc6, 0xc7, 0xc9, 0xca, 0xcb, 0xcd, 0xce, 0xcf]);

/** Index into an 8×8 block (row-major) of the n-th coefficient in zig-zag order. */
const ZIGZAG_TO_NATURAL = [
  0, 1, 8, 16, 9, 2, 3, 10, 17, 24, 32, 25, 18, 11, 4, 5, 12, 19, 26, 33, 40, 48, 41, 34, 27, 20, 13, 6, 7, 14, 21, 28, 35, 42, 49, 56, 57,
  50, 43, 36, 29, 22, 15, 23, 30, 37, 44, 51, 58, 59, 52, 45, 38, 31, 39, 46, 53, 60, 61, 54, 47, 55, 62, 63,
];

function isStandaloneMarker(marker: number): boolean {
  return marker === SOI || marker === EOI || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7);
}

/** Returns null when `bytes` does not start with the JPEG start-of-image marker. */
export function parseJpeg(bytes: Uint8Array): JpegStructure | null {
  if (bytes.length < 2 || bytes[0] !== MARKER_PREFIX || bytes[1] !== SOI) return null;

  const structure: JpegStructure = {
    quantisationTables: [],
    frameType: null,
    frameMarker: null,
    componentTableIds: [],
    jfifDensity: null,
    truncated: true,
  };
  const tablesById = new Map<number, QuantisationTable>();
  let position = 2;

  while (position < bytes.length) {
    if (bytes[position] !== MARKER_PREFIX) {
      // Garbage between segments: libjpeg skips it with a warning, so do we.
      position += 1;
      continue;
    }
    while (position < bytes.length && bytes[position] === MARKER_PREFIX) position += 1;
    const marker = bytes[position];
    if (marker === undefined) break;
    position += 1;

    if (marker === EOI) {
      structure.truncated = false;
      break;
    }
    if (isStandaloneMarker(marker)) continue;

    if (position + 2 > bytes.length) break;
    const segmentLength = readUint16(bytes, position);
    const segmentEnd = position + segmentLength;
    if (segmentLength < 2 || segmentEnd > bytes.length) break;
    const payload = bytes.subarray(position + 2, segmentEnd);

    if (marker === DQT) readQuantisationTables(payload, tablesById);
    else if (marker === APP0) structure.jfifDensity ??= readJfifDensity(payload);
    else if (START_OF_FRAME_MARKERS.has(marker) && structure.frameMarker === null) {
      structure.frameMarker = marker;
      structure.frameType = marker === SOF_BASELINE ? 'baseline' : marker === SOF_PROGRESSIVE ? 'progressive' : 'other';
      structure.componentTableIds = readComponentTableIds(payload);
    }

    position = marker === SOS ? endOfEntropyCodedData(bytes, segmentEnd) : segmentEnd;
  }

  structure.quantisationTables = [...tablesById.values()].sort((a, b) => a.id - b.id);
  return structure;
}

function readUint16(bytes: Uint8Array, offset: number): number {
  return ((bytes[offset] ?? 0) << 8) | (bytes[offset + 1] ?? 0);
}

/** A DQT segment holds one or more tables, each `Pq/Tq` byte followed by 64 values of 1 or 2 bytes. */
function readQuantisationTables(payload: Uint8Array, tablesById: Map<number, QuantisationTable>): void {
  let offset = 0;
  while (offset < payload.length) {
    const header = payload[offset] ?? 0;
    const precision = header >> 4 === 0 ? 8 : 16;
    const bytesPerValue = precision / 8;
    const id = header & 0x0f;
    offset += 1;
    if (offset + 64 * bytesPerValue > payload.length) return;
    const values = new Array<number>(64);
    for (let i = 0; i < 64; i += 1) {
      const value = bytesPerValue === 1 ? (payload[offset + i] ?? 0) : readUint16(payload, offset + 2 * i);
      values[ZIGZAG_TO_NATURAL[i] ?? i] = value;
    }
    tablesById.set(id, { id, precision, values });
    offset += 64 * bytesPerValue;
  }
}

const JFIF_IDENTIFIER = [0x4a, 0x46, 0x49, 0x46, 0x00]; // "JFIF\0"

/** JFIF APP0: identifier, version (2 bytes), units, X density, Y density (2 bytes each). */
function readJfifDensity(payload: Uint8Array): JfifDensity | null {
  if (payload.length < 12 || JFIF_IDENTIFIER.some((byte, i) => payload[i] !== byte)) return null;
  return { units: payload[7] ?? 0, x: readUint16(payload, 8), y: readUint16(payload, 10) };
}

/** SOF: precision, height, width (2 bytes each after precision), component count, then 3 bytes per component. */
function readComponentTableIds(payload: Uint8Array): number[] {
  const componentCount = payload[5] ?? 0;
  const ids: number[] = [];
  for (let i = 0; i < componentCount; i += 1) {
    const tableId = payload[6 + 3 * i + 2];
    if (tableId === undefined) break;
    ids.push(tableId);
  }
  return ids;
}

/**
 * Entropy-coded data runs until a marker other than a stuffed zero (FF 00) or a restart marker
 * (FF D0–D7). Returns the offset of that marker's FF byte, or the stream length if there is none.
 */
function endOfEntropyCodedData(bytes: Uint8Array, start: number): number {
  for (let position = start; position + 1 < bytes.length; position += 1) {
    if (bytes[position] !== MARKER_PREFIX) continue;
    const next = bytes[position + 1] ?? 0;
    if (next !== 0 && next !== MARKER_PREFIX && !(next >= 0xd0 && next <= 0xd7)) return position;
  }
  return bytes.length;
}
