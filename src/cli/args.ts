import { parseArgs } from 'node:util';

/** A mistake in the command line: the CLI prints it with a pointer to --help and exits 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';

  constructor(
    message: string,
    /** The command whose --help to point to, e.g. `check`; empty for the top level. */
    readonly command: string,
  ) {
    super(message);
  }
}

export interface FlagSpec {
  readonly type: 'string' | 'boolean';
  /** Repeatable: every occurrence is kept, in order. */
  readonly multiple?: boolean;
  readonly short?: string;
  /** How the value is shown in --help, e.g. `N` or `rule=level`. */
  readonly valueName?: string;
  readonly description: string;
}

export type FlagSpecs = Readonly<Record<string, FlagSpec>>;

type ValueOf<F extends FlagSpec> = F['type'] extends 'boolean' ? boolean : F['multiple'] extends true ? string[] : string;

export type FlagValues<S extends FlagSpecs> = { -readonly [K in keyof S]?: ValueOf<S[K]> };

export interface ParsedArgs<S extends FlagSpecs> {
  readonly values: FlagValues<S>;
  readonly positionals: string[];
}

/**
 * Parses `argv` against `specs` with node's util.parseArgs (tokens mode), so that every mistake
 * becomes a UsageError naming the flag, what it expects and what it received.
 */
export function parseFlags<S extends FlagSpecs>(command: string, specs: S, argv: readonly string[]): ParsedArgs<S> {
  const { tokens } = parseArgs({
    args: [...argv],
    options: Object.fromEntries(
      Object.entries(specs).map(([name, spec]) => [name, { type: spec.type, ...(spec.short ? { short: spec.short } : {}) }]),
    ),
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  const values: Record<string, string | boolean | string[]> = {};
  const positionals: string[] = [];
  for (const token of tokens) {
    if (token.kind === 'positional') positionals.push(token.value);
    if (token.kind !== 'option') continue;
    const spec = specs[token.name];
    if (!spec) {
      const known = Object.keys(specs).map((name) => `--${name}`);
      throw new UsageError(`unknown option ${token.rawName}; expected one of ${known.join(', ')}`, command);
    }
    const flag = `--${token.name}`;
    if (spec.type === 'boolean') {
      if (token.value !== undefined) throw new UsageError(`${flag} takes no value but received ${JSON.stringify(token.value)}`, command);
      values[token.name] = true;
      continue;
    }
    const expected = spec.valueName ?? 'a value';
    if (token.value === undefined) throw new UsageError(`expected ${expected} after ${flag} but received nothing`, command);
    if (!token.inlineValue && token.value.startsWith('-') && token.value.length > 1) {
      throw new UsageError(`expected ${expected} after ${flag} but received the option ${token.value} (write ${flag}=${token.value} if that is the value)`, command);
    }
    if (spec.multiple) values[token.name] = [...((values[token.name] as string[] | undefined) ?? []), token.value];
    else values[token.name] = token.value;
  }
  return { values: values as FlagValues<S>, positionals };
}

/** The option lines of a --help text, aligned. */
export function describeFlags(specs: FlagSpecs): string {
  const rows = Object.entries(specs).map(([name, spec]) => {
    const short = spec.short ? `-${spec.short}, ` : '    ';
    const value = spec.type === 'string' ? ` <${spec.valueName ?? 'value'}>` : '';
    return [`${short}--${name}${value}${spec.multiple ? ' …' : ''}`, spec.description] as const;
  });
  const width = Math.max(...rows.map(([left]) => left.length));
  return rows.map(([left, description]) => `  ${left.padEnd(width)}  ${description}`).join('\n');
}

/** `value` when it is one of `allowed`, else a UsageError naming the flag. */
export function oneOf<const T extends string>(command: string, flag: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`expected one of ${allowed.join(', ')} for ${flag} but received ${JSON.stringify(value)}`, command);
}

export function positiveInteger(command: string, flag: string, value: string, max = Number.MAX_SAFE_INTEGER): number {
  const n = Number(value);
  if (/^\d+$/.test(value) && n >= 1 && n <= max) return n;
  throw new UsageError(`expected an integer from 1 to ${max} for ${flag} but received ${JSON.stringify(value)}`, command);
}

/** Splits `key=value` at the first `=`; both sides must be non-empty. */
export function keyValue(command: string, flag: string, value: string, expected: string): { key: string; value: string } {
  const at = value.indexOf('=');
  if (at > 0 && at < value.length - 1) return { key: value.slice(0, at), value: value.slice(at + 1) };
  throw new UsageError(`expected ${expected} for ${flag} but received ${JSON.stringify(value)}`, command);
}
