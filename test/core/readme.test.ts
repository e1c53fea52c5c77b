import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rulesTable } from '../../src/profiles/rules-table.js';

describe('README', () => {
  it('shows the rules table of the registry and profiles as they are (regenerate with npx tsx tools/rules-table.ts)', () => {
    const readme = readFileSync(join(import.meta.dirname, '../../README.md'), 'utf8');
    const table = /<!-- rules:start[^>]*-->\n([\s\S]*?)\n?<!-- rules:end -->/.exec(readme)?.[1]?.trim();
    expect(table).toBe(rulesTable());
  });
});
