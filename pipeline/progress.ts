/** Where a progress bar draws: a terminal stream (`process.stderr`) or a fake one in tests. */
export interface ProgressStream {
  write(text: string): unknown;
  /** Terminal width; 80 when unknown or 0 (as on a pseudo-terminal without a size). */
  readonly columns?: number;
}

/** What the progress line shows. */
export interface ProgressState {
  readonly done: number;
  readonly total: number;
  readonly failed: number;
  readonly elapsedMs: number;
}

/** `75` → `1:15`, `3725` → `1:02:05`. */
export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

/**
 * The progress line, never wider than `width - 1` columns (so the terminal does not wrap it and `\r` can redraw).
 *
 * @example
 * progressLine({ done: 12, total: 37, failed: 1, elapsedMs: 4000 }, 100)
 * // "[##########----------------------]  12/37 files  3.0 articles/s  ETA 0:08  1 failed"
 */
export function progressLine(state: ProgressState, width = 80): string {
  const { done, total, failed, elapsedMs } = state;
  const room = Math.max(0, width - 1);
  const rate = elapsedMs > 0 ? done / (elapsedMs / 1000) : 0;
  const eta = done > 0 && rate > 0 ? formatDuration(Math.max(0, total - done) / rate) : '-:--';
  const parts = [`${done}/${total} files`, `${rate.toFixed(1)} articles/s`, `ETA ${eta}`, `${failed} failed`];
  // On a narrow terminal the rate goes first, then the ETA, then the bar; the counts stay.
  for (const drop of [1, 1]) if (parts.join('  ').length > room) parts.splice(drop, 1);
  const text = parts.join('  ');
  const size = Math.min(32, room - text.length - 4);
  if (size < 5) return text.slice(0, room);
  const filled = total > 0 ? Math.min(size, Math.round((size * done) / total)) : size;
  return `[${'#'.repeat(filled)}${'-'.repeat(size - filled)}]  ${text}`;
}

export interface ProgressBarOptions {
  /** Files the run will go through. */
  readonly total: number;
  readonly stream: ProgressStream;
  /** Milliseconds since some fixed point; `performance.now` unless a test gives a fake clock. */
  readonly now?: () => number;
  /** Redraw at most this often, in milliseconds, except for the last file. Default 100. */
  readonly intervalMs?: number;
}

/** A one-line progress bar redrawn in place with `\r`; lines logged through it appear above the bar. */
export class ProgressBar {
  readonly #options: ProgressBarOptions;
  readonly #now: () => number;
  readonly #start: number;
  #done = 0;
  #failed = 0;
  #lastDraw = Number.NEGATIVE_INFINITY;
  #visible = false;

  constructor(options: ProgressBarOptions) {
    if (!Number.isInteger(options.total) || options.total < 0) throw new Error(`expected total to be a whole number >= 0, found ${options.total}`);
    this.#options = options;
    this.#now = options.now ?? (() => performance.now());
    this.#start = this.#now();
    this.#draw();
  }

  /** Counts one finished file and redraws (throttled, but always on the last one). */
  tick(failed = false): void {
    this.#done++;
    if (failed) this.#failed++;
    const now = this.#now();
    if (now - this.#lastDraw >= (this.#options.intervalMs ?? 100) || this.#done >= this.#options.total) this.#draw();
  }

  /** Writes a whole line above the bar, then redraws the bar under it. */
  log(line: string): void {
    this.#options.stream.write(`\r\x1b[K${line}\n`);
    this.#visible = false;
    this.#draw();
  }

  /** Removes the bar, leaving the cursor at the start of an empty line. */
  finish(): void {
    if (this.#visible) this.#options.stream.write('\r\x1b[K');
    this.#visible = false;
  }

  get state(): ProgressState {
    return { done: this.#done, total: this.#options.total, failed: this.#failed, elapsedMs: this.#now() - this.#start };
  }

  #draw(): void {
    this.#lastDraw = this.#now();
    this.#options.stream.write(`\r${progressLine(this.state, this.#options.stream.columns || 80)}\x1b[K`);
    this.#visible = true;
  }
}
