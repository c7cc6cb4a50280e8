import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect, cypher, ensureSchema, relationUpsert, resolveSettings, write, type Graph } from '../neo4j/client.ts';
import { deleteLocalStore, localServerStatus, startLocalServer, stopLocalServer } from '../neo4j/local/server.ts';
import type { ArticleDoc } from '../pipeline/doc.ts';
import { ingest } from '../pipeline/ingest.ts';
import { GraphWriter, relationRow } from '../pipeline/stages/upsert.ts';
import { RELATION_TYPES, type Entity, type Relation } from '../schemas/index.ts';
import { writeScaleCorpus } from './corpus.ts';

/** The benchmark's own local Neo4j instance, apart from `default` and the tests' instances. */
export const BENCH_INSTANCE = { instance: 'bench', boltPort: 17841, httpPort: 17851 } as const;

/**
 * The database to write to: `NEO4J_URI` when set (only with `wipe`, since every measure starts by emptying
 * it), else the local instance `bench`, started on a new store if it is not running, and stopped again if this
 * call started it.
 *
 * A new store because the writes' speed depended on the store's past: on a server started on the graph a
 * previous run left, which the first measure then emptied, batches ran at a third of the speed for as long as it
 * ran (2 600 against 8 700 relations/s, one transaction per relation unchanged), in each of four such runs; on a
 * new store one run in nine was that slow, which is noise this does not remove.
 * Whether the local instance was new is in `newStore`.
 */
