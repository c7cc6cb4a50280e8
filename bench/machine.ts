import { Worker } from 'node:worker_threads';

/** Pure arithmetic in a worker thread: no memory traffic, no I/O, so its time shows only how much CPU the thread got. */
const SPIN = `
const { parentPort, workerData } = require('node:worker_threads');
let x = 0;
for (let i = 0; i < workerData; i++) x = (x + i * 7) % 1000003;
parentPort.postMessage(x);
`;

async function spin(threads: number, iterations: number): Promise<number> {
  const started = performance.now();
  await Promise.all(
    Array.from(
      { length: threads },
      () =>
        new Promise<void>((resolve, reject) => {
          const worker = new Worker(SPIN, { eval: true, workerData: iterations });
          worker.once('message', () => void worker.terminate().then(() => resolve()));
          worker.once('error', reject);
        }),
    ),
  );
  return performance.now() - started;
}

/**
 * How many threads' worth of CPU the machine gives this process right now: `threads` spinning threads against
 * one, as the ratio of work done per unit of time (2.0 on two idle cores, 1.0 when other work takes one of
 * them). The worker pool's speedup cannot exceed it.
 */
export async function measureParallelism(threads: number, iterations = 100_000_000): Promise<number> {
  if (threads <= 1) return 1;
  await spin(1, iterations / 10);
  const one = await spin(1, iterations);
  const many = await spin(threads, iterations);
  return Number(((threads * one) / many).toFixed(2));
}
