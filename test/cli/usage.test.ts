import { describe, expect, it } from 'vitest';
import pkg from '../../package.json' with { type: 'json' };
import { UsageError, parseFlags } from '../../src/cli/args.js';
import { runCli } from './run-cli.js';

describe('parseFlags', () => {
  const specs = {
    format: { type: 'string', description: 'format' },
    set: { type: 'string', multiple: true, description: 'set' },
    help: { type: 'boolean', short: 'h', description: 'help' },
  } as const;

  it('keeps repeated values in order, positionals and inline values', () => {
    const { values, positionals } = parseFlags('check', specs, ['a.jpg', '--set', 'x.y=1', '--format=json', '-h', '--set', 'x.z=2', '--', '--b.jpg']);
    expect(values).toEqual({ set: ['x.y=1', 'x.z=2'], format: 'json', help: true });
    expect(positionals).toEqual(['a.jpg', '--b.jpg']);
  });

  it('throws a UsageError naming the command and the flag', () => {
    expect(() => parseFlags('check', specs, ['--help=yes'])).toThrow(new UsageError('--help takes no value but received "yes"', 'check'));
    expect(() => parseFlags('check', specs, ['--format', '--help'])).toThrow(/expected a value after --format but received the option --help/);
  });
});

/** Runs argv, expects exit 2 with nothing on stdout, and returns stderr. */
async function usageError(argv: string[]): Promise<string> {
  const run = await runCli(argv);
  expect(run.code).toBe(2);
  expect(run.stdout).toBe('');
  return run.stderr;
}

describe('usage errors exit 2 naming the flag, the expected and the received', () => {
  it.each([
    [['check', 'a.jpg', '--bogus'], ['photolint check: unknown option --bogus; expected one of --profile,', '--overlay', 'Run "photolint check --help" for usage.']],
    [['check', 'a.jpg', '--format', 'xml'], ['expected one of pretty, json, junit for --format but received "xml"']],
    [['check', 'a.jpg', '--format'], ['expected pretty|json|junit after --format but received nothing']],
    [['check', 'a.jpg', '--lang', 'fr'], ['expected one of en, zh for --lang but received "fr"']],
    [['check', 'a.jpg', '--threads', '0'], ['expected an integer from 1 to 64 for --threads but received "0"']],
    [['check', 'a.jpg', '--concurrency', '2.5'], ['expected an integer from 1 to 256 for --concurrency but received "2.5"']],
    [['check', 'a.jpg', '--set', 'image-size'], ['expected rule.param=value for --set but received "image-size"']],
    [['check', 'a.jpg', '--set', 'image-size=3'], ['expected rule.param=value for --set but received "image-size=3"']],
    [['check', 'a.jpg', '--set', 'size.width=3'], ['expected a rule id for --set but received "size"; rules: jpeg-format,']],
    [['check', 'a.jpg', '--severity', 'image-size=loud'], ['expected one of off, error, warning, review for --severity image-size but received "loud"']],
    [['check', 'a.jpg', '--severity', 'image-size'], ['expected rule=off|error|warning|review for --severity but received "image-size"']],
    [['check', 'a.jpg', '--profile', 'nope-2000'], ['expected chsi-2017, sztu-2022 or a profile JSON file for --profile but received "nope-2000" (no such file)']],
    [['check'], ['expected at least one photo file or folder but received none']],
    [['eval'], ['photolint eval: expected one labels.json argument but received 0']],
    [['eval', 'l.json', '--format', 'pretty'], ['expected one of table, json for --format but received "pretty"']],
    [['eval', 'l.json', '--min', 'no-such-row=0.9'], ['expected a rule id, an aggregate name or "overall" for --min but received "no-such-row"']],
    [['eval', 'l.json', '--min', 'overall=1.5'], ['expected a number from 0 to 1 for --min overall but received "1.5"']],
    [['eval', 'l.json', '--limit', '-3'], ['expected N after --limit but received the option -3']],
    [['frobnicate'], ['photolint: expected a command (check, eval) but received "frobnicate"']],
    [['--verbose'], ['photolint: unknown option --verbose; expected one of --help, --version']],
  ])('%j', async (argv, expected) => {
    const stderr = await usageError(argv);
    for (const part of expected) expect(stderr).toContain(part);
  });

  it('prints the help on stderr without a command', async () => {
    expect(await usageError([])).toContain('Usage: photolint <command>');
  });
});

describe('help and version', () => {
  it('prints the version', async () => {
    expect(await runCli(['--version'])).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: '' });
    expect((await runCli(['-v'])).stdout).toBe(`${pkg.version}\n`);
  });

  it('prints the help of the program and of each command', async () => {
    const top = await runCli(['--help']);
    expect(top.code).toBe(0);
    expect(top.stdout).toMatch(/check {3}check photos against a photo standard\n {2}eval {4}score the checker/);
    const check = await runCli(['check', '--help']);
    expect(check.code).toBe(0);
    expect(check.stdout).toContain('Usage: photolint check <files or folders…> [options]');
    expect(check.stdout).toContain('--severity <rule=level> …');
    expect(check.stdout).toContain('2  a usage error or a bad profile (nothing is checked); or some photo could not be read');
    const evaluation = await runCli(['eval', '-h']);
    expect(evaluation.stdout).toContain('Usage: photolint eval <labels.json> [options]');
    expect(evaluation.stdout).toContain('"background (any)"');
  });
});
