/**
 * A reader for the few IFD0 tags photolint reports, from an EXIF block as sharp returns it
 * (`metadata().exif`: "Exif\0\0" followed by a TIFF header). Malformed data never throws: a tag
 * that cannot be read is null.
 */

export interface ExifFields {
  make: string | null;
  model: string | null;
  software: string | null;
  /** As stored, "YYYY:MM:DD HH:MM:SS". */
  dateTime: string | null;
  /** 1–8, or null when absent or out of range. */
  orientation: number | null;
  xResolution: number | null;
  yResolution: number | null;
  /** 2 = inch, 3 = centimetre (1 = none, or null when absent). */
  resolutionUnit: number | null;
}

const EMPTY_EXIF: ExifFields = {
  make: null,
  model: null,
  software: null,
  dateTime: null,
  orientation: null,
  xResolution: null,
  yResolution: null,
  resolutionUnit: null,
};

const TAG = {
  make: 0x010f,
  model: 0x0110,
  orientation: 0x0112,
  xResolution: 0x011a,
  yResolution: 0x011b,
  resolutionUnit: 0x0128,
  software: 0x0131,
  dateTime: 0x0132,
} as const;

const TYPE_ASCII = 2;
const TYPE_SHORT = 3;
const TYPE_LONG = 4;
const TYPE_RATIONAL = 5;
const BYTES_PER_TYPE: Record<number, number> = { 1: 1, 2: 1, 3: 2, 4: 4, 5: 8, 6: 1, 7: 1, 8: 2, 9: 4, 10: 8, 11: 4, 12: 8 };
/** Longer strings are cut: the fields are shown to people, and a corrupt count must not cost memory. */
const MAX_STRING_LENGTH = 256;
const utf8 = new TextDecoder('utf-8');

interface IfdEntry {
  type: number;
  count: number;
  /** Offset (from the TIFF header) of the value, whether stored inline or elsewhere. */
  valueOffset: number;
}

class TiffView {
  constructor(
    private readonly bytes: Uint8Array,
    private readonly littleEndian: boolean,
  ) {}

  uint16(offset: number): number | null {
    if (offset < 0 || offset + 2 > this.bytes.length) return null;
    const [a = 0, b = 0] = [this.bytes[offset], this.bytes[offset + 1]];
    return this.littleEndian ? a | (b << 8) : (a << 8) | b;
  }

  uint32(offset: number): number | null {
    const first = this.uint16(offset);
    const second = this.uint16(offset + 2);
    if (first === null || second === null) return null;
    return this.littleEndian ? first + second * 0x10000 : first * 0x10000 + second;
  }

  /** EXIF says ASCII, but phones write UTF-8 (e.g. Chinese software names), so decode as UTF-8. */
  text(offset: number, count: number): string | null {
    if (offset < 0 || offset >= this.bytes.length) return null;
    const field = this.bytes.subarray(offset, Math.min(offset + Math.min(count, MAX_STRING_LENGTH), this.bytes.length));
    const nul = field.indexOf(0);
    const text = utf8.decode(nul === -1 ? field : field.subarray(0, nul)).trim();
    return text === '' ? null : text;
  }
}

const EXIF_PREFIX = [0x45, 0x78, 0x69, 0x66, 0x00, 0x00]; // "Exif\0\0"

function openTiff(exif: Uint8Array): TiffView | null {
  const hasPrefix = EXIF_PREFIX.every((byte, i) => exif[i] === byte);
  const tiff = hasPrefix ? exif.subarray(EXIF_PREFIX.length) : exif;
  const byteOrder = String.fromCharCode(tiff[0] ?? 0, tiff[1] ?? 0);
  if (byteOrder !== 'II' && byteOrder !== 'MM') return null;
  const view = new TiffView(tiff, byteOrder === 'II');
  return view.uint16(2) === 42 ? view : null;
}

function readIfd0(view: TiffView): Map<number, IfdEntry> {
  const entries = new Map<number, IfdEntry>();
  const ifdOffset = view.uint32(4);
  if (ifdOffset === null) return entries;
  const entryCount = view.uint16(ifdOffset) ?? 0;
  for (let i = 0; i < entryCount; i += 1) {
    const entryOffset = ifdOffset + 2 + 12 * i;
    const tag = view.uint16(entryOffset);
    const type = view.uint16(entryOffset + 2);
    const count = view.uint32(entryOffset + 4);
    if (tag === null || type === null || count === null) break;
    const valueSize = (BYTES_PER_TYPE[type] ?? 0) * count;
    const valueOffset = valueSize <= 4 ? entryOffset + 8 : view.uint32(entryOffset + 8);
    if (valueOffset !== null && !entries.has(tag)) entries.set(tag, { type, count, valueOffset });
  }
  return entries;
}

function readString(view: TiffView, entry: IfdEntry | undefined): string | null {
  return entry?.type === TYPE_ASCII ? view.text(entry.valueOffset, entry.count) : null;
}

function readInteger(view: TiffView, entry: IfdEntry | undefined): number | null {
  if (entry?.type === TYPE_SHORT) return view.uint16(entry.valueOffset);
  if (entry?.type === TYPE_LONG) return view.uint32(entry.valueOffset);
  return null;
}

function readRational(view: TiffView, entry: IfdEntry | undefined): number | null {
  if (entry?.type !== TYPE_RATIONAL) return readInteger(view, entry);
  const numerator = view.uint32(entry.valueOffset);
  const denominator = view.uint32(entry.valueOffset + 4);
  if (numerator === null || !denominator) return null;
  return numerator / denominator;
}

export function readExif(exif: Uint8Array | undefined | null): ExifFields {
  const view = exif ? openTiff(exif) : null;
  if (!view) return { ...EMPTY_EXIF };
  const entries = readIfd0(view);
  const orientation = readInteger(view, entries.get(TAG.orientation));
  return {
    make: readString(view, entries.get(TAG.make)),
    model: readString(view, entries.get(TAG.model)),
    software: readString(view, entries.get(TAG.software)),
    dateTime: readString(view, entries.get(TAG.dateTime)),
    orientation: orientation !== null && orientation >= 1 && orientation <= 8 ? orientation : null,
    xResolution: readRational(view, entries.get(TAG.xResolution)),
    yResolution: readRational(view, entries.get(TAG.yResolution)),
    resolutionUnit: readInteger(view, entries.get(TAG.resolutionUnit)),
  };
}