export async function openBenchGraph(options: {
  readonly wipe: boolean;
  readonly log: (line: string) => void;
}): Promise<{ graph: Graph; close: () => Promise<void>; newStore: boolean }> {
  if (process.env.NEO4J_URI) {
    if (!options.wipe) {
      throw new Error(
        `expected --wipe to measure writes against NEO4J_URI=${process.env.NEO4J_URI}, which the benchmark empties first; ` +
          `unset NEO4J_URI to use its own local instance '${BENCH_INSTANCE.instance}' (Bolt ${BENCH_INSTANCE.boltPort}), or pass --no-db`,
      );
    }
    const graph = await connect(await resolveSettings(process.env));
    let closing: Promise<void> | undefined;
    return { graph, close: () => (closing ??= graph.close()), newStore: false };
  }
  const running = (await localServerStatus(BENCH_INSTANCE)).running;
  if (running) options.log(`the '${BENCH_INSTANCE.instance}' instance is running already: writing to its store as it is, not to a new one`);
  else await deleteLocalStore(BENCH_INSTANCE);
  const server = await startLocalServer({ ...BENCH_INSTANCE, log: options.log });
  const graph = await connect({ uri: server.uri, user: server.user, password: server.password, database: undefined, local: true });
  let closing: Promise<void> | undefined;
  return {
    graph,
    newStore: !running,
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
  /** The relations and the entities they join, `BATCH_RELATIONS` relations per transaction (all rounds). */
  readonly batchedRelations: number;
  readonly batchedMs: number;
  /** The same rows and statements, one write transaction per relation (all rounds). */
  readonly perRowRelations: number;
  readonly perRowMs: number;
  /** Untimed rounds of both measures before the timed ones: until two batched rounds in a row ran within `SETTLED` of each other (two at least). */
  readonly warmRounds: number;
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
/**
 * The server is warm when a batched round takes within this share of the time of the round before. On a new
 * store the batched rate climbed over the first rounds of 5 000 relations (233, 2 163, 4 140, 6 127, 6 571,
 * 7 061, 7 148 relations/s, then 6 600–7 700): one untimed round left the timed ones at a third of the
 * settled rate.
 */
const SETTLED = 0.15;
/** Untimed rounds at most, when the rate never settles (a machine busy with other work). */
const MAX_WARM_ROUNDS = 8;
/** Relations each of the two measures writes untimed on an emptied database before each of its timed runs. */
const WARM_RELATIONS = 300;
/** Relations per transaction of the batched measure: the writer's default batch size. */
const BATCH_RELATIONS = 2000;

/** A relation with the two entities it joins. */
export interface RelationWithEnds {
  readonly relation: Relation;
  readonly subject: Entity;
  readonly object: Entity;
}

/** Every relation of `docs` with the entities it joins, in document order. */
export function relationsWithEnds(docs: readonly ArticleDoc[]): RelationWithEnds[] {
  const rows: RelationWithEnds[] = [];
  for (const doc of docs) {
    const byId = new Map((doc.entities ?? []).map((e) => [e.id, e]));
    for (const relation of doc.relations ?? []) {
      const subject = byId.get(relation.subject);
      const object = byId.get(relation.object);
      if (subject && object) rows.push({ relation, subject, object });
    }
  }
  return rows;
}

const entityRow = (e: Entity): { id: string; name: string; type: string; aliases: string[] } => ({ id: e.id, name: e.name, type: e.type, aliases: [...e.aliases] });

/**
 * Writes `rows` in transactions of `perTransaction` relations, each with the writer's own statements: the
 * entities the relations join (once each, sorted by id), then the relations of each type (sorted by key), as
 * `writeBatch` orders them. With `perTransaction` 1 this is one transaction per relation.
 */
export async function writeRelations(graph: Graph, rows: readonly RelationWithEnds[], perTransaction: number): Promise<void> {
  const entityStatement = cypher('queries/write/upsert-entities.cypher');
  for (let at = 0; at < rows.length; at += perTransaction) {
    const part = rows.slice(at, at + perTransaction);
    const entities = new Map(part.flatMap(({ subject, object }) => [subject, object]).map((e) => [e.id, entityRow(e)]));
    // As the writer does, every statement is sent without waiting for the one before (the server runs them in order).
    await write(graph, async (tx) => {
      const sent = [tx.run(entityStatement, { rows: [...entities.values()].sort((a, b) => (a.id < b.id ? -1 : 1)) })];
      for (const type of RELATION_TYPES) {
        const relations = part.filter((row) => row.relation.type === type).map((row) => relationRow(row.relation));
        if (relations.length > 0) sent.push(tx.run(relationUpsert(type), { rows: relations.sort((a, b) => (a.props.key < b.props.key ? -1 : 1)) }));
      }
      await Promise.all(sent);
    });
  }
}

/** Times `writeRelations` over `timed`, on an emptied database, after writing `warm` untimed. */
async function writeRelationsTimed(graph: Graph, warm: readonly RelationWithEnds[], timed: readonly RelationWithEnds[], perTransaction: number): Promise<number> {
  await wipe(graph);
  await writeRelations(graph, warm, perTransaction);
  const started = performance.now();
  await writeRelations(graph, timed, perTransaction);
  return performance.now() - started;
}

/**
 * Times graph writes, each on an emptied database and after an untimed warm-up: the real `GraphWriter` over
 * the whole documents (what an ingest writes); then the relations alone with the entities they join, written
 * with the writer's statements two ways, `BATCH_RELATIONS` relations per transaction and one relation per
 * transaction, the latter for up to `perRowLimit` of those same relations. Both write exactly the same rows
 * with the same statements, so their ratio is what batching alone is worth.
 *
 * The last two take turns over `UPSERT_ROUNDS` timed rounds (all the relations batched, then a third of the
 * per-relation rows), after one untimed round of both, so that a change in the machine's load weighs on both
 * alike and neither pays for the server's JIT; and each warms up on the same relations (`WARM_RELATIONS`) on
 * the emptied database before it is timed.
 */
export async function measureUpsert(graph: Graph, docs: readonly ArticleDoc[], perRowLimit: number): Promise<UpsertMeasure> {
  const full = await writeAll(graph, docs);

  const rows = relationsWithEnds(docs);
  const warmRows = Math.min(WARM_RELATIONS, Math.floor(rows.length / 5));
  const warm = rows.slice(0, warmRows);
  const timed = rows.slice(warmRows);
  const perRowTimed = timed.slice(0, Math.max(0, perRowLimit - warmRows));
  let batchedRelations = 0;
  let batchedMs = 0;
  let perRowMs = 0;
  const thirdOf = (round: number): readonly RelationWithEnds[] => perRowTimed.slice(Math.floor((round * perRowTimed.length) / UPSERT_ROUNDS), Math.floor(((round + 1) * perRowTimed.length) / UPSERT_ROUNDS));
  // The warm rounds are not timed: the server's JIT compiles the statements' code paths over the first tens of
  // thousands of rows (a cold server writes a thirtieth as fast), and neither measure should pay for that.
  let warmRounds = 0;
  for (let before = Infinity; warmRounds < MAX_WARM_ROUNDS; ) {
    const batched = await writeRelationsTimed(graph, warm, timed, BATCH_RELATIONS);
    await writeRelationsTimed(graph, warm, thirdOf(warmRounds % UPSERT_ROUNDS), 1);
    warmRounds++;
    if (before !== Infinity && Math.abs(batched - before) <= SETTLED * before) break;
    before = batched;
  }
  for (let round = 0; round < UPSERT_ROUNDS; round++) {
    batchedMs += await writeRelationsTimed(graph, warm, timed, BATCH_RELATIONS);
    batchedRelations += timed.length;
    perRowMs += await writeRelationsTimed(graph, warm, thirdOf(round), 1);
  }
  return {
    articles: full.written.articles,
    entities: full.written.entities,
    relations: full.written.relations,
    fullMs: full.ms,
    batchedRelations,
    batchedMs,
    perRowRelations: perRowTimed.length,
    perRowMs,
    warmRounds,
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
