/**
 * The graph writer against the real Neo4j of the test setup: what a batch writes does not depend on how articles
 * are cut into batches or in what order they come; a relationship holds exactly the facts of the row that wrote
 * it last; a statement that fails after others were sent fails the whole batch and leaves nothing of it; the
 * SourceFile migration does not read the articles of a graph that needs none; the benchmark writes the same
 * graph batched and one relation per transaction.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { scaleCorpus } from '../../bench/corpus.ts';
import { relationsWithEnds, writeRelations } from '../../bench/graph.ts';
import { connect, cypher, read, write, WriteFailedError, type Graph } from '../../neo4j/client.ts';
import type { ArticleDoc } from '../../pipeline/doc.ts';
import { runArticle } from '../../pipeline/index.ts';
import { decodeArticle } from '../../pipeline/stages/read.ts';
import { GraphWriter, relationKey } from '../../pipeline/stages/upsert.ts';
import { forGraph } from '../../pipeline/workers.ts';
import type { Entity, Relation } from '../../schemas/index.ts';
import { diffDumps, dumpGraph, duplicateKeys, duplicateRelationships } from '../helpers/graph-dump.ts';

let graph: Graph;
/** Scale-corpus articles run through the CPU stages: many entities shared between articles, many relations. */
let docs: ArticleDoc[];

async function empty(): Promise<void> {
  await write(graph, (tx) => tx.run('MATCH (n) DETACH DELETE n'));
}

async function writeAll(batches: readonly (readonly ArticleDoc[])[]): Promise<GraphWriter> {
  const writer = new GraphWriter(graph);
  for (const batch of batches) {
    for (const doc of batch) await writer.add(doc);
    await writer.flush();
  }
  return writer;
}

beforeAll(async () => {
  const uri = process.env.NEO4J_URI;
  if (!uri) throw new Error('expected NEO4J_URI from the global setup: the integration tests need a real Neo4j');
  graph = await connect({ uri, user: process.env.NEO4J_USER ?? 'neo4j', password: process.env.NEO4J_PASSWORD || undefined, database: undefined, local: false });
  docs = [];
  for (const { name, text } of scaleCorpus(40, 11)) {
    const decoded = decodeArticle(`/tmp/kg-writer/${name}`, new TextEncoder().encode(text));
    if (!decoded.ok) throw new Error(`expected the scale corpus to decode, found ${decoded.diagnostics.map((d) => d.message).join('; ')}`);
    const result = await runArticle(decoded.doc);
    if (result.ok) docs.push(forGraph(result.doc));
  }
}, 120_000);

afterAll(async () => {
  await graph?.close();
});

beforeEach(empty);

describe('batches', () => {
  it('write the same graph however the articles are cut into batches and ordered, and again over it', async () => {
    const relations = docs.reduce((n, doc) => n + (doc.relations?.length ?? 0), 0);
    const shared = new Set(docs.flatMap((doc) => (doc.entities ?? []).map((e) => e.id)));
    expect(relations).toBeGreaterThan(50);
    // Entities met in several articles: their names merge across rows of one batch and across batches.
    expect(shared.size).toBeLessThan(docs.reduce((n, doc) => n + (doc.entities?.length ?? 0), 0));

    const one = await writeAll([docs]);
    expect(one.written.relations).toBe(relations);
    const reference = await dumpGraph(graph);
    expect(await duplicateKeys(graph)).toEqual([]);
    expect(await duplicateRelationships(graph)).toEqual([]);

    await empty();
    await writeAll([...docs].reverse().map((doc) => [doc]));
    expect(await dumpGraph(graph)).toEqual(reference);

    await empty();
    await writeAll([docs.slice(0, 7), docs.slice(7, 8), docs.slice(8)]);
    expect(await dumpGraph(graph)).toEqual(reference);

    // Written again over itself (as after an extraction change: each article cleared, then written).
    await writeAll([docs.slice(20), docs.slice(0, 20)]);
    expect(await dumpGraph(graph)).toEqual(reference);
  });
});

const ARTICLE = '0123456789abcdef';

function entity(name: string): Entity {
  return {
    id: `org:${name}`,
    name: `${name}有限公司`,
    type: 'Organization',
    aliases: [name],
    aliasRecords: [],
    mentions: [{ surface: name, name, type: 'Organization', sentenceIndex: 0, start: 0, end: name.length, ruleId: 'entity/test' }],
  } as Entity;
}

function investment(facts: Partial<Relation>): Relation {
  return {
    type: 'INVESTED_IN',
    subject: 'org:甲',
    object: 'org:乙',
    ruleId: 'investment/test',
    evidence: { articleId: ARTICLE, sentenceIndex: 0, start: 0, end: 4, text: '甲投资乙' },
    ...facts,
  } as Relation;
}

