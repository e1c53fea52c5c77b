/**
 * Prints the README's table of rules (`npx tsx tools/rules-table.ts`), or writes it into the
 * README between its rules markers (`--write`).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { rulesTable } from '../src/profiles/rules-table.js';

const table = rulesTable();
if (process.argv.includes('--write')) {
  const path = join(import.meta.dirname, '..', 'README.md');
  const readme = readFileSync(path, 'utf8');
  const updated = readme.replace(/(<!-- rules:start[^>]*-->\n)[\s\S]*?(<!-- rules:end -->)/, `$1${table}\n$2`);
  if (updated === readme && !readme.includes(table)) throw new Error(`no rules markers found in ${path}`);
  writeFileSync(path, updated);
} else {
  console.log(table);
}
