import { Worker } from 'node:worker_threads';
import { inOrder } from '../batch.js';
import type { Checker } from '../checker.js';
import { PhotolintError, checkerDisposed } from '../errors.js';
import type { ImageInput } from '../image/input.js';
import type { Verdict } from '../verdict.js';
import { type WorkerOptions, type WorkerReply, type WorkerRequest, type WorkerTask, receivedError } from './protocol.js';

interface Pending {
  resolve(reply: WorkerReply & { ok: true }): void;
  reject(error: Error): void;
}

/**
 * One worker thread with its own checker (and model sessions). The thread holds the process
 * open only while it has work, so a pool that is never disposed does not keep a program alive.
 */
class CheckerThread {
  private readonly worker: Worker;
  private readonly pending = new Map<number, Pending>();
  private nextId = 0;
  private ended = false;

  constructor(options: WorkerOptions) {
    const { source, eval: isCode } = workerSource();
    this.worker = new Worker(source, { workerData: options, eval: isCode });
    this.worker.on('message', (reply: WorkerReply) => this.settle(reply));
    const fail = (reason: string): void => {
      if (this.ended) return;
      this.ended = true;
      for (const { reject } of this.pending.values()) reject(new PhotolintError('worker-failed', `A checker worker thread ${reason}`));
      this.pending.clear();
    };
    this.worker.on('error', (error) => fail(`failed: ${error.message}`));
    this.worker.on('exit', (code) => fail(`exited with code ${code}`));
    // After the 'message' listener: adding one takes the reference again (nodejs/node#53036).
    this.worker.unref();
  }

  get load(): number {
    return this.pending.size;
  }

  get alive(): boolean {
    return !this.ended;
  }

  send(task: WorkerTask): Promise<WorkerReply & { ok: true }> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.ref();
      this.worker.postMessage({ ...task, id } satisfies WorkerRequest);
    });
  }

  async close(): Promise<void> {
    if (this.ended) return;
    const exited = new Promise((resolve) => this.worker.once('exit', resolve));
    await this.send({ kind: 'dispose' }).catch(() => undefined);
    this.ended = true;
    this.worker.ref();
    await exited;
  }

  private settle(reply: WorkerReply): void {
    const pending = this.pending.get(reply.id);
    if (!pending) return;
    this.pending.delete(reply.id);
    if (this.pending.size === 0) this.worker.unref();
    if (reply.ok) pending.resolve(reply);
    else pending.reject(receivedError(reply.error));
  }
}

/**
 * The worker's module beside this one, with this module's extension: .js or .cjs in the
 * package's dist/; .ts when photolint runs from source (tests, tools), where the worker first
 * registers tsx, a development dependency, to load TypeScript.
 */
function workerSource(): { source: string | URL; eval: boolean } {
  const here = import.meta.url;
  const extension = here.slice(here.lastIndexOf('.'));
  const entry = new URL(`./checker-worker${extension}`, here);
  if (extension !== '.ts') return { source: entry, eval: false };
  const tsx = import.meta.resolve('tsx/esm/api');
  return { source: `import(${JSON.stringify(tsx)}).then((tsx) => tsx.register()).then(() => import(${JSON.stringify(entry.href)}));`, eval: true };
}

/**
 * The input as it should cross to a thread: a view into a larger buffer (a Buffer from Node's
 * pool, a slice of a big file) is copied on its own, as sending a view copies its whole buffer.
 */
function ownBytes(input: ImageInput): ImageInput {
  return typeof input === 'string' || input.byteLength === input.buffer.byteLength ? input : Uint8Array.prototype.slice.call(input);
}

/**
 * A checker whose photos are checked in `workers` worker threads, each with its own model
 * sessions: throughput grows with cores, while each verdict is the one an in-process checker
 * gives. A photo goes to the thread with the least work; a thread that dies fails its photos
 * with `worker-failed` and is replaced when work next arrives.
 */
export function createPooledChecker(options: WorkerOptions, workers: number, identity: Pick<Checker, 'profile' | 'rules'>): Checker {
  const threads = Array.from({ length: workers }, () => new CheckerThread(options));
  let disposed = false;
  const liveThreads = (): CheckerThread[] => {
    for (let i = 0; i < threads.length; i++) if (!threads[i]!.alive) threads[i] = new CheckerThread(options);
    return threads;
  };

  const assertLive = (): void => {
    if (disposed) throw checkerDisposed();
  };

  const check = async (input: ImageInput): Promise<Verdict> => {
    assertLive();
    const leastLoaded = liveThreads().reduce((best, thread) => (thread.load < best.load ? thread : best));
    const reply = await leastLoaded.send({ kind: 'check', input: ownBytes(input) });
    return reply.verdict!;
  };

  return {
    ...identity,
    check,
    checkMany: (inputs, batch = {}) => inOrder(inputs, batch.concurrency ?? workers, check),
    async warmup() {
      assertLive();
      await Promise.all(liveThreads().map((thread) => thread.send({ kind: 'warmup' })));
    },
    async dispose() {
      disposed = true;
      await Promise.all(threads.filter((thread) => thread.alive).map((thread) => thread.close()));
    },
  };
}