function article(relations: Relation[]): ArticleDoc {
  return {
    articleId: ARTICLE,
    source: '/tmp/kg-writer/facts.txt',
    original: '甲投资乙。',
    meta: { title: null, publishedAt: null, publishedAtSource: 'unknown' },
    entities: [entity('甲'), entity('乙')],
    relations,
  } as ArticleDoc;
}

async function investmentProps(): Promise<Record<string, unknown>[]> {
  return (await read<{ props: Record<string, unknown> }>(graph, 'MATCH (:Entity)-[r:INVESTED_IN]->(:Entity) RETURN properties(r) AS props')).map((r) => r.props);
}

describe("the benchmark's two ways of writing relations", () => {
  it('write the same graph, batched and one transaction per relation', async () => {
    const rows = relationsWithEnds(docs);
    expect(rows.length).toBeGreaterThan(50);
    await writeRelations(graph, rows, 2000);
    const batched = await dumpGraph(graph);
    await empty();
    await writeRelations(graph, rows, 1);
    const perRow = await dumpGraph(graph);
    expect(batched.relationships.length).toBe(new Set(rows.map((row) => relationKey(row.relation))).size);
    expect(diffDumps(perRow, batched)).toEqual({ missing: [], extra: [] });
  });
});

describe('relationship properties', () => {
  it('are the key, the provenance and the facts stated, and no others', async () => {
    const relation = investment({ round: 'A轮' });
    await writeAll([[article([relation])]]);
    expect(await investmentProps()).toEqual([
      { key: relationKey(relation), articleId: ARTICLE, sentenceIndex: 0, start: 0, end: 4, evidence: '甲投资乙', ruleId: 'investment/test', round: 'A轮' },
    ]);
  });

  it('are those of the last row with the same key: a fact the last row does not state is gone', async () => {
    // Two rules reading one sentence give one key; the second states no amount and no round.
    const stated = investment({ round: 'A轮', amount: { value: 100_000_000, currency: 'CNY', approximate: false, text: '1亿元' } });
    const bare = investment({ ruleId: 'investment/bare' });
    expect(relationKey(stated)).toBe(relationKey(bare));
    await writeAll([[article([stated, bare])]]);
    const [props, ...more] = await investmentProps();
    expect(more).toEqual([]);
    expect(props).toMatchObject({ ruleId: 'investment/bare' });
    expect(Object.keys(props!).sort()).toEqual(['articleId', 'end', 'evidence', 'key', 'ruleId', 'sentenceIndex', 'start']);
  });
});

describe('a failing statement', () => {
  it('fails the whole batch after the statements sent before it, and the writer stops', async () => {
    await writeAll([docs.slice(0, 3)]);
    const before = await dumpGraph(graph);
    // A map is no property value: the relation statement, sent after the article, entity and mention
    // statements, fails on the server.
    const broken = investment({ round: { nested: 'map' } as unknown as string });
    const writer = new GraphWriter(graph, { retry: { attempts: 1 } });
    await writer.add(docs[3]!);
    await writer.add(article([broken]));
    const error = await writer.flush().then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(WriteFailedError);
    expect((error as WriteFailedError).transient).toBe(false);
    expect(String((error as WriteFailedError).cause)).toMatch(/map|Map|propert/i);
    expect(writer.failure).toBe(error);
    await expect(writer.add(docs[4]!)).rejects.toBe(error);
    expect(writer.committed.size).toBe(0);
    // Nothing of the batch: not its articles, entities or mentions, which were sent before the failure.
    expect(await dumpGraph(graph)).toEqual(before);
  });
});

describe('the SourceFile migration', () => {
  const migrate = (): Promise<{ articlesRead: number }> =>
    write(graph, async (tx) => {
      const result = await tx.run(`PROFILE ${cypher('queries/migrate/link-source-files.cypher')}`);
      let articlesRead = 0;
      const walk = (op: { operatorType: string; rows: number; children: unknown[] }): void => {
        if (/NodeByLabelScan|AllNodesScan/.test(op.operatorType)) articlesRead += op.rows;
        for (const child of op.children) walk(child as typeof op);
      };
      walk(result.summary.profile as unknown as Parameters<typeof walk>[0]);
      return { articlesRead };
    });
  const linked = async (): Promise<number> => (await read<{ n: number }>(graph, 'MATCH (:SourceFile)-[:HOLDS]->(:Article) RETURN count(*) AS n'))[0]!.n;

  it('reads no article of a graph that has its SourceFile nodes, and links a graph written before them', async () => {
    await writeAll([docs.slice(0, 10)]);
    const files = await linked();
    expect(files).toBe(10);
    expect(await migrate()).toEqual({ articlesRead: 0 });

    await write(graph, (tx) => tx.run('MATCH (f:SourceFile) DETACH DELETE f'));
    expect((await migrate()).articlesRead).toBeGreaterThanOrEqual(10);
    expect(await linked()).toBe(files);
    expect(await migrate()).toEqual({ articlesRead: 0 });
  });
});
