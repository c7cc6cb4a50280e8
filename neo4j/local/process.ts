/** Signals and liveness checks for the server's JVM, which is not necessarily a child of this process. */
import { readFileSync } from 'node:fs';

/**
 * Whether the process exists. Where /proc exists, a zombie (exited, not yet reaped) counts as dead.
 */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return true;
  }
}

/**
 * SIGTERM, then SIGKILL if the process is still alive after `timeoutMs`; resolves once it is gone.
 * Resolves at once if there is no such process.
 */
export async function terminate(pid: number, timeoutMs: number): Promise<void> {
  if (!signal(pid, 'SIGTERM')) return;
  if (await waitForExit(pid, timeoutMs)) return;
  if (!signal(pid, 'SIGKILL')) return;
  if (!(await waitForExit(pid, 10_000))) {
    throw new Error(`Expected neo4j process ${pid} to exit after SIGKILL, found it still alive after 10 s`);
  }
}

function signal(pid: number, name: NodeJS.Signals): boolean {
  try {
    process.kill(pid, name);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ESRCH') return false;
    throw error;
  }
}

async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (isAlive(pid)) {
    if (Date.now() >= deadline) return false;
    await sleep(100);
  }
  return true;
}

/** Resolves after `ms` milliseconds. */
export function sleep(ms: number): Promise<void> {
  return new Promise((resolvePromise) => setTimeout(resolvePromise, ms));
}
