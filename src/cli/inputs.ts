import { readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';

export const IMAGE_EXTENSIONS = ['jpg', 'jpeg', 'png', 'webp', 'gif', 'tif', 'tiff', 'heic'] as const;

export interface PhotoPaths {
  readonly paths: string[];
  /** Whether some argument was a folder, so the caller reports a batch even for one photo. */
  readonly fromFolder: boolean;
}

/**
 * Expands the command's file and folder arguments, in argument order. A folder is walked
 * recursively for files with an image extension (any case), sorted by path. A file argument is
 * kept whatever its extension, and so is a path that does not exist: checking it reports why.
 */
export async function collectPhotoPaths(args: readonly string[]): Promise<PhotoPaths> {
  const paths: string[] = [];
  let fromFolder = false;
  for (const arg of args) {
    if (await isDirectory(arg)) {
      fromFolder = true;
      paths.push(...(await imagesUnder(arg)).sort());
    } else {
      paths.push(arg);
    }
  }
  return { paths, fromFolder };
}

async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

async function imagesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => !entry.isDirectory() && isImageName(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}

function isImageName(name: string): boolean {
  return (IMAGE_EXTENSIONS as readonly string[]).includes(extname(name).slice(1).toLowerCase());
}
