import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect, cypher, ensureSchema, relationUpsert, resolveSettings, write, type Graph } from '../neo4j/client.ts';
import { startLocalServer, stopLocalServer } from '../neo4j/local/server.ts';
import type { ArticleDoc } from '../pipeline/doc.ts';
import { ingest } from '../pipeline/ingest.ts';
import { GraphWriter, relationRow } from '../pipeline/stages/upsert.ts';
import type { Entity, Relation } from '../schemas/index.ts';
import { writeScaleCorpus } from './corpus.ts';

/** The benchmark's own local Neo4j instance, apart from `default` and the tests' instances. */
export const BENCH_INSTANCE = { instance: 'bench', boltPort: 17841, httpPort: 17851 } as const;

/**
 * The database to write to: `NEO4J_URI` when set (only with `wipe`, since every measure starts by emptying
 * it), else the local instance `bench`, started if needed and stopped again if this call started it.
 */
export async function openBenchGraph(options: { readonly wipe: boolean; readonly log: (line: string) => void }): Promise<{ graph: Graph; close: () => Promise<void> }> {
  if (process.env.NEO4J_URI) {
    if (!options.wipe) {
      throw new Error(
        `expected --wipe to measure writes against NEO4J_URI=${process.env.NEO4J_URI}, which the benchmark empties first; ` +
          `unset NEO4J_URI to use its own local instance '${BENCH_INSTANCE.instance}' (Bolt ${BENCH_INSTANCE.boltPort}), or pass --no-db`,
      );
    }
    const graph = await connect(await resolveSettings(process.env));
    let closing: Promise<void> | undefined;
    return { graph, close: () => (closing ??= graph.close()) };
  }
  const server = await startLocalServer({ ...BENCH_INSTANCE, log: options.log });
  const graph = await connect({ uri: server.uri, user: server.user, password: server.password, database: undefined, local: true });
  let closing: Promise<void> | undefined;
  return {
    graph,
    close: () =>
      (closing ??= (async () => {
        await graph.close();
        if (server.started) await stopLocalServer({ instance: BENCH_INSTANCE.instance });
      })()),
  };
}

/** Deletes every node and relationship, then applies the constraints again. */
export async function wipe(graph: Graph): Promise<void> {
  const session = graph.driver.session(graph.database ? { database: graph.database } : {});
  try {
    await session.run(cypher('queries/bench/wipe.cypher'));
  } finally {
    await session.close();
  }
  await ensureSchema(graph);
}

export interface UpsertMeasure {
  /** The real `GraphWriter` over the kept documents, everything an ingest writes (articles, entities, mentions, aliases, relations). */
  readonly articles: number;
  readonly entities: number;
  readonly relations: number;
  readonly fullMs: number;
  /** The same writer over only the relations and the entities they join (same data as the per-row run), summed over the rounds. */
  readonly batchedRelations: number;
  readonly batchedMs: number;
  /** One write transaction per relation: its two entities, then the relation, with the writer's own statements (all rounds). */
  readonly perRowRelations: number;
  readonly perRowMs: number;
}

/** A document reduced to its relations and the entities they join. */
function relationsOnly(doc: ArticleDoc): ArticleDoc {
  const joined = new Set((doc.relations ?? []).flatMap((r) => [r.subject, r.object]));
  return { ...doc, entities: (doc.entities ?? []).filter((e) => joined.has(e.id)) };
}

/** Writes `warm` untimed, then `timed`, timed, with the real writer on an emptied database. */
async function writeTimed(graph: Graph, warm: readonly ArticleDoc[], timed: readonly ArticleDoc[]): Promise<{ ms: number; written: GraphWriter['written'] }> {
  await wipe(graph);
  const warmWriter = new GraphWriter(graph);
  for (const doc of warm) await warmWriter.add(doc);
  await warmWriter.flush();
  const writer = new GraphWriter(graph);
  const started = performance.now();
  for (const doc of timed) await writer.add(doc);
  await writer.flush();
  return { ms: performance.now() - started, written: writer.written };
}

/**
 * Writes `docs` with the real writer on an emptied database: the first tenth (at most 100) untimed, so that
 * statements are planned and the page cache warm, then the rest, timed.
 */
function writeAll(graph: Graph, docs: readonly ArticleDoc[]): Promise<{ ms: number; written: GraphWriter['written'] }> {
  const warm = Math.min(100, Math.floor(docs.length / 10));
  return writeTimed(graph, docs.slice(0, warm), docs.slice(warm));
}

