/**
 * A pool of worker threads that run the CPU stages (`runArticle`) on decoded articles, one worker per core.
 *
 * Each worker loads the segmenter's dictionaries, the lexicon and the rule tables once, then takes articles in
 * batches, which it runs stage by stage (`runArticles`), and holds a second batch so that it never waits for
 * this thread. Results come back by structured clone, so an `ArticleDoc` holds only plain data (strings,
 * numbers, arrays, plain objects, typed arrays). A stage that throws fails its article with KG090, as
 * `runArticle` does. A worker thread that dies is replaced: running one article alone, it fails that article;
 * running a batch, it cannot say which article killed it, so each article of the batch runs again alone and
 * only the one that kills a thread again fails. The articles queued behind go to the next worker. With `size`
 * 0 or 1 the stages run in this thread.
 *
 * @example
 * const pool = new ArticlePool({ keep: 'graph' });
 * try {
 *   for (const doc of docs) {
 *     await pool.ready(); // backpressure: at most `maxQueued` articles wait for a worker
 *     pending.push(pool.run(doc).then(write));
 *   }
 *   await Promise.all(pending);
 * } finally {
 *   await pool.close();
 * }
 */
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';
import type { Diagnostic } from '../schemas/diagnostic.ts';
import { diagnostic } from './diagnostics.ts';
import type { ArticleDoc, Stage } from './doc.ts';
import { runArticle, type ArticleResult } from './index.ts';

/** What a result keeps: the whole document, or only what the graph writer reads (smaller to send back). */
export type Keep = 'all' | 'graph';

export interface ArticlePoolOptions {
  /** Worker threads. Default: `os.availableParallelism()`. 0 or 1 runs the stages in this thread. */
  readonly size?: number;
  /**
   * Articles in one batch. A worker holds two: it runs one while the next waits, so it never waits for this
   * thread (on the shared 2-core machine, one article in hand left the two threads idle 1.0–2.1 s per 1 000
   * articles). An idle worker takes what is queued at once; a busy one takes a second batch only when a full
   * one is queued. Default 8.
   */
  readonly batch?: number;
  /** Articles waiting for a worker before `ready()` waits and `run()` holds the caller back. Default one batch per worker. */
  readonly maxQueued?: number;
  /** Default `'all'`. */
  readonly keep?: Keep;
  /** A module exporting `STAGES` to run instead of the pipeline's own (a file URL or path); for tests. */
  readonly stagesModule?: string | URL;
}

/** Sent to a worker thread at start. */
export interface WorkerData {
  readonly stagesModule?: string;
}

/** Messages to a worker thread. */
export type ToWorker =
  | { readonly type: 'run'; readonly tasks: readonly { readonly id: number; readonly doc: ArticleDoc }[]; readonly keep: Keep }
  | { readonly type: 'abort'; readonly id: number };

/**
 * A result as a worker thread sends it: without `doc.original`, which the pool holds already (the stages never
 * change it) and puts back, so the text is not cloned a second time on its way back.
 */
export type WireResult = Omit<ArticleResult, 'doc'> & { readonly doc: Omit<ArticleDoc, 'original'> };

/** Messages from a worker thread: a batch's results come back together, or one by one if they could not. */
export type FromWorker =
  | { readonly type: 'ready' }
  | { readonly type: 'done'; readonly results: readonly { readonly id: number; readonly result: WireResult }[] }
  | { readonly type: 'failed'; readonly id: number; readonly message: string };

/** The parts of a processed document that the graph writer reads; the rest (tokens, mentions…) is left out. */
export function forGraph(doc: ArticleDoc): ArticleDoc {
  const { cleaned: _c, sentences: _s, tokens: _t, mentions: _m, dates: _d, rawRelations: _r, ...kept } = doc;
  return kept;
}

