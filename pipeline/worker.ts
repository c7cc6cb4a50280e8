/**
 * The entry of a pipeline worker thread (started by `workers.ts` through `worker-bootstrap.mjs`): loads the
 * segmenter's dictionaries, the lexicon and the rule tables once, then runs the CPU stages on each decoded
 * article it is sent, one at a time, and posts the result back.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { ArticleDoc, Stage } from './doc.ts';
import { runArticle, STAGES } from './index.ts';
import { loadLexicon } from './lexicon.ts';
import { ensureSegmenter } from './stages/segment.ts';
import { forGraph, type Keep, type ToWorker, type WireResult, type WorkerData } from './workers.ts';

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

async function run(id: number, doc: ArticleDoc, keep: Keep): Promise<void> {
  try {
    const controller = new AbortController();
    if (aborted.delete(id)) controller.abort();
    for (const earlier of aborted) if (earlier < id) aborted.delete(earlier);
    const result = await runArticle(doc, { signal: controller.signal, stages });
    const { original: _original, ...kept } = keep === 'graph' ? forGraph(result.doc) : result.doc;
    port!.postMessage({ type: 'done', id, result: { ...result, doc: kept } satisfies WireResult });
  } catch (error) {
    // A result that cannot be cloned, or a bug in the runner itself: this article fails, the worker goes on.
    port!.postMessage({ type: 'failed', id, message: error instanceof Error ? error.message : String(error) });
  }
}

port.on('message', (message: ToWorker) => {
  if (message.type === 'abort') {
    aborted.add(message.id);
    return;
  }
  // One article at a time, in the order they came: the pool knows which one was running if the thread dies.
  chain = chain.then(() => run(message.id, message.doc, message.keep));
});
port.postMessage({ type: 'ready' });
