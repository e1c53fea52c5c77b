/** The part of a writable stream the CLI uses; `process.stdout` and `process.stderr` fit it. */
export interface OutputStream {
  write(text: string): unknown;
  readonly isTTY?: boolean;
  readonly columns?: number;
}

/** Everything the CLI touches outside its arguments, so tests can run it in-process. */
export interface CliIo {
  readonly stdout: OutputStream;
  readonly stderr: OutputStream;
  readonly env: Readonly<Record<string, string | undefined>>;
}

/** Colour only on a terminal, and never when NO_COLOR is set to a non-empty value (no-color.org). */
export function colorEnabled(io: CliIo): boolean {
  return io.stdout.isTTY === true && !io.env.NO_COLOR;
}
