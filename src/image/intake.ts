import sharp, { type Metadata, type OutputInfo, type SharpOptions } from 'sharp';
import { PhotolintError, invalidOption } from '../errors.js';
import { densityFromExif, densityFromJfif, type Density } from './density.js';
import { readExif, type ExifFields } from './exif.js';
import { parseJpeg, type JpegStructure } from './jpeg.js';
import { estimateJpegQuality, qualityTablesOf } from './jpeg-quality.js';
import { fromSharpError, truncatedImage } from './sharp-errors.js';

export type { Density } from './density.js';

export type ImageFormat = 'jpeg' | 'png' | 'webp' | 'gif' | 'tiff' | 'heif' | 'avif' | (string & {});
export type ColourSpace = 'srgb' | 'greyscale' | 'cmyk' | (string & {});

export interface ImageLimits {
  /** Largest accepted width × height; checked from the header before any decoding. */
  maxPixels: number;
}

export interface JpegInfo {
  /** Estimated IJG quality 1–100 (see estimateJpegQuality), null without quantisation tables. */
  quality: number | null;
  progressive: boolean;
  truncated: boolean;
}

export interface ExifSummary {
  make: string | null;
  model: string | null;
  software: string | null;
  dateTime: string | null;
}

export interface ImageInfo {
  format: ImageFormat;
  /** Displayed size: stored size with the EXIF orientation applied. */
  width: number;
  height: number;
  storedWidth: number;
  storedHeight: number;
  /** EXIF orientation 1–8; 1 when absent. */
  orientation: number;
  /** Channels as stored: 1 grey, 2 grey + alpha, 3 RGB, 4 RGBA or CMYK … */
  channels: number;
  /** Bits per channel sample as stored (palette images count their 8-bit palette entries). */
  bitDepth: number;
  colourSpace: ColourSpace;
  hasAlpha: boolean;
  /** JPEG: JFIF density, else EXIF resolution. Other formats: their density field, else EXIF. */
  density: Density | null;
  byteSize: number;
  /** Frames of an animation or pages of a multi-page file; 1 for a still image. */
  pages: number;
  jpeg: JpegInfo | null;
  exif: ExifSummary;
}

/** Packed 8-bit RGB, row-major, orientation applied: `data.length === width * height * 3`. */
export interface RgbImage {
  width: number;
  height: number;
  data: Uint8Array;
}

const ANIMATED_FORMATS = new Set(['gif', 'webp']);
const DECODE_TIMEOUT_SECONDS = 30;
const WHITE = { r: 255, g: 255, b: 255 };

/** Reads the header only (plus the JPEG marker stream and EXIF); never decodes pixels. */
export async function inspectImage(bytes: Buffer, limits: ImageLimits): Promise<ImageInfo> {
  checkImageArguments(bytes, limits);
  let metadata: Metadata;
  try {
    // The pixel limit is applied below, so that the error can name the dimensions.
    metadata = await sharp(bytes, { limitInputPixels: false, failOn: 'error' }).metadata();
  } catch (error) {
    throw fromSharpError(error, bytes, 'image');
  }
  checkPixelCount(metadata.width, metadata.height, limits.maxPixels);

  const jpeg = metadata.format === 'jpeg' ? parseJpeg(bytes) : null;
  const exif = readExif(metadata.exif);
  return {
    format: formatOf(metadata),
    width: metadata.autoOrient.width,
    height: metadata.autoOrient.height,
    storedWidth: metadata.width,
    storedHeight: metadata.height,
    orientation: metadata.orientation ?? 1,
    channels: metadata.channels,
    bitDepth: bitDepthOf(metadata),
    colourSpace: colourSpaceOf(metadata.space),
    hasAlpha: metadata.hasAlpha,
    density: densityOf(metadata, jpeg, exif),
    byteSize: bytes.byteLength,
    pages: metadata.pages ?? 1,
    jpeg: jpeg && jpegInfoOf(jpeg),
    exif: { make: exif.make, model: exif.model, software: exif.software, dateTime: exif.dateTime },
  };
}

/**
 * Decodes to packed 8-bit sRGB: EXIF orientation applied, alpha flattened onto white, CMYK and
 * greyscale converted, 16-bit reduced. `info` is the result of inspectImage for the same bytes.
 */
