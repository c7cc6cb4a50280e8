import { basename } from 'node:path';
import { read, type Graph } from '../../neo4j/client.ts';

/**
 * A canonical, order-free picture of a whole graph, for comparing two databases: one JSON line per node and per
 * relationship, sorted. Two graphs are the same when their dumps are equal. Duplicates are kept (a node or a
 * relationship written twice shows as two equal lines), and what depends on the clock or the folder is left
 * out: `ingestedAt`, and the directories of article sources and source files (file names are kept).
 */
export interface GraphDump {
  /** `{labels, ...properties}` of every node. */
  readonly nodes: readonly string[];
  /** `{type, from, to, ...properties}` of every relationship; `from`/`to` are the end nodes' keys. */
  readonly relationships: readonly string[];
}

/** Lists are sets in this model (aliases, sources, surfaces): sorted, so write order does not show. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical).sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([k, v]) => [k, canonical(v)]),
    );
  }
  return value;
}

function clean(props: Record<string, unknown>): Record<string, unknown> {
  const { ingestedAt: _clock, ...rest } = props;
  if (Array.isArray(rest.sources)) rest.sources = (rest.sources as string[]).map((s) => basename(s));
  if (typeof rest.path === 'string') rest.path = basename(rest.path);
  return rest;
}

/** Reads the whole graph; meant for the small graphs of tests. */
export async function dumpGraph(graph: Graph): Promise<GraphDump> {
  const nodes = await read<{ labels: string[]; props: Record<string, unknown> }>(graph, 'MATCH (n) RETURN labels(n) AS labels, properties(n) AS props');
  const relationships = await read<{ type: string; from: string; to: string; props: Record<string, unknown> }>(
    graph,
    'MATCH (a)-[r]->(b) RETURN type(r) AS type, coalesce(a.id, a.name, a.path) AS from, coalesce(b.id, b.name, b.path) AS to, properties(r) AS props',
  );
  return {
    nodes: nodes.map((n) => JSON.stringify(canonical({ labels: n.labels, ...clean(n.props) }))).sort(),
    relationships: relationships.map((r) => JSON.stringify(canonical({ type: r.type, from: r.from, to: r.to, ...clean(r.props) }))).sort(),
  };
}

/** What `actual` lacks and what it has beyond `expected`, line by line (a multiset difference). */
export function diffDumps(actual: GraphDump, expected: GraphDump): { missing: string[]; extra: string[] } {
  const difference = (a: readonly string[], b: readonly string[]): string[] => {
    const counts = new Map<string, number>();
    for (const line of b) counts.set(line, (counts.get(line) ?? 0) + 1);
    return a.filter((line) => {
      const n = counts.get(line) ?? 0;
      if (n === 0) return true;
      counts.set(line, n - 1);
      return false;
    });
  };
  return {
    missing: [...difference(expected.nodes, actual.nodes), ...difference(expected.relationships, actual.relationships)],
    extra: [...difference(actual.nodes, expected.nodes), ...difference(actual.relationships, expected.relationships)],
  };
}

/** Lines that occur more than once in a sorted dump list: a node or relationship written twice. */
export function duplicates(lines: readonly string[]): string[] {
  return lines.filter((line, i) => i > 0 && lines[i - 1] === line);
}

/**
 * Node keys that occur on more than one node (entity and article ids, alias names): the uniqueness constraints
 * should make this empty.
 */
export async function duplicateKeys(graph: Graph): Promise<string[]> {
  const rows = await read<{ key: string }>(
    graph,
    'MATCH (n) WITH labels(n)[0] AS label, coalesce(n.id, n.name, n.path) AS key, count(*) AS copies WHERE copies > 1 RETURN label + ":" + key AS key',
  );
  return rows.map((r) => r.key);
}

/** Relationship keys (type and `key`, or type and ends for mentions and aliases) held by more than one relationship. */
export async function duplicateRelationships(graph: Graph): Promise<string[]> {
  const rows = await read<{ key: string }>(
    graph,
    `MATCH (a)-[r]->(b)
     WITH type(r) + "|" + coalesce(r.key, coalesce(a.id, a.name, a.path) + "|" + coalesce(b.id, b.name, b.path) + "|" + coalesce(r.articleId, "")) AS key, count(*) AS copies
     WHERE copies > 1 RETURN key`,
  );
  return rows.map((r) => r.key);
}

/** Counts of nodes by first label and of relationships by type, for readable failure messages. */
export async function graphCounts(graph: Graph): Promise<Record<string, number>> {
  const rows = await read<{ kind: string; n: number }>(
    graph,
    `CALL () { MATCH (n) RETURN labels(n)[0] AS kind, count(*) AS n
               UNION ALL MATCH ()-[r]->() RETURN type(r) AS kind, count(*) AS n }
     RETURN kind, n ORDER BY kind`,
  );
  return Object.fromEntries(rows.map((r) => [r.kind, r.n]));
}
