import { open, stat } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import { PhotolintError, invalidOption } from '../errors.js';

/** A file path, or the file's bytes. */
export type ImageInput = string | Buffer | Uint8Array;

export interface InputLimits {
  /** Largest accepted file, in bytes. */
  maxBytes: number;
}

export interface InputBytes {
  bytes: Buffer;
  /** The path the bytes were read from, or null when they were passed in memory. */
  path: string | null;
}

export async function readInput(input: ImageInput, limits: InputLimits): Promise<InputBytes> {
  if (!Number.isInteger(limits.maxBytes) || limits.maxBytes < 1) {
    throw invalidOption('limits.maxBytes', 'a positive integer number of bytes', limits.maxBytes);
  }
  if (typeof input === 'string') return { bytes: await readFileWithin(input, limits.maxBytes), path: input };
  if (input instanceof Uint8Array) {
    const bytes = Buffer.isBuffer(input) ? input : Buffer.from(input.buffer, input.byteOffset, input.byteLength);
    checkByteSize(bytes.byteLength, limits.maxBytes, 'the input buffer');
    return { bytes, path: null };
  }
  throw invalidOption('input', 'a file path, Buffer or Uint8Array', input);
}

function checkByteSize(byteSize: number, maxBytes: number, source: string): void {
  if (byteSize === 0) throw new PhotolintError('input-empty', `Expected an image in ${source} but it is empty (0 bytes)`, { byteSize });
  if (byteSize > maxBytes) {
    throw new PhotolintError('input-too-large', `Expected at most ${maxBytes} bytes in ${source} but it has ${byteSize} bytes`, {
      byteSize,
      maxBytes,
    });
  }
}

/** Checks the size with stat before reading, so an oversized file is never loaded. */
async function readFileWithin(path: string, maxBytes: number): Promise<Buffer> {
  const stats = await statInput(path);
  if (stats.isDirectory()) {
    throw new PhotolintError('input-is-directory', `Expected an image file at ${JSON.stringify(path)} but it is a directory`, { path });
  }
  if (!stats.isFile()) {
    // Devices and pipes could block or never end: only regular files are read.
    throw unreadable(path, 'it is not a regular file');
  }
  checkByteSize(stats.size, maxBytes, `the file ${JSON.stringify(path)}`);
  try {
    const file = await open(path, 'r');
    try {
      const buffer = Buffer.alloc(stats.size);
      const { bytesRead } = await file.read(buffer, 0, buffer.length, 0);
      const bytes = buffer.subarray(0, bytesRead);
      checkByteSize(bytes.length, maxBytes, `the file ${JSON.stringify(path)}`);
      return bytes;
    } finally {
      await file.close();
    }
  } catch (error) {
    if (error instanceof PhotolintError) throw error;
    throw readFailure(path, error);
  }
}

async function statInput(path: string): Promise<Stats> {
  try {
    return await stat(path);
  } catch (error) {
    if (errnoCode(error) === 'ENOENT' || errnoCode(error) === 'ENOTDIR') {
      throw new PhotolintError('input-not-found', `Expected an image file at ${JSON.stringify(path)} but no such file exists`, { path }, { cause: error });
    }
    throw readFailure(path, error);
  }
}

function unreadable(path: string, reason: string, cause?: unknown): PhotolintError {
  return new PhotolintError('input-unreadable', `Expected a readable image file at ${JSON.stringify(path)} but ${reason}`, { path }, { cause });
}

function readFailure(path: string, error: unknown): PhotolintError {
  const reason = errnoCode(error) ?? (error instanceof Error ? error.message : String(error));
  return unreadable(path, `reading it failed (${reason})`, error);
}

function errnoCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}