export async function decodeRgb(bytes: Buffer, info: ImageInfo, limits: ImageLimits): Promise<RgbImage> {
  checkImageArguments(bytes, limits);
  checkPixelCount(info.storedWidth, info.storedHeight, limits.maxPixels);
  if (info.jpeg?.truncated) throw truncatedImage(info.format);
  if (info.pages > 1 && ANIMATED_FORMATS.has(info.format)) {
    throw new PhotolintError('input-animated', `Expected a still image for input but received an animated ${info.format} of ${info.pages} frames`, {
      format: info.format,
      pages: info.pages,
    });
  }

  // 'error' also fails on truncated data but tolerates libjpeg's harmless warnings
  // (extraneous bytes, odd markers) that many camera files trigger.
  const options: SharpOptions = { limitInputPixels: limits.maxPixels, failOn: 'error', autoOrient: true };
  let decoded: { data: Buffer; info: OutputInfo };
  try {
    decoded = await sharp(bytes, options)
      .flatten({ background: WHITE })
      .toColourspace('srgb')
      .timeout({ seconds: DECODE_TIMEOUT_SECONDS })
      .raw({ depth: 'uchar' })
      .toBuffer({ resolveWithObject: true });
  } catch (error) {
    throw fromSharpError(error, bytes, info.format);
  }
  const { data, info: output } = decoded;
  if (output.channels !== 3) {
    throw new PhotolintError('input-unsupported', `Expected the ${info.format} image to decode to 3 RGB channels but it decoded to ${output.channels}`, {
      format: info.format,
      channels: output.channels,
    });
  }
  return { width: output.width, height: output.height, data: new Uint8Array(data.buffer, data.byteOffset, data.byteLength) };
}

function checkImageArguments(bytes: unknown, limits: ImageLimits): void {
  if (!(bytes instanceof Uint8Array)) throw invalidOption('bytes', 'a Buffer of image data', bytes);
  if (!Number.isInteger(limits.maxPixels) || limits.maxPixels < 1) {
    throw invalidOption('limits.maxPixels', 'a positive integer number of pixels', limits.maxPixels);
  }
  if (bytes.byteLength === 0) throw new PhotolintError('input-empty', 'Expected image data for input but received 0 bytes', { byteSize: 0 });
}

function checkPixelCount(width: number, height: number, maxPixels: number): void {
  if (width * height <= maxPixels) return;
  throw new PhotolintError(
    'input-too-many-pixels',
    `Expected an image of at most ${maxPixels} pixels for input but received ${width}×${height} = ${width * height} pixels`,
    { width, height, maxPixels },
  );
}

/** sharp names AVIF files 'heif' with AV1 compression. */
function formatOf(metadata: Metadata): ImageFormat {
  return metadata.format === 'heif' && metadata.compression === 'av1' ? 'avif' : metadata.format;
}

const BITS_PER_VIPS_FORMAT: Record<string, number> = { uchar: 8, char: 8, ushort: 16, short: 16, uint: 32, int: 32, float: 32, double: 64 };

function bitDepthOf(metadata: Metadata): number {
  if (!metadata.isPalette && metadata.bitsPerSample !== undefined) return metadata.bitsPerSample;
  return BITS_PER_VIPS_FORMAT[metadata.depth] ?? 8;
}

const COLOUR_SPACE_BY_VIPS_NAME: Record<string, ColourSpace> = { srgb: 'srgb', rgb: 'srgb', rgb16: 'srgb', 'b-w': 'greyscale', grey16: 'greyscale', cmyk: 'cmyk' };

function colourSpaceOf(space: string): ColourSpace {
  return COLOUR_SPACE_BY_VIPS_NAME[space] ?? space;
}

/** libvips reports 72 dpi for a JPEG without density fields, so JPEG density is read directly. */
function densityOf(metadata: Metadata, jpeg: JpegStructure | null, exif: ExifFields): Density | null {
  if (jpeg) return densityFromJfif(jpeg.jfifDensity) ?? densityFromExif(exif);
  if (metadata.density !== undefined) return { x: metadata.density, y: metadata.density, unit: 'dpi' };
  return densityFromExif(exif);
}

function jpegInfoOf(jpeg: JpegStructure): JpegInfo {
  const tables = qualityTablesOf(jpeg);
  return {
    quality: tables && estimateJpegQuality(tables),
    progressive: jpeg.frameType === 'progressive',
    truncated: jpeg.truncated,
  };
}
