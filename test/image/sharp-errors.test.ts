import { describe, expect, it } from 'vitest';
import { PhotolintError } from '../../src/errors.js';
import { describeLeadingBytes, fromSharpError } from '../../src/image/sharp-errors.js';

describe('describeLeadingBytes', () => {
  it('quotes up to eight bytes of text, escaping line breaks', () => {
    expect(describeLeadingBytes(Buffer.from('hello world'))).toBe("starts with 'hello wo'");
    expect(describeLeadingBytes(Buffer.from('a\nb'))).toBe("starts with 'a\\nb'");
  });

  it('shows binary data in hex', () => {
    expect(describeLeadingBytes(Uint8Array.from([0, 255, 18, 0x41]))).toBe('starts with bytes 00 ff 12 41');
  });
});

describe('fromSharpError', () => {
  const bytes = Buffer.from('not an image');

  it.each([
    ['Input buffer contains unsupported image format', 'input-not-an-image'],
    ['VipsJpeg: premature end of JPEG image', 'input-truncated'],
    ['Input image exceeds pixel limit', 'input-too-many-pixels'],
    ['vipspng: libpng read error', 'input-unsupported'],
  ] as const)('maps %j to %s and keeps the original as the cause', (message, code) => {
    const cause = new Error(message);
    const error = fromSharpError(cause, bytes, 'jpeg');
    expect(error).toBeInstanceOf(PhotolintError);
    expect(error.code).toBe(code);
    expect(error.cause).toBe(cause);
  });

  it('passes a PhotolintError through unchanged', () => {
    const original = new PhotolintError('input-animated', 'animated');
    expect(fromSharpError(original, bytes, 'gif')).toBe(original);
  });

  it('keeps only the first line of a multi-line libvips message', () => {
    const error = fromSharpError(new Error('gifload: bad frame\nsecond line'), bytes, 'gif');
    expect(error.message).toBe('Expected a decodable gif image for input but decoding failed: gifload: bad frame');
  });
});
