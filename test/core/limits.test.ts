import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createChecker } from '../../src/checker.js';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures');

/** Reporters show each measurement against the limit of the same name: a limit without one is never shown. */
describe('rule results', () => {
  const checker = createChecker();
  afterAll(() => checker.dispose());

  it('name a measurement for every limit they give', async () => {
    for (const photo of ['grace_hopper.jpg', 'astronaut.png']) {
      const verdict = await checker.check(join(FIXTURES, photo));
      const unmatched = verdict.results.flatMap((result) => Object.keys(result.limits).filter((name) => !(name in result.measurements)).map((name) => `${result.rule}: ${name}`));
      expect(unmatched, photo).toEqual([]);
    }
  }, 60_000);
});
