/**
 * `npm run bench`: per-image time of each analysis stage for the chsi-2017 profile, one thread,
 * after warm-up, over the dev-set photos resized to 480×640 JPEG (or generated fixtures when the
 * dev set is absent). Stages are whatever the verdicts' timings contain, grouped by kind; then
 * throughput of one checker and of one worker thread per core.
 */
import { cpus, loadavg } from 'node:os';
import { type Checker, createChecker } from '../src/checker.js';
import { startGcTally } from './gc.js';
import { MODEL_STAGES, OVERHEAD, TARGETS, WARMUP_IMAGES, benchPhotos, quantile, targetTime } from './photos.js';

const mib = (bytes: number): string => `${(bytes / 2 ** 20).toFixed(0)} MiB`;

async function main(): Promise<void> {
  const { source, images } = await benchPhotos();
  const rssBefore = process.memoryUsage().rss;
  const checker = createChecker({ profile: 'chsi-2017', threads: 1 });
  const loadStart = performance.now();
  await checker.warmup();
  const load = performance.now() - loadStart;
  for (const image of images.slice(0, WARMUP_IMAGES)) await checker.check(image).catch(() => undefined);

  const stages = new Map<string, number[]>();
  const ruleTimes = new Map<string, number[]>();
  let failed = 0;
  const gcTally = startGcTally();
  for (const image of images) {
    try {
      const verdict = await checker.check(image);
      for (const [stage, ms] of Object.entries(verdict.timings)) stages.set(stage, [...(stages.get(stage) ?? []), ms]);
      for (const result of verdict.results) ruleTimes.set(result.rule, [...(ruleTimes.get(result.rule) ?? []), result.timeMs]);
      for (const target of TARGETS) {
        stages.set(`(${target.name})`, [...(stages.get(`(${target.name})`) ?? []), targetTime(target, verdict)]);
      }
    } catch {
      failed++;
    }
  }
  const gc = await gcTally.stop();
  const rssAfter = process.memoryUsage().rss;
  const photosPerSecond = async (on: Checker, concurrency?: number): Promise<number> => {
    const start = performance.now();
    let checked = 0;
    for await (const _item of on.checkMany(images, { concurrency })) checked++;
    return checked / ((performance.now() - start) / 1000);
  };
  const serial = await photosPerSecond(checker, 1);
  const overlapped = await photosPerSecond(checker, 2);
  await checker.dispose();
  const workers = cpus().length;
  const pool = createChecker({ profile: 'chsi-2017', threads: 1, workers });
  await pool.warmup();
  const pooled = await photosPerSecond(pool);
  const rssPool = process.memoryUsage().rss;
  await pool.dispose();

  const total = quantile(stages.get('total') ?? [], 0.5);
  const row = (stage: string): string => {
    const values = stages.get(stage) ?? [];
    const med = quantile(values, 0.5);
    return `  ${stage.padEnd(27)} median ${med.toFixed(2).padStart(7)} ms   p90 ${quantile(values, 0.9).toFixed(2).padStart(7)} ms   ${((100 * med) / total).toFixed(0).padStart(3)}% of total   (${values.length} images)`;
  };
  const known = new Set([...OVERHEAD, ...MODEL_STAGES, 'total', ...TARGETS.map((t) => `(${t.name})`)]);
  console.log(`photolint bench: chsi-2017, 1 thread, ${images.length} images (${failed} rejected) from ${source}`);
  console.log(`machine: ${cpus().length} cores, load average ${loadavg()[0]!.toFixed(1)} at the end (medians are comparable only at similar load)`);
  console.log(`load (warmup: all sessions of the profile): ${load.toFixed(0)} ms`);
  console.log('face and person models:');
  for (const stage of MODEL_STAGES.filter((s) => stages.has(s))) console.log(row(stage));
  console.log('other analyses:');
  for (const stage of [...stages.keys()].filter((s) => !known.has(s))) console.log(row(stage));
  console.log('overhead:');
  for (const stage of OVERHEAD.filter((s) => stages.has(s))) console.log(row(stage));
  console.log(row('total'));
  console.log('targets (analyses and their rules, per photo):');
  for (const target of TARGETS) console.log(row(`(${target.name})`), ` target ≤ ${target.budget} ms`);
  const slowest = [...ruleTimes].map(([rule, times]) => [rule, quantile(times, 0.5)] as const).sort((a, b) => b[1] - a[1]).slice(0, 8);
  console.log(`slowest rules (median ms of judging alone): ${slowest.map(([rule, ms]) => `${rule} ${ms.toFixed(2)}`).join(', ')}`);
  console.log(
    `garbage collection: ${(gc.ms / images.length).toFixed(1)} ms per photo, spread over the stages above; a full collection every ${(images.length / Math.max(gc.fullCollections, 1)).toFixed(1)} photos (see README, Benchmark)`,
  );
  console.log(`throughput, one checker: ${serial.toFixed(1)} photos/s one at a time, ${overlapped.toFixed(1)} photos/s with 2 in flight (×${(overlapped / serial).toFixed(2)})`);
  console.log(`throughput, ${workers} worker threads (one per core): ${pooled.toFixed(1)} photos/s (×${(pooled / serial).toFixed(2)})`);
  console.log(`RSS: ${mib(rssBefore)} before the checker, ${mib(rssAfter)} after the run, ${mib(rssPool)} with ${workers} worker threads as well`);
}

await main();