interface Task {
  readonly id: number;
  readonly doc: ArticleDoc;
  readonly signal: AbortSignal | undefined;
  readonly resolve: (result: ArticleResult) => void;
  readonly reject: (error: Error) => void;
  onAbort?: () => void;
  /** Set when it was in a batch whose thread died: it runs in a batch of its own, so a second death is its own. */
  alone?: boolean;
}

interface Slot {
  readonly worker: Worker;
  /** The batches sent, in order; the worker runs them in that order, so the first is the one running. */
  readonly batches: Task[][];
  ready: boolean;
  /** What the thread said before it died, if it did. */
  error?: Error;
}

const WORKER_URL = new URL('./worker-bootstrap.mjs', import.meta.url);

/**
 * The parent's Node flags, less those that name the parent's own script (`-e`, `--print`, `--input-type`) or
 * watch it, which a worker thread refuses: a pool started from `node -e …` must work too.
 */
export function workerExecArgv(execArgv: readonly string[] = process.execArgv): string[] {
  const out: string[] = [];
  for (let i = 0; i < execArgv.length; i++) {
    const arg = execArgv[i]!;
    if (/^(?:-e|--eval|-p|--print|-pe|--input-type)$/.test(arg)) {
      i++; // the code or the type that follows
      continue;
    }
    if (/^(?:--eval|--print|--input-type)=|^--watch/.test(arg)) continue;
    out.push(arg);
  }
  return out;
}

/** Flags of this process that `new Worker` refused, found at the first start. */
let refusedFlags: ReadonlySet<string> | undefined;

/**
 * Starts a worker thread with the parent's Node flags (`workerExecArgv`). Node refuses V8 and per-process
 * flags in a worker's `execArgv` (`--max-old-space-size`, `--stack-size`, `--title`…) although they already hold
 * for every thread of the process, so `node --max-old-space-size=8192 bin/kg.js ingest` would fail to start a
 * single worker: the refused flags, which the error names, are left out and the start is tried again.
 */
export function startWorker(url: URL, options: Omit<WorkerOptions, 'execArgv'>, execArgv: readonly string[] = workerExecArgv()): Worker {
  const flags = refusedFlags ? execArgv.filter((arg) => !refusedFlags!.has(arg)) : [...execArgv];
  try {
    return new Worker(url, { ...options, execArgv: flags });
  } catch (error) {
    const refused = (error as { code?: string }).code === 'ERR_WORKER_INVALID_EXEC_ARGV' ? /flags: (.*)$/s.exec((error as Error).message)?.[1]?.split(', ') : undefined;
    if (!refused?.some((flag) => flags.includes(flag))) throw error;
    refusedFlags = new Set([...(refusedFlags ?? []), ...refused]);
    return startWorker(url, options, execArgv);
  }
}

function positiveIntOr(value: number | undefined, fallback: number, name: string, min: number): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < min) throw new TypeError(`expected ${name} to be an integer of at least ${min}, found ${value}`);
  return value;
}

/** See the module comment. */
export class ArticlePool {
  /** Worker threads at most; 0 when the stages run in this thread. */
  readonly size: number;
  readonly #batch: number;
  readonly #maxQueued: number;
  readonly #keep: Keep;
  readonly #stagesModule: string | undefined;
  readonly #slots: Slot[] = [];
  readonly #queue: Task[] = [];
  /** Callers of `ready()` and `run()` waiting for room in the queue. */
  readonly #roomWaiters: (() => void)[] = [];
  #nextId = 1;
  #closed = false;
  /** Set when a worker thread could not start: every later article fails with it instead of looping. */
  #broken: Error | undefined;
  #mainStages: Promise<readonly Stage[] | undefined> | undefined;
  #crashes = 0;

