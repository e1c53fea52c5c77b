/** A worker thread of a checker pool: one in-process checker answering the pool's requests. */
import { parentPort, workerData } from 'node:worker_threads';
import { createChecker } from '../checker.js';
import { type WorkerOptions, type WorkerReply, type WorkerRequest, sendableError } from './protocol.js';

const port = parentPort;
if (!port) throw new Error('checker-worker runs only as a worker thread of a checker pool');
const checker = createChecker(workerData as WorkerOptions);

port.on('message', (request: WorkerRequest) => {
  void answer(request).then((reply) => {
    try {
      port.postMessage(reply);
    } catch {
      // Details that cannot be cloned (a caller's object in an error) are dropped, not the reply.
      port.postMessage(reply.ok ? { id: reply.id, ok: false, error: { message: 'The verdict could not be sent from the worker thread' } } : { ...reply, error: { ...reply.error, details: {} } });
    }
    if (request.kind === 'dispose') port.close();
  });
});

async function answer(request: WorkerRequest): Promise<WorkerReply> {
  try {
    if (request.kind === 'check') return { id: request.id, ok: true, verdict: await checker.check(request.input) };
    await (request.kind === 'warmup' ? checker.warmup() : checker.dispose());
    return { id: request.id, ok: true };
  } catch (error) {
    return { id: request.id, ok: false, error: sendableError(error) };
  }
}
