import { PhotolintError } from '../errors.js';

const LEADING_BYTES_SHOWN = 8;

/** `starts with 'hello wo'` for text, `starts with bytes 00 ff 12 …` otherwise. */
export function describeLeadingBytes(bytes: Uint8Array): string {
  const leading = bytes.subarray(0, LEADING_BYTES_SHOWN);
  const isText = leading.every((byte) => (byte >= 0x20 && byte < 0x7f) || byte === 0x09 || byte === 0x0a || byte === 0x0d);
  if (isText) return `starts with ${JSON.stringify(Buffer.from(leading).toString('latin1')).replace(/^"|"$/g, "'")}`;
  return `starts with bytes ${[...leading].map((byte) => byte.toString(16).padStart(2, '0')).join(' ')}`;
}

function notAnImage(bytes: Uint8Array, cause?: unknown): PhotolintError {
  return new PhotolintError(
    'input-not-an-image',
    `Expected an image (JPEG, PNG, WebP, GIF, TIFF, HEIF or AVIF) for input but received ${bytes.byteLength} bytes that are not one: the data ${describeLeadingBytes(bytes)}`,
    { byteSize: bytes.byteLength },
    { cause },
  );
}

export function truncatedImage(format: string, cause?: unknown): PhotolintError {
  return new PhotolintError('input-truncated', `Expected a complete ${format} image for input but the data ends before the image does (truncated file)`, { format }, { cause });
}

/** Translates an error thrown by sharp/libvips into a PhotolintError, keeping it as the cause. */
export function fromSharpError(error: unknown, bytes: Uint8Array, format: string): PhotolintError {
  if (error instanceof PhotolintError) return error;
  const message = error instanceof Error ? error.message : String(error);
  if (/unsupported image format/i.test(message)) return notAnImage(bytes, error);
  if (/premature end|truncated|unexpected end|end of (file|data|stream)/i.test(message)) return truncatedImage(format, error);
  if (/exceeds pixel limit/i.test(message)) {
    return new PhotolintError('input-too-many-pixels', `Expected an image within the pixel limit for input but sharp refused it: ${message}`, { format }, { cause: error });
  }
  return new PhotolintError('input-unsupported', `Expected a decodable ${format} image for input but decoding failed: ${firstLine(message)}`, { format }, { cause: error });
}

function firstLine(text: string): string {
  return text.split('\n', 1)[0] ?? text;
}
