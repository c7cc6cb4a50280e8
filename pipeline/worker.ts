/**
 * The entry of a pipeline worker thread (started by `workers.ts` through `worker-bootstrap.mjs`): loads the
 * segmenter's dictionaries, the lexicon and the rule tables once, then runs the CPU stages on each batch of
 * decoded articles it is sent, one batch at a time and stage by stage (`runArticles`), and posts the results back.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { Stage } from './doc.ts';
import { runArticle, runArticles, STAGES } from './index.ts';
import { loadLexicon } from './lexicon.ts';
import { ensureSegmenter } from './stages/segment.ts';
import { forGraph, type FromWorker, type Keep, type ToWorker, type WireResult, type WorkerData } from './workers.ts';

const port = parentPort;
if (!port) throw new Error('expected to run as a worker thread (pipeline/workers.ts starts it), found the main thread');

const data = (workerData ?? {}) as WorkerData;
const stages: readonly Stage[] = data.stagesModule ? ((await import(data.stagesModule)) as { STAGES: readonly Stage[] }).STAGES : STAGES;
if (!Array.isArray(stages)) throw new Error(`expected ${data.stagesModule} to export STAGES, an array of stages`);

loadLexicon();
ensureSegmenter();
// One short article compiles the rule patterns and warms the code paths before real work arrives.
await runArticle({ articleId: '0000000000000000', source: 'warm-up', original: '2023年5月，小米投资了上海快卜新能源科技有限公司。' }, { stages });

/** Articles of this worker whose abort was asked for before they started. */
const aborted = new Set<number>();
let chain: Promise<void> = Promise.resolve();

function post(message: FromWorker): void {
  port!.postMessage(message);
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

async function run(tasks: Extract<ToWorker, { type: 'run' }>['tasks'], keep: Keep): Promise<void> {
  let results: { id: number; result: WireResult }[];
  try {
    const signals = tasks.map(({ id }) => {
      const controller = new AbortController();
      if (aborted.delete(id)) controller.abort();
      return controller.signal;
    });
    const last = tasks[tasks.length - 1]!.id;
    for (const earlier of aborted) if (earlier < last) aborted.delete(earlier);
    results = (await runArticles(tasks.map((task) => task.doc), { signals, stages })).map((result, i) => {
      const { original: _original, ...kept } = keep === 'graph' ? forGraph(result.doc) : result.doc;
      return { id: tasks[i]!.id, result: { ...result, doc: kept } };
    });
  } catch (error) {
    // A bug in the runner itself fails the batch.
    for (const { id } of tasks) post({ type: 'failed', id, message: messageOf(error) });
    return;
  }
  try {
    post({ type: 'done', results });
  } catch {
    // A result that cannot be cloned fails its own article only.
    for (const one of results) {
      try {
        post({ type: 'done', results: [one] });
      } catch (error) {
        post({ type: 'failed', id: one.id, message: messageOf(error) });
      }
    }
  }
}

port.on('message', (message: ToWorker) => {
  if (message.type === 'abort') {
    aborted.add(message.id);
    return;
  }
  // One batch at a time, in the order they came: the pool knows which one was running if the thread dies.
  chain = chain.then(() => run(message.tasks, message.keep));
});
port.postMessage({ type: 'ready' });
