/**
 * `npm run bench:compare -- <other checkout> [rounds]`: this checkout's checker against another
 * checkout's (with its dependencies installed), both in this process, photo by photo, alternating
 * which goes first, over the bench photos `rounds` times (default 2). Prints, per issue target and
 * for the whole photo, both medians and their ratio: on a shared machine whose speed drifts
 * between runs, a ratio from one process is the comparison to trust.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Checker, createChecker } from '../src/checker.js';
import { TARGETS, WARMUP_IMAGES, benchPhotos, quantile, targetTime } from './photos.js';

const [otherDir, roundsArg = '2'] = process.argv.slice(2);
const rounds = Number(roundsArg);
const otherEntry = otherDir === undefined ? undefined : resolve(otherDir, 'src', 'checker.ts');
if (!otherEntry || !existsSync(otherEntry) || !Number.isInteger(rounds) || rounds < 1) {
  console.error(`usage: npm run bench:compare -- <other photolint checkout> [rounds ≥ 1]\n(expected ${otherEntry ?? '<dir>/src/checker.ts'} to exist and rounds a whole number, received "${roundsArg}")`);
  process.exit(2);
}

const other = (await import(pathToFileURL(otherEntry).href)) as { createChecker: typeof createChecker };
const { source, images } = await benchPhotos();
const checkers: Record<'other' | 'this', Checker> = {
  other: other.createChecker({ profile: 'chsi-2017', threads: 1 }),
  this: createChecker({ profile: 'chsi-2017', threads: 1 }),
};
const rows = [...TARGETS.map((target) => ({ name: target.name, time: (v: Parameters<typeof targetTime>[1]) => targetTime(target, v) })), { name: 'whole photo', time: (v: Parameters<typeof targetTime>[1]) => v.timings.total ?? 0 }];
const times: Record<'other' | 'this', number[][]> = { other: rows.map(() => []), this: rows.map(() => []) };
try {
  for (const checker of Object.values(checkers)) {
    await checker.warmup();
    for (const image of images.slice(0, WARMUP_IMAGES)) await checker.check(image).catch(() => undefined);
  }
  for (let round = 0; round < rounds; round++) {
    for (const [index, image] of images.entries()) {
      const order = (index + round) % 2 ? (['other', 'this'] as const) : (['this', 'other'] as const);
      for (const which of order) {
        const verdict = await checkers[which].check(image).catch(() => undefined);
        if (verdict) rows.forEach((row, r) => times[which][r]!.push(row.time(verdict)));
      }
    }
  }
} finally {
  await Promise.all(Object.values(checkers).map((checker) => checker.dispose()));
}

console.log(`photolint bench:compare: chsi-2017, 1 thread, ${images.length} images × ${rounds} rounds from ${source}`);
console.log(`other: ${resolve(otherDir!)}   this: ${resolve(import.meta.dirname, '..')}`);
rows.forEach((row, r) => {
  const [before, after] = [quantile(times.other[r]!, 0.5), quantile(times.this[r]!, 0.5)];
  console.log(`  ${row.name.padEnd(26)} other ${before.toFixed(2).padStart(7)} ms   this ${after.toFixed(2).padStart(7)} ms   ×${(after / before).toFixed(2)}`);
});