  /**
   * Articles the caller should keep in flight so that no thread waits for its next one: each thread's two
   * batches, a batch queued for it, and one being written back. 1 when the stages run in this thread.
   */
  get busyWith(): number {
    return this.size === 0 ? 1 : this.size * (3 * this.#batch + 1);
  }

  constructor(options: ArticlePoolOptions = {}) {
    const size = positiveIntOr(options.size, availableParallelism(), 'size', 0);
    this.size = size <= 1 ? 0 : size;
    this.#batch = positiveIntOr(options.batch, 8, 'batch', 1);
    this.#maxQueued = positiveIntOr(options.maxQueued, Math.max(this.size, 1) * this.#batch, 'maxQueued', 1);
    this.#keep = options.keep ?? 'all';
    if (this.#keep !== 'all' && this.#keep !== 'graph') throw new TypeError(`expected keep to be 'all' or 'graph', found ${JSON.stringify(this.#keep)}`);
    const module = options.stagesModule;
    this.#stagesModule = module === undefined ? undefined : module instanceof URL || module.startsWith('file:') ? String(module) : pathToFileURL(resolve(module)).href;
  }

  /** Worker threads that died while running an article and were replaced. */
  get crashes(): number {
    return this.#crashes;
  }

  /**
   * Starts every worker thread, waits until each has loaded its dictionaries, then runs every one of `docs` on
   * every thread (in this thread when the pool has none), results discarded. For benchmarks: each thread is an
   * isolate that compiles and optimises the stages on its own, so warming a pool of N threads as much as one
   * thread takes the same articles N times; handed to `run`, they would be spread over the threads unevenly.
   * `run` starts the threads as needed without it.
   */
  async warmUp(docs: readonly ArticleDoc[] = []): Promise<void> {
    this.#assertOpen();
    if (this.size === 0) {
      const stages = await this.#stagesOption();
      await runArticle({ articleId: '0000000000000000', source: 'warm-up', original: '2023年5月，小米投资了上海快卜新能源科技有限公司。' }, stages);
      for (const doc of docs) await runArticle(doc, stages);
      return;
    }
    while (this.#slots.length < this.size) this.#spawn();
    await Promise.all(
      this.#slots.map(
        (slot) =>
          new Promise<void>((resolve, reject) => {
            if (slot.ready) return resolve();
            const onMessage = (message: FromWorker): void => {
              if (message.type !== 'ready') return;
              slot.worker.off('exit', onExit);
              resolve();
            };
            const onExit = (): void => {
              slot.worker.off('message', onMessage);
              reject(this.#broken ?? new Error('a pipeline worker exited while starting'));
            };
            slot.worker.on('message', onMessage);
            slot.worker.once('exit', onExit);
          }),
      ),
    );
    await Promise.all(
      [...this.#slots].map(async (slot) => {
        // One article at a time per thread, so that none waits behind another thread's; a thread that dies here
        // stops its share (its article fails and it is replaced, as in `run`).
        for (const doc of docs) {
          if (!this.#slots.includes(slot) || this.#closed) return;
          await new Promise<ArticleResult>((resolve, reject) => this.#send(slot, [{ id: this.#nextId++, doc, signal: undefined, resolve, reject }]));
        }
      }),
    );
    // Idle threads must not keep the process alive if the pool is never closed.
    for (const slot of this.#slots) if (slot.batches.length === 0) slot.worker.unref();
  }

  /** Resolves when an article can be queued without waiting: use it to pace a producer. */
  ready(): Promise<void> {
    if (this.size === 0 || this.#queue.length < this.#maxQueued || this.#closed) return Promise.resolve();
    return new Promise((resolve) => this.#roomWaiters.push(resolve));
  }

  /**
   * Runs the CPU stages on one decoded article. Never rejects for a problem of the article (that is a KG090
   * diagnostic with `ok: false`); rejects only when the pool is closed or its worker threads cannot start.
   * An aborted signal stops the article before it starts (a KG090 diagnostic, as `runArticle` gives).
   */
  async run(doc: ArticleDoc, options: { readonly signal?: AbortSignal } = {}): Promise<ArticleResult> {
    this.#assertOpen();
    if (this.size === 0 || options.signal?.aborted) return this.#inThread(doc, options.signal);
    while (this.#queue.length >= this.#maxQueued && !this.#closed) await new Promise<void>((resolve) => this.#roomWaiters.push(resolve));
    this.#assertOpen();
    return new Promise<ArticleResult>((resolve, reject) => {
      const task: Task = { id: this.#nextId++, doc, signal: options.signal, resolve, reject };
      if (options.signal) {
        const signal = options.signal;
        task.onAbort = () => this.#abort(task, signal);
        signal.addEventListener('abort', task.onAbort, { once: true });
      }
      this.#queue.push(task);
      this.#dispatch();
    });
  }

  /** Terminates every worker thread; articles not yet finished are rejected. */
  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    const error = new Error('the article pool was closed before this article was processed');
    const slots = this.#slots.splice(0);
    for (const task of [...this.#queue.splice(0), ...slots.flatMap((slot) => slot.batches.splice(0).flat())]) this.#settle(task, () => task.reject(error));
    for (const wake of this.#roomWaiters.splice(0)) wake();
    await Promise.all(slots.map((slot) => slot.worker.terminate()));
  }

  #assertOpen(): void {
    if (this.#closed) throw new Error('expected an open article pool, found it closed');
    if (this.#broken) throw this.#broken;
  }

  #stagesOption(): Promise<{ stages?: readonly Stage[] }> {
    this.#mainStages ??= this.#stagesModule ? import(this.#stagesModule).then((m: { STAGES: readonly Stage[] }) => m.STAGES) : Promise.resolve(undefined);
    return this.#mainStages.then((stages) => (stages ? { stages } : {}));
  }

  async #inThread(doc: ArticleDoc, signal: AbortSignal | undefined): Promise<ArticleResult> {
    const result = await runArticle(doc, { ...(await this.#stagesOption()), ...(signal ? { signal } : {}) });
    return this.#keep === 'graph' ? { ...result, doc: forGraph(result.doc) } : result;
  }

  #spawn(): Slot {
    const worker = startWorker(WORKER_URL, { workerData: { ...(this.#stagesModule ? { stagesModule: this.#stagesModule } : {}) } satisfies WorkerData });
    const slot: Slot = { worker, batches: [], ready: false };
    this.#slots.push(slot);
    worker.on('message', (message: FromWorker) => this.#onMessage(slot, message));
    worker.on('error', (error) => {
      slot.error = error;
    });
    worker.on('exit', (code) => this.#onExit(slot, code));
    return slot;
  }

  #onMessage(slot: Slot, message: FromWorker): void {
    if (message.type === 'ready') {
      slot.ready = true;
      return;
    }
    if (message.type === 'done') for (const { id, result } of message.results) this.#finish(slot, id, (task) => ({ ...result, doc: { ...result.doc, original: task.doc.original } }));
    else this.#finish(slot, message.id, (task) => failed(task.doc, 'worker', `the pipeline worker could not process it: ${message.message}`));
    this.#dispatch();
  }

  /** Settles one article of a slot's batches with its result, dropping the batch once it is empty. */
  #finish(slot: Slot, id: number, result: (task: Task) => ArticleResult): void {
    for (const [at, batch] of slot.batches.entries()) {
      const index = batch.findIndex((task) => task.id === id);
      if (index < 0) continue;
      const [task] = batch.splice(index, 1);
      if (batch.length === 0) slot.batches.splice(at, 1);
      this.#settle(task!, () => task!.resolve(result(task!)));
      return;
    }
  }

  #onExit(slot: Slot, code: number): void {
    const at = this.#slots.indexOf(slot);
    if (at < 0) return; // closed
    this.#slots.splice(at, 1);
    const cause = slot.error?.message ?? `the thread exited with code ${code}`;
    if (!slot.ready) {
      // Never started: the environment is broken (a missing module, a dictionary that cannot load), not an article.
      this.#broken = new Error(`could not start a pipeline worker thread: ${cause}`);
      const tasks = [...slot.batches.splice(0).flat(), ...this.#queue.splice(0), ...this.#slots.flatMap((s) => s.batches.splice(0).flat())];
      for (const task of tasks) this.#settle(task, () => task.reject(this.#broken!));
      for (const wake of this.#roomWaiters.splice(0)) wake();
      for (const other of this.#slots.splice(0)) void other.worker.terminate();
      return;
    }
    const [running = [], ...behind] = slot.batches.splice(0);
    if (running.length > 0) this.#crashes++;
    // The articles behind the running batch were not started: they go first to the next worker.
    this.#queue.unshift(...behind.flat());
    if (running.length === 1) {
      const [task] = running;
      this.#settle(task!, () => task!.resolve(failed(task!.doc, 'worker', `the pipeline worker died while processing it (${cause}); the worker was replaced`)));
    } else {
      // The articles of a batch that died run again alone, before those behind them.
      for (const task of running) task.alone = true;
      this.#queue.unshift(...running);
    }
    this.#dispatch();
  }

  #abort(task: Task, signal: AbortSignal): void {
    const queued = this.#queue.indexOf(task);
    if (queued >= 0) {
      this.#queue.splice(queued, 1);
      this.#wakeRoom();
      void this.#inThread(task.doc, signal).then(
        (result) => this.#settle(task, () => task.resolve(result)),
        (error: Error) => this.#settle(task, () => task.reject(error)),
      );
      return;
    }
    // In a worker: it stops before the next stage if the article has not finished.
    const slot = this.#slots.find((s) => s.batches.some((batch) => batch.includes(task)));
    slot?.worker.postMessage({ type: 'abort', id: task.id } satisfies ToWorker);
  }

  #settle(task: Task, settle: () => void): void {
    if (task.onAbort) task.signal?.removeEventListener('abort', task.onAbort);
    settle();
  }

  #wakeRoom(): void {
    while (this.#roomWaiters.length > 0 && this.#queue.length < this.#maxQueued) this.#roomWaiters.shift()!();
  }

  #send(slot: Slot, batch: Task[]): void {
    slot.batches.push(batch);
    slot.worker.ref();
    slot.worker.postMessage({ type: 'run', tasks: batch.map(({ id, doc }) => ({ id, doc })), keep: this.#keep } satisfies ToWorker);
  }

  #dispatch(): void {
    if (this.#closed || this.#broken) return;
    while (this.#queue.length > 0) {
      // An idle thread first, taking what is queued; a thread running a batch takes a second only when a full
      // one is queued, so that batches stay full while the threads are busy and no thread waits while another
      // holds articles it has not started.
      let slot = this.#slots.find((s) => s.batches.length === 0);
      if (!slot && this.#slots.length < this.size) slot = this.#spawn();
      if (!slot && (this.#queue.length >= this.#batch || this.#queue[0]!.alone)) slot = this.#slots.find((s) => s.batches.length === 1);
      if (!slot) break;
      const firstAlone = this.#queue.findIndex((task) => task.alone);
      const size = firstAlone === 0 ? 1 : Math.min(this.#batch, firstAlone < 0 ? this.#queue.length : firstAlone);
      this.#send(slot, this.#queue.splice(0, size));
    }
    // An idle worker must not keep the process alive if the pool is never closed.
    for (const slot of this.#slots) if (slot.batches.length === 0) slot.worker.unref();
    this.#wakeRoom();
  }
}

/** The result of an article that a worker could not process: KG090, as `runArticle` reports a failed stage. */
function failed(doc: ArticleDoc, stage: string, reason: string): ArticleResult {
  const diagnostics: Diagnostic[] = [diagnostic('KG090', stage, `${doc.source}: ${reason}`, { file: doc.source })];
  return { doc, diagnostics, ok: false };
}
