import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const PACKAGE_NAME = 'photolint';

function isPhotolintRoot(dir: string): boolean {
  const packageJson = join(dir, 'package.json');
  if (!existsSync(packageJson)) return false;
  try {
    return (JSON.parse(readFileSync(packageJson, 'utf8')) as { name?: unknown }).name === PACKAGE_NAME;
  } catch {
    return false;
  }
}

/**
 * The installed photolint package's root folder. This module runs from src/ under vitest and
 * from dist/ once bundled, so the root is found by walking up rather than by a fixed offset.
 */
export function findPackageRoot(start: string = dirname(fileURLToPath(import.meta.url))): string {
  for (let dir = start; ; dir = dirname(dir)) {
    if (isPhotolintRoot(dir)) return dir;
    if (dirname(dir) === dir) throw new Error(`no package.json named "${PACKAGE_NAME}" above ${start}`);
  }
}
