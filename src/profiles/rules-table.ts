import { resolveProfile } from './resolve.js';

/**
 * The README's table of rules, made from the registry and the built-in profiles so that it
 * cannot drift from the code (test/core/readme.test.ts compares the two).
 */
export function rulesTable(): string {
  const chsi = resolveProfile('chsi-2017');
  const sztu = new Map(resolveProfile('sztu-2022').rules.map((rule) => [rule.check.id, rule]));
  const rows = chsi.rules.map(({ check, severity, params }) => {
    const other = sztu.get(check.id);
    const changed = other ? Object.fromEntries(Object.entries(other.params).filter(([name, value]) => JSON.stringify(value) !== JSON.stringify(params[name]))) : {};
    const note = Object.keys(changed).length > 0 ? ` (sztu-2022: ${formatParams(changed)})` : '';
    const cells = [`\`${check.id}\``, `${check.title.en} · ${check.title.zh}`, severity, formatParams(params) + note];
    return `| ${cells.join(' | ')} |`;
  });
  return ['| rule | what | chsi-2017 severity | parameters (defaults) |', '|---|---|---|---|', ...rows].join('\n');
}

function formatParams(params: Readonly<Record<string, unknown>>): string {
  const entries = Object.entries(params);
  if (entries.length === 0) return '—';
  return entries.map(([name, value]) => `${name} ${JSON.stringify(value)}`).join(', ');
}
