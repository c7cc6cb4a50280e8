import { watch, type FSWatcher } from 'node:fs';
import { stat } from 'node:fs/promises';
import { setTimeout as delay } from 'node:timers/promises';
import { listArticleFiles } from './index.ts';

/** Size and modification time of every article file under a folder, by path. */
export type Snapshot = ReadonlyMap<string, { readonly size: number; readonly mtimeMs: number }>;

/** Lists the article files under `dir` (as the ingester does) with their size and modification time. */
export async function snapshotArticles(dir: string): Promise<Snapshot> {
  const files = new Map<string, { size: number; mtimeMs: number }>();
  for await (const file of listArticleFiles(dir)) {
    // A file may vanish between listing and stat: it is simply not there any more.
    const info = await stat(file).catch(() => undefined);
    if (info?.isFile()) files.set(file, { size: info.size, mtimeMs: info.mtimeMs });
  }
  return files;
}

/** Files of `after` that are new or whose size or modification time differ from `before`, in listing order. */
export function changedFiles(before: Snapshot, after: Snapshot): string[] {
  const changed: string[] = [];
  for (const [file, now] of after) {
    const then = before.get(file);
    if (!then || then.size !== now.size || then.mtimeMs !== now.mtimeMs) changed.push(file);
  }
  return changed;
}

export interface WatchOptions {
  /** Stops the loop; a pass in flight finishes first. */
  readonly signal: AbortSignal;
  /** The files as they were when the caller last ingested them; changes after it trigger the first pass. */
  readonly since: Snapshot;
  /**
   * Called with the new or changed files, one call at a time. It may return the files it could not take (say,
   * Neo4j was unreachable): they count as changed again at the next look.
   */
  readonly onChanges: (files: readonly string[]) => Promise<readonly string[] | void>;
  /** Quiet time after the last file event before a pass starts, so that a file being copied is read whole. Default 500 ms. */
  readonly debounceMs?: number;
  /**
   * Look at the folder at least this often even without file events, in case the file watcher misses some (it can,
   * for folders created while being watched) or is not available. Default 5000 ms.
   */
  readonly pollMs?: number;
  /** Told once when the folder cannot be watched for events and the loop relies on polling alone. */
  readonly onFallback?: (reason: string) => void;
}

/**
 * Watches `dir` for new or changed article files until `signal` aborts, calling `onChanges` after each burst of
 * changes. Uses `fs.watch` with `recursive: true` (Linux, macOS and Windows in Node 20) as the trigger and a
 * slower poll as a safety net. Deleted files are noticed but not reported: the graph keeps what they said.
 *
 * @example
 * const since = await snapshotArticles('corpus/articles');
 * await ingest(graph, 'corpus/articles');
 * await watchArticles('corpus/articles', { signal, since, onChanges: async (files) => { for (const f of files) await ingest(graph, f); } });
 */
export async function watchArticles(dir: string, options: WatchOptions): Promise<void> {
  const { signal } = options;
  const debounceMs = options.debounceMs ?? 500;
  const pollMs = options.pollMs ?? 5000;
  let known = options.since;
  let dirty = true;
  let wake: (() => void) | undefined;
  const notify = (): void => {
    dirty = true;
    wake?.();
  };
  const sleep = (ms: number): Promise<void> =>
    new Promise((resolve) => {
      if (signal.aborted) return resolve();
      const done = (): void => {
        clearTimeout(timer);
        signal.removeEventListener('abort', done);
        wake = undefined;
        resolve();
      };
      const timer = setTimeout(done, ms);
      signal.addEventListener('abort', done, { once: true });
      wake = done;
    });

  let watcher: FSWatcher | undefined;
  try {
    watcher = watch(dir, { recursive: true, signal }, notify);
    watcher.on('error', (error) => {
      options.onFallback?.(`stopped watching ${dir} for events (${error.message}); looking every ${pollMs / 1000} s`);
      watcher?.close();
      watcher = undefined;
    });
  } catch (error) {
    options.onFallback?.(`cannot watch ${dir} for events (${(error as Error).message}); looking every ${pollMs / 1000} s`);
  }
  try {
    while (!signal.aborted) {
      if (!dirty) await sleep(pollMs);
      if (signal.aborted) break;
      // Wait for a quiet spell: events that arrive while sleeping set `dirty` again and extend the wait.
      do {
        dirty = false;
        await delay(debounceMs, undefined, { signal }).catch(() => undefined);
      } while (dirty && !signal.aborted);
      if (signal.aborted) break;
      const current = await snapshotArticles(dir);
      const changed = changedFiles(known, current);
      known = current;
      if (changed.length === 0) continue;
      const retry = await options.onChanges(changed);
      if (retry && retry.length > 0) {
        const next = new Map(known);
        for (const file of retry) next.delete(file);
        known = next;
      }
    }
  } finally {
    watcher?.close();
  }
}
