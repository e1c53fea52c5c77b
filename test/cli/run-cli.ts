import { main } from '../../src/cli/program.js';
import type { OutputStream } from '../../src/cli/io.js';

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

class Capture implements OutputStream {
  text = '';
  constructor(readonly isTTY: boolean) {}
  write(chunk: string): boolean {
    this.text += chunk;
    return true;
  }
}

/** Runs the CLI in-process, capturing its output; `tty` makes both streams look like a terminal. */
export async function runCli(argv: readonly string[], options: { tty?: boolean; env?: Record<string, string> } = {}): Promise<CliRun> {
  const stdout = new Capture(options.tty ?? false);
  const stderr = new Capture(options.tty ?? false);
  const code = await main(argv, { stdout, stderr, env: options.env ?? {} });
  return { code, stdout: stdout.text, stderr: stderr.text };
}