/** Rounds in which the batched and the one-transaction-per-relation measures take turns. */
const UPSERT_ROUNDS = 3;
/** Relations each of the two measures writes untimed on an emptied database before each of its timed runs. */
const WARM_RELATIONS = 300;

/**
 * Times graph writes, each on an emptied database and after an untimed warm-up: the real `GraphWriter` over
 * the whole documents (what an ingest writes); then the same writer over only the relations and the entities
 * they join, and one transaction per relation with its two entities, for up to `perRowLimit` of those same
 * relations.
 *
 * The last two take turns over `UPSERT_ROUNDS` rounds (the batched writer over all the documents, then a third
 * of the per-relation rows), so that a change in the machine's load, or a server whose JIT is still compiling,
 * weighs on both alike; and each warms up on the same number of relations (`WARM_RELATIONS`) before it is timed.
 */
export async function measureUpsert(graph: Graph, docs: readonly ArticleDoc[], perRowLimit: number): Promise<UpsertMeasure> {
  const full = await writeAll(graph, docs);
  const slim = docs.map(relationsOnly);

  const rows: { relation: Relation; subject: Entity; object: Entity }[] = [];
  for (const doc of slim) {
    const byId = new Map((doc.entities ?? []).map((e) => [e.id, e]));
    for (const relation of doc.relations ?? []) {
      const subject = byId.get(relation.subject);
      const object = byId.get(relation.object);
      if (subject && object && rows.length < perRowLimit) rows.push({ relation, subject, object });
    }
  }
  const entityStatement = cypher('queries/write/upsert-entities.cypher');
  const entityRow = (e: Entity): Record<string, unknown> => ({ id: e.id, name: e.name, type: e.type, aliases: [...e.aliases] });
  const writeRow = ({ relation, subject, object }: (typeof rows)[number]): Promise<void> =>
    write(graph, async (tx) => {
      await tx.run(entityStatement, { rows: [entityRow(subject), entityRow(object)].sort((a, b) => (String(a.id) < String(b.id) ? -1 : 1)) });
      await tx.run(relationUpsert(relation.type), { rows: [relationRow(relation)] });
    });

  const warmRows = Math.min(WARM_RELATIONS, Math.floor(rows.length / 5));
  // The batched warm-up: the first documents that hold as many relations as the per-relation warm-up.
  let warmDocs = 0;
  for (let relations = 0; warmDocs < slim.length && relations < warmRows; warmDocs++) relations += slim[warmDocs]!.relations?.length ?? 0;
  const timedRows = rows.slice(warmRows);
  let batchedRelations = 0;
  let batchedMs = 0;
  let perRowMs = 0;
  for (let round = 0; round < UPSERT_ROUNDS; round++) {
    const batched = await writeTimed(graph, slim.slice(0, warmDocs), slim.slice(warmDocs));
    batchedRelations += batched.written.relations;
    batchedMs += batched.ms;

    await wipe(graph);
    for (const row of rows.slice(0, warmRows)) await writeRow(row);
    const part = timedRows.slice(Math.floor((round * timedRows.length) / UPSERT_ROUNDS), Math.floor(((round + 1) * timedRows.length) / UPSERT_ROUNDS));
    const started = performance.now();
    for (const row of part) await writeRow(row);
    perRowMs += performance.now() - started;
  }
  return {
    articles: full.written.articles,
    entities: full.written.entities,
    relations: full.written.relations,
    fullMs: full.ms,
    batchedRelations,
    batchedMs,
    perRowRelations: timedRows.length,
    perRowMs,
  };
}

export interface ReingestMeasure {
  readonly articles: number;
  readonly firstMs: number;
  readonly secondMs: number;
  readonly firstIngested: number;
  readonly secondUnchanged: number;
}

/** Writes `size` scale-corpus articles as files, then runs `ingest()` on the folder twice over an emptied database. */
export async function measureReingest(graph: Graph, size: number, workers: number): Promise<ReingestMeasure> {
  const dir = await mkdtemp(join(tmpdir(), 'kg-bench-'));
  try {
    await writeScaleCorpus(dir, size);
    await wipe(graph);
    let started = performance.now();
    const first = await ingest(graph, dir, { workers });
    const firstMs = performance.now() - started;
    started = performance.now();
    const second = await ingest(graph, dir, { workers });
    const secondMs = performance.now() - started;
    if (first.failed > 0 || second.ingested > 0) {
      throw new Error(`expected the first ingest to take every file and the second none, found ${first.failed} failed and ${second.ingested} ingested again`);
    }
    return { articles: size, firstMs, secondMs, firstIngested: first.ingested, secondUnchanged: second.unchanged };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
