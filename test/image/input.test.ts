import { mkdtemp, open, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readInput, type ImageInput } from '../../src/image/input.js';
import { expectPhotolintError, fixturePath, readFixture } from './helpers.js';

const LIMITS = { maxBytes: 1024 * 1024 };

describe('readInput', () => {
  let scratch: string;
  beforeAll(async () => {
    scratch = await mkdtemp(join(tmpdir(), 'photolint-input-'));
  });
  afterAll(async () => {
    await rm(scratch, { recursive: true, force: true });
  });

  it('reads a file path and reports the path', async () => {
    const path = fixturePath('valid-q90-300dpi.jpg');
    const result = await readInput(path, LIMITS);
    expect(result.path).toBe(path);
    expect(Buffer.isBuffer(result.bytes)).toBe(true);
    expect(result.bytes.equals(await readFixture('valid-q90-300dpi.jpg'))).toBe(true);
  });

  it('accepts a Buffer as is, with a null path', async () => {
    const bytes = Buffer.from([1, 2, 3]);
    const result = await readInput(bytes, LIMITS);
    expect(result).toEqual({ bytes, path: null });
  });

  it('wraps a Uint8Array view (with an offset) as a Buffer of the same bytes', async () => {
    const backing = new Uint8Array([9, 9, 1, 2, 3, 9]);
    const result = await readInput(backing.subarray(2, 5), LIMITS);
    expect(Buffer.isBuffer(result.bytes)).toBe(true);
    expect([...result.bytes]).toEqual([1, 2, 3]);
    expect(result.path).toBeNull();
  });

  it('rejects a path that does not exist', async () => {
    const path = join(scratch, 'missing.jpg');
    const error = await expectPhotolintError(readInput(path, LIMITS), 'input-not-found');
    expect(error.message).toContain(path);
    expect(error.details).toEqual({ path });
  });

  it('rejects a path below a file as not found', async () => {
    await expectPhotolintError(readInput(join(fixturePath('text.jpg'), 'child.jpg'), LIMITS), 'input-not-found');
  });

  it('rejects a directory', async () => {
    const error = await expectPhotolintError(readInput(scratch, LIMITS), 'input-is-directory');
    expect(error.message).toContain('is a directory');
  });

  it('refuses a device instead of reading it', async () => {
    const error = await expectPhotolintError(readInput('/dev/zero', LIMITS), 'input-unreadable');
    expect(error.message).toBe('Expected a readable image file at "/dev/zero" but it is not a regular file');
  });

  it('rejects an empty file and an empty buffer', async () => {
    await expectPhotolintError(readInput(fixturePath('empty.jpg'), LIMITS), 'input-empty');
    await expectPhotolintError(readInput(Buffer.alloc(0), LIMITS), 'input-empty');
  });

  it('rejects a file larger than maxBytes, naming the limit and the size', async () => {
    const path = fixturePath('valid-q90-300dpi.jpg');
    const error = await expectPhotolintError(readInput(path, { maxBytes: 1000 }), 'input-too-large');
    expect(error.message).toBe(`Expected at most 1000 bytes in the file ${JSON.stringify(path)} but it has 15259 bytes`);
    expect(error.details).toEqual({ byteSize: 15259, maxBytes: 1000 });
  });

  it('accepts a file of exactly maxBytes', async () => {
    const result = await readInput(fixturePath('text.jpg'), { maxBytes: 49 });
    expect(result.bytes.length).toBe(49);
  });

  it('checks the size with stat before reading: a 5 GB sparse file is refused at once', async () => {
    const path = join(scratch, 'sparse.jpg');
    const file = await open(path, 'w');
    await file.truncate(5 * 1024 ** 3);
    await file.close();
    const started = performance.now();
    await expectPhotolintError(readInput(path, LIMITS), 'input-too-large');
    expect(performance.now() - started).toBeLessThan(500);
  });

  it('rejects a buffer larger than maxBytes', async () => {
    const error = await expectPhotolintError(readInput(Buffer.alloc(11), { maxBytes: 10 }), 'input-too-large');
    expect(error.message).toBe('Expected at most 10 bytes in the input buffer but it has 11 bytes');
  });

  it.each([
    [42, '42 of type number'],
    [null, 'null'],
    [undefined, 'undefined'],
    [{ path: 'x.jpg' }, 'a value of type object'],
    [[1, 2], 'an array of length 2'],
  ])('rejects %j as input with invalid-option', async (value, received) => {
    const error = await expectPhotolintError(readInput(value as unknown as ImageInput, LIMITS), 'invalid-option');
    expect(error.message).toBe(`Expected a file path, Buffer or Uint8Array for input but received ${received}`);
    expect(error.details).toMatchObject({ parameter: 'input' });
  });

  it.each([0, -1, 1.5, Number.NaN])('rejects maxBytes %s', async (maxBytes) => {
    const error = await expectPhotolintError(readInput(Buffer.from([1]), { maxBytes }), 'invalid-option');
    expect(error.details).toMatchObject({ parameter: 'limits.maxBytes' });
  });
});
