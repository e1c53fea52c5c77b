import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const entry = fileURLToPath(new URL('../../src/cli/main.ts', import.meta.url));

describe('the photolint entry point', () => {
  it('runs main with the process arguments and sets the exit code', async () => {
    const run = promisify(execFile)(process.execPath, ['--import', 'tsx', entry, 'check', 'no/such/photo.jpg'], { cwd: fileURLToPath(new URL('../..', import.meta.url)) });
    await expect(run).rejects.toMatchObject({ code: 2, stdout: expect.stringContaining('input-not-found') });
  });
});
