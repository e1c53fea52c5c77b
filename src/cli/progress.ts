import type { OutputStream } from './io.js';

export interface Progress {
  /** `done` of `total` items finished; `label` names the last one. */
  update(done: number, total: number, label: string): void;
  /** Clears the bar. */
  clear(): void;
}

const BAR_WIDTH = 24;
const SILENT: Progress = { update: () => undefined, clear: () => undefined };

/** A one-line bar on a terminal, for batches of two or more; silent when `stream` is no terminal. */
export function createProgress(stream: OutputStream): Progress {
  if (stream.isTTY !== true) return SILENT;
  let drawn = false;
  return {
    update(done, total, label) {
      if (total < 2) return;
      const filled = Math.round((done / total) * BAR_WIDTH);
      const line = `[${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}] ${done}/${total} ${label}`;
      stream.write(`\r\u001b[2K${line.slice(0, (stream.columns ?? 80) - 1)}`);
      drawn = true;
    },
    clear() {
      if (drawn) stream.write('\r\u001b[2K');
    },
  };
}
