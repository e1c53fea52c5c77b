import pkg from '../../package.json' with { type: 'json' };
import { isPhotolintError } from '../errors.js';
import { UsageError, describeFlags, parseFlags } from './args.js';
import { checkCommand } from './commands/check.js';
import type { Command } from './commands/command.js';
import { evalCommand } from './commands/eval.js';
import type { CliIo } from './io.js';

const COMMANDS: Readonly<Record<string, Command>> = { check: checkCommand, eval: evalCommand };

const FLAGS = {
  help: { type: 'boolean', short: 'h', description: 'show this help' },
  version: { type: 'boolean', short: 'v', description: 'print the version' },
} as const;

const HELP = `Usage: photolint <command> [options]

Checks portrait photos against an official photo standard (default: the CHSI diploma photo, 480×640 JPEG).

Commands:
${Object.values(COMMANDS)
  .map((command) => `  ${command.name.padEnd(6)}  ${command.summary}`)
  .join('\n')}

Options:
${describeFlags(FLAGS)}

Run "photolint <command> --help" for a command's options and exit status.
`;

/**
 * The whole command line: runs `argv` (the arguments after the program name) with `io` and
 * resolves to the exit code. It never exits the process and never throws.
 */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    return await dispatch(argv, io);
  } catch (error) {
    io.stderr.write(describeError(error));
    return 2;
  }
}

async function dispatch(argv: readonly string[], io: CliIo): Promise<number> {
  const [first, ...rest] = argv;
  const command = first === undefined ? undefined : COMMANDS[first];
  if (command) return command.run(rest, io);
  if (first !== undefined && !first.startsWith('-')) {
    throw new UsageError(`expected a command (${Object.keys(COMMANDS).join(', ')}) but received ${JSON.stringify(first)}`, '');
  }
  const { values } = parseFlags('', FLAGS, argv);
  if (values.version) {
    io.stdout.write(`${pkg.version}\n`);
    return 0;
  }
  if (values.help) {
    io.stdout.write(HELP);
    return 0;
  }
  io.stderr.write(HELP);
  return 2;
}

function describeError(error: unknown): string {
  if (error instanceof UsageError) {
    const name = error.command ? `photolint ${error.command}` : 'photolint';
    return `${name}: ${error.message}\nRun "${name} --help" for usage.\n`;
  }
  if (isPhotolintError(error)) return `photolint: ${error.message} [${error.code}]\n`;
  return `photolint: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`;
}
