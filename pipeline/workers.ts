/**
 * A pool of worker threads that run the CPU stages (`runArticle`) on decoded articles, one worker per core.
 *
 * Each worker loads the segmenter's dictionaries, the lexicon and the rule tables once, then takes articles
 * one at a time. Results come back by structured clone, so an `ArticleDoc` holds only plain data (strings,
 * numbers, arrays, plain objects, typed arrays). A stage that throws fails its article with KG090, as
 * `runArticle` does; a worker thread that dies fails the article it was running, is replaced, and the
 * articles queued behind it go to the next worker. With `size` 0 or 1 the stages run in this thread.
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
   * Articles handed to one worker at a time, so it never waits for the next one while this thread is busy or
   * not scheduled. Default 4: on the shared 2-core machine, with 2 the two threads stood idle 1.0–2.1 s per
   * 1 000 articles waiting for this thread, with 4 0.2–0.4 s.
   */
  readonly perWorker?: number;
  /** Articles waiting for a worker before `ready()` waits and `run()` holds the caller back. Default 4 per worker. */
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
export type ToWorker = { readonly type: 'run'; readonly id: number; readonly doc: ArticleDoc; readonly keep: Keep } | { readonly type: 'abort'; readonly id: number };

/**
 * A result as a worker thread sends it: without `doc.original`, which the pool holds already (the stages never
 * change it) and puts back, so the text is not cloned a second time on its way back.
 */
export type WireResult = Omit<ArticleResult, 'doc'> & { readonly doc: Omit<ArticleDoc, 'original'> };

/** Messages from a worker thread. */
type FromWorker =
  | { readonly type: 'ready' }
  | { readonly type: 'done'; readonly id: number; readonly result: WireResult }
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
}

interface Slot {
  readonly worker: Worker;
  /** In the order sent; the worker runs them in that order, so the first is the one running. */
  readonly inFlight: Task[];
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
  readonly #perWorker: number;
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
   * Articles the caller should keep in flight so that no thread waits for its next one: each thread's hand-over
   * plus one being written back. 1 when the stages run in this thread.
   */
  get busyWith(): number {
    return this.size === 0 ? 1 : this.size * (this.#perWorker + 1);
  }

  constructor(options: ArticlePoolOptions = {}) {
    const size = positiveIntOr(options.size, availableParallelism(), 'size', 0);
    this.size = size <= 1 ? 0 : size;
    this.#perWorker = positiveIntOr(options.perWorker, 4, 'perWorker', 1);
    this.#maxQueued = positiveIntOr(options.maxQueued, Math.max(this.size, 1) * 4, 'maxQueued', 1);
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
          await new Promise<ArticleResult>((resolve, reject) => this.#send(slot, { id: this.#nextId++, doc, signal: undefined, resolve, reject }));
        }
      }),
    );
    // Idle threads must not keep the process alive if the pool is never closed.
    for (const slot of this.#slots) if (slot.inFlight.length === 0) slot.worker.unref();
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
    for (const task of [...this.#queue.splice(0), ...slots.flatMap((slot) => slot.inFlight.splice(0))]) this.#settle(task, () => task.reject(error));
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
    const slot: Slot = { worker, inFlight: [], ready: false };
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
    const index = slot.inFlight.findIndex((task) => task.id === message.id);
    if (index < 0) return;
    const [task] = slot.inFlight.splice(index, 1);
    if (message.type === 'done') this.#settle(task!, () => task!.resolve({ ...message.result, doc: { ...message.result.doc, original: task!.doc.original } }));
    else this.#settle(task!, () => task!.resolve(failed(task!.doc, 'worker', `the pipeline worker could not process it: ${message.message}`)));
    this.#dispatch();
  }

  #onExit(slot: Slot, code: number): void {
    const at = this.#slots.indexOf(slot);
    if (at < 0) return; // closed
    this.#slots.splice(at, 1);
    const cause = slot.error?.message ?? `the thread exited with code ${code}`;
    if (!slot.ready) {
      // Never started: the environment is broken (a missing module, a dictionary that cannot load), not an article.
      this.#broken = new Error(`could not start a pipeline worker thread: ${cause}`);
      const tasks = [...slot.inFlight.splice(0), ...this.#queue.splice(0), ...this.#slots.flatMap((s) => s.inFlight.splice(0))];
      for (const task of tasks) this.#settle(task, () => task.reject(this.#broken!));
      for (const wake of this.#roomWaiters.splice(0)) wake();
      for (const other of this.#slots.splice(0)) void other.worker.terminate();
      return;
    }
    const [running, ...behind] = slot.inFlight.splice(0);
    if (running) {
      this.#crashes++;
      this.#settle(running, () => running.resolve(failed(running.doc, 'worker', `the pipeline worker died while processing it (${cause}); the worker was replaced`)));
    }
    // The articles queued behind it were not started: they go first to the next worker.
    this.#queue.unshift(...behind);
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
    const slot = this.#slots.find((s) => s.inFlight.includes(task));
    slot?.worker.postMessage({ type: 'abort', id: task.id } satisfies ToWorker);
  }

  #settle(task: Task, settle: () => void): void {
    if (task.onAbort) task.signal?.removeEventListener('abort', task.onAbort);
    settle();
  }

  #wakeRoom(): void {
    while (this.#roomWaiters.length > 0 && this.#queue.length < this.#maxQueued) this.#roomWaiters.shift()!();
  }

  #send(slot: Slot, task: Task): void {
    slot.inFlight.push(task);
    slot.worker.ref();
    slot.worker.postMessage({ type: 'run', id: task.id, doc: task.doc, keep: this.#keep } satisfies ToWorker);
  }

  #dispatch(): void {
    if (this.#closed || this.#broken) return;
    while (this.#queue.length > 0) {
      // The least loaded thread: an idle one first, a second article only when every thread has one, and so on,
      // so that no thread holds articles waiting while another could start them now.
      let slot: Slot | undefined;
      for (const s of this.#slots) if (s.inFlight.length < this.#perWorker && (!slot || s.inFlight.length < slot.inFlight.length)) slot = s;
      if (this.#slots.length < this.size && (!slot || slot.inFlight.length > 0)) slot = this.#spawn();
      if (!slot) break;
      this.#send(slot, this.#queue.shift()!);
    }
    // An idle worker must not keep the process alive if the pool is never closed.
    for (const slot of this.#slots) if (slot.inFlight.length === 0) slot.worker.unref();
    this.#wakeRoom();
  }
}

/** The result of an article that a worker could not process: KG090, as `runArticle` reports a failed stage. */
function failed(doc: ArticleDoc, stage: string, reason: string): ArticleResult {
  const diagnostics: Diagnostic[] = [diagnostic('KG090', stage, `${doc.source}: ${reason}`, { file: doc.source })];
  return { doc, diagnostics, ok: false };
}
