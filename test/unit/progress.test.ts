import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDuration, ProgressBar, progressLine, type ProgressStream } from '../../pipeline/progress.ts';

/** A terminal that records what was written and shows the line the cursor is on, as a real one would. */
class FakeTerminal implements ProgressStream {
  readonly writes: string[] = [];
  constructor(readonly columns = 100) {}
  write(text: string): boolean {
    this.writes.push(text);
    return true;
  }
  /** Finished lines and the current line: `\r` moves to column 0 without erasing, `ESC[K` erases from the cursor. */
  get screen(): { lines: string[]; current: string } {
    const lines: string[] = [];
    let current = '';
    let cursor = 0;
    for (const chunk of this.writes.join('').split(/(\r|\n|\x1b\[K)/)) {
      if (chunk === '\r') cursor = 0;
      else if (chunk === '\x1b[K') current = current.slice(0, cursor);
      else if (chunk === '\n') {
        lines.push(current);
        current = '';
        cursor = 0;
      } else {
        current = current.slice(0, cursor) + chunk + current.slice(cursor + chunk.length);
        cursor += chunk.length;
      }
    }
    return { lines, current };
  }
}

describe('progressLine', () => {
  it.each([
    [{ done: 12, total: 37, failed: 1, elapsedMs: 4000 }, 100, '[##########----------------------]  12/37 files  3.0 articles/s  ETA 0:08  1 failed'],
    [{ done: 0, total: 37, failed: 0, elapsedMs: 0 }, 80, '[-----------------------------]  0/37 files  0.0 articles/s  ETA -:--  0 failed'],
    [{ done: 37, total: 37, failed: 0, elapsedMs: 12_300 }, 80, '[############################]  37/37 files  3.0 articles/s  ETA 0:00  0 failed'],
    [{ done: 3, total: 5000, failed: 2, elapsedMs: 1500 }, 120, '[--------------------------------]  3/5000 files  2.0 articles/s  ETA 41:39  2 failed'],
    // Narrow terminals lose the rate, then the ETA, then the bar, never the counts.
    [{ done: 5, total: 10, failed: 0, elapsedMs: 1000 }, 40, '[###--]  5/10 files  ETA 0:01  0 failed'],
    [{ done: 5, total: 10, failed: 0, elapsedMs: 1000 }, 30, '[###--]  5/10 files  0 failed'],
    [{ done: 5, total: 10, failed: 3, elapsedMs: 1000 }, 21, '5/10 files  3 failed'],
    [{ done: 5, total: 10, failed: 3, elapsedMs: 1000 }, 12, '5/10 files '],
  ])('%j in %i columns', (state, width, line) => {
    expect(progressLine(state, width)).toBe(line);
  });

  it('never fills a terminal line, so that \\r can redraw it', () => {
    fc.assert(
      fc.property(fc.nat(100_000), fc.nat(100_000), fc.nat(1000), fc.nat(10_000_000), fc.integer({ min: 1, max: 300 }), (a, b, failed, elapsedMs, width) => {
        const line = progressLine({ done: Math.min(a, b), total: Math.max(a, b), failed, elapsedMs }, width);
        expect(line.length).toBeLessThanOrEqual(width - 1);
      }),
    );
  });

  it.each([
    [0, '0:00'],
    [8.4, '0:08'],
    [75, '1:15'],
    [3725, '1:02:05'],
  ])('formats %f s as %s', (seconds, text) => {
    expect(formatDuration(seconds)).toBe(text);
  });
});

describe('ProgressBar', () => {
  it('redraws in place at most once per interval, and always for the last file', () => {
    let now = 0;
    const terminal = new FakeTerminal();
    const bar = new ProgressBar({ total: 4, stream: terminal, now: () => now, intervalMs: 100 });
    expect(terminal.screen.current).toContain('0/4 files');

    now = 50;
    bar.tick();
    expect(terminal.writes).toHaveLength(1); // within the interval: not redrawn
    now = 150;
    bar.tick();
    expect(terminal.writes).toHaveLength(2);
    expect(terminal.screen.current).toBe(progressLine({ done: 2, total: 4, failed: 0, elapsedMs: 150 }, 100));
    now = 160;
    bar.tick(true);
    now = 170;
    bar.tick();
    expect(terminal.screen).toEqual({ lines: [], current: progressLine({ done: 4, total: 4, failed: 1, elapsedMs: 170 }, 100) });
  });

  it('prints logged lines above the bar and leaves a clean line when finished', () => {
    let now = 0;
    const terminal = new FakeTerminal(60);
    const bar = new ProgressBar({ total: 3, stream: terminal, now: () => now });
    now = 1000;
    bar.tick(true);
    bar.log('failed    corpus/bad.txt: KG001 not decodable');
    expect(terminal.screen.lines).toEqual(['failed    corpus/bad.txt: KG001 not decodable']);
    expect(terminal.screen.current).toContain('1/3 files');
    expect(terminal.screen.current).toContain('1 failed');
    expect(terminal.screen.current.length).toBeLessThan(60);
    bar.finish();
    expect(terminal.screen).toEqual({ lines: ['failed    corpus/bad.txt: KG001 not decodable'], current: '' });
    expect(bar.state).toEqual({ done: 1, total: 3, failed: 1, elapsedMs: 1000 });
  });

  it('refuses a total that is not a count', () => {
    expect(() => new ProgressBar({ total: -1, stream: new FakeTerminal() })).toThrow('expected total to be a whole number >= 0, found -1');
  });
});
