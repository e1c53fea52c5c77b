import { describe, expect, it } from 'vitest';
import { loadRows } from '../../tools/accessory-dataset.js';
import { devSetPresent } from '../../tools/dev-set.js';
import { MODELS, examplesFor } from '../../tools/calibrate-accessories.js';
import { balancedAccuracy } from '../../src/eval/metrics.js';
import { crossValidate } from '../../tools/logistic.js';
import { DEV_SET_DIR } from '../../tools/dev-set.js';

/** Cross-validated balanced accuracy reached on the dev set (tools/calibrate-accessories.ts), minus a margin of 0.03. */
const FLOOR = { glasses: 0.92, headCovering: 0.80, hairOverBrows: 0.76, hairOverEyes: 0.50, earCovered: 0.77, earrings: 0.58, necklace: 0.39 } as const;

const present = devSetPresent();
if (!present) console.warn(`test/accessories/dev-set: the labelled dev set is not at ${DEV_SET_DIR}; set PHOTOLINT_DEV_SET to run it`);

describe.skipIf(!present)('accessory rules on the dev set (5-fold CV)', () => {
  it('keeps the cross-validated balanced accuracy of every fitted rule', { timeout: 300_000 }, async () => {
    const rows = await loadRows(false);
    for (const [id, { label, prefix }] of Object.entries(MODELS)) {
      const { names, examples } = examplesFor(rows, label, prefix);
      expect(balancedAccuracy(crossValidate(names, examples)), id).toBeGreaterThanOrEqual(FLOOR[id as keyof typeof FLOOR]);
    }
  });
});
