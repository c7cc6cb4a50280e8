import { connect, resolveSettings, type Graph } from '../../neo4j/client.ts';

/** Where a command writes one line of output. */
export type Out = (line: string) => void;

/** Connects (starting the local server when no NEO4J_URI is set), runs `work`, and closes. */
export async function withGraph<T>(err: Out, work: (graph: Graph) => Promise<T>): Promise<T> {
  const settings = await resolveSettings(process.env, (line) => err(line));
  const graph = await connect(settings);
  try {
    return await work(graph);
  } finally {
    await graph.close();
  }
}

/** Parses a positive integer flag value, naming the flag when it is not one. */
export function positiveInt(text: string, flag: string): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1) throw new Error(`expected ${flag} to be a positive integer, found "${text}"`);
  return value;
}

export type Format = 'table' | 'json' | 'csv';

/** Checks a `--format` value against the formats a command accepts. */
export function parseFormat<T extends string>(value: string | undefined, allowed: readonly T[]): T {
  if (value !== undefined && (allowed as readonly string[]).includes(value)) return value as T;
  throw new Error(`expected --format ${allowed.join(', ')}, found "${value ?? ''}"`);
}

