/**
 * One sha256 over every verdict the checker gives the dev-set photos in every profile, timings
 * left out: a change meant to keep the results (a speed-up, a refactor) must keep this digest.
 * With a file argument, the verdicts are also written there as JSON lines, to diff against an
 * earlier run's when the digest moves.
 *
 *   npx tsx tools/verdict-digest.ts [verdicts.jsonl]
 */
import { createHash } from 'node:crypto';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createChecker } from '../src/checker.js';
import { PROFILE_IDS } from '../src/profiles/index.js';
import { DEV_SET_DIR, devSetPresent } from './dev-set.js';

async function main(): Promise<void> {
  if (!devSetPresent()) {
    console.error(`The dev set is absent at ${DEV_SET_DIR} (set PHOTOLINT_DEV_SET to its folder): nothing to digest.`);
    process.exitCode = 2;
    return;
  }
  const files = (await readdir(join(DEV_SET_DIR, 'img'))).sort();
  const lines: string[] = [];
  for (const profile of PROFILE_IDS) {
    const checker = createChecker({ profile, threads: 1 });
    try {
      for (const file of files) {
        const verdict = await checker.check(await readFile(join(DEV_SET_DIR, 'img', file))).catch((error: unknown) => error as Error);
        lines.push(
          JSON.stringify(
            verdict instanceof Error
              ? { profile, file, error: verdict.message }
              : { profile, file, overall: verdict.overall, results: verdict.results.map(({ timeMs: _time, ...result }) => result) },
          ),
        );
      }
    } finally {
      await checker.dispose();
    }
  }
  const text = `${lines.join('\n')}\n`;
  const out = process.argv[2];
  if (out) await writeFile(out, text);
  console.log(`${createHash('sha256').update(text).digest('hex')}  ${lines.length} verdicts (${files.length} photos × ${PROFILE_IDS.join(', ')})${out ? `, written to ${out}` : ''}`);
}

await main();
