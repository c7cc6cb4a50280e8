/**
 * Text that would break a statement built by string concatenation — quotes, backticks, braces, Cypher, `$param`,
 * NUL, bidirectional marks, emoji, `</script>` — goes into the real Neo4j of the test setup and comes back byte
 * for byte, and the rest of the graph is left as it was.
 */
import { copyFile, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, read, write, type Graph } from '../../neo4j/client.ts';
import type { ArticleDoc } from '../../pipeline/doc.ts';
import { processFile } from '../../pipeline/index.ts';
import { ingest } from '../../pipeline/ingest.ts';
import { GraphWriter, relationKey } from '../../pipeline/stages/upsert.ts';
import { ENTITY_TYPES, RELATION_TYPES, type Entity, type Relation } from '../../schemas/index.ts';
import { dumpGraph } from '../helpers/graph-dump.ts';

/** Each would end a string literal, open a parameter or a map, comment out the rest, or confuse a reader. */
const HOSTILE = [
  "'}) DETACH DELETE n //",
  '"}) MATCH (m) DETACH DELETE m RETURN "',
  '`反引号` `Entity`',
  '{花括号: 1}',
  '$param $rows',
  'NUL\u0000字符',
  'RTL\u202e标记\u202c与\u200f',
  '表情🚀👨‍👩‍👧',
  '</script><script>alert(1)</script>',
  '反斜杠\\\'\\"',
] as const;

let graph: Graph;

function bytes(text: string): string {
  return Buffer.from(text, 'utf8').toString('hex');
}

beforeAll(async () => {
  const uri = process.env.NEO4J_URI;
  if (!uri) throw new Error('expected NEO4J_URI from the global setup: the integration tests need a real Neo4j');
  graph = await connect({ uri, user: process.env.NEO4J_USER ?? 'neo4j', password: process.env.NEO4J_PASSWORD || undefined, database: undefined, local: false });
  await write(graph, (tx) => tx.run('MATCH (n) DETACH DELETE n'));
});

afterAll(async () => {
  await graph?.close();
});

describe('hostile text in articles', () => {
  it('is stored verbatim (titles, file names, evidence, names) and leaves the rest of the graph intact', async () => {
    const seeds = await mkdtemp(join(tmpdir(), 'kg-hostile-seed-'));
    await copyFile('corpus/articles/001_f9b6eda91b359453.txt', join(seeds, 'seed.txt'));
    expect(await ingest(graph, seeds)).toMatchObject({ ingested: 1, failed: 0 });
    const before = await dumpGraph(graph);

    const dir = await mkdtemp(join(tmpdir(), 'kg-hostile-'));
    const file = join(dir, "'}) DETACH DELETE n $param `x` {y} 🚀 ‮.md");
    const title = HOSTILE.filter((h) => !h.includes('\u0000')).join(' ');
    const body = [
      ...HOSTILE.map((h) => `2023年3月，比亚迪入股上海快卜新能源科技有限公司，备注${h}。`),
      '2023年4月，宁德时代入股DETACH科技有限公司。',
      '2023年5月，小米战略投资了MATCH科技有限公司。',
    ].join('\n');
    await writeFile(file, `---\ntitle: '${title}'\n---\n${body}\n`);

    const summary = await ingest(graph, dir);
    expect(summary, JSON.stringify(summary.outcomes)).toMatchObject({ seen: 1, ingested: 1, failed: 0 });
    const original = await readFile(file, 'utf8');
    const expected = await processFile(file);
    const doc = expected.doc!;
    expect(doc.relations!.length).toBeGreaterThanOrEqual(HOSTILE.length + 2);

    const [article] = await read<{ title: string; sources: string[] }>(graph, 'MATCH (a:Article {id: $id}) RETURN a.title AS title, a.sources AS sources', { id: doc.articleId });
    expect(bytes(article!.title)).toBe(bytes(title));
    expect(article!.sources).toEqual([file]);

    const stored = await read<{ key: string; evidence: string; start: number; end: number }>(
      graph,
      'MATCH ()-[r]->() WHERE r.articleId = $id AND r.key IS NOT NULL RETURN r.key AS key, r.evidence AS evidence, r.start AS start, r.end AS end',
      { id: doc.articleId },
    );
    const byKey = new Map(stored.map((r) => [r.key, r]));
    for (const relation of doc.relations!) {
      const row = byKey.get(relationKey(relation));
      expect(row, relationKey(relation)).toBeDefined();
      expect(bytes(row!.evidence)).toBe(bytes(relation.evidence.text));
      expect(bytes(original.slice(row!.start, row!.end))).toBe(bytes(row!.evidence));
    }
    for (const h of HOSTILE) expect(stored.some((r) => r.evidence.includes(h)), h).toBe(true);

    const names = await read<{ id: string; name: string }>(graph, 'MATCH (e:Entity) WHERE e.id IN $ids RETURN e.id AS id, e.name AS name', {
      ids: doc.entities!.map((e) => e.id),
    });
    expect(names.map((n) => n.name).sort()).toEqual(doc.entities!.map((e) => e.name).sort());
    expect(names.map((n) => n.name)).toEqual(expect.arrayContaining(['DETACH科技有限公司', 'MATCH科技有限公司']));

    // Nothing of the seed went away: every relationship is still there as it was, every node still exists.
    const after = await dumpGraph(graph);
    expect(before.relationships.filter((line) => !after.relationships.includes(line))).toEqual([]);
    const keys = (dump: typeof before): string[] => dump.nodes.map((line) => { const n = JSON.parse(line) as { id?: string; name?: string }; return n.id ?? n.name!; });
    expect(keys(before).filter((key) => !keys(after).includes(key))).toEqual([]);
    expect(after.nodes.length).toBeGreaterThan(before.nodes.length);
  });
});

describe('hostile names through the writer', () => {
  it('stores entity ids, names, aliases, evidence and facts byte for byte', async () => {
    const articleId = 'abcdef0123456789';
    const original = HOSTILE.join('。');
    const entities: Entity[] = HOSTILE.map((h, i) => ({
      id: `org:${h}`,
      name: `${h}有限公司`,
      type: 'Organization',
      aliases: [h, `${h}${i}`],
      aliasRecords: [{ alias: h, reason: 'declared', evidence: { articleId, sentenceIndex: i, start: 0, end: 1, text: h } }],
      mentions: [{ surface: h, name: `${h}有限公司`, type: 'Organization', sentenceIndex: i, start: 0, end: h.length, ruleId: 'entity/test' }],
    }));
    const relations: Relation[] = HOSTILE.slice(1).map((h, i) => ({
      type: 'INVESTED_IN',
      subject: `org:${HOSTILE[0]}`,
      object: `org:${h}`,
      ruleId: 'investment/test',
      evidence: { articleId, sentenceIndex: i, start: 0, end: h.length, text: h },
      round: h,
      role: h,
    }));
    const doc: ArticleDoc = {
      articleId,
      source: `/tmp/${HOSTILE[0]}.txt`,
      original,
      meta: { title: original, publishedAt: null, publishedAtSource: 'unknown' },
      entities,
      relations,
    };
    const writer = new GraphWriter(graph);
    await writer.add(doc);
    await writer.flush();
    expect(writer.written).toEqual({ articles: 1, entities: HOSTILE.length, relations: HOSTILE.length - 1 });

    const rows = await read<{ id: string; name: string; aliases: string[] }>(graph, 'MATCH (e:Entity) WHERE e.id IN $ids RETURN e.id AS id, e.name AS name, e.aliases AS aliases', {
      ids: entities.map((e) => e.id),
    });
    expect(rows).toHaveLength(HOSTILE.length);
    for (const entity of entities) {
      const row = rows.find((r) => r.id === entity.id)!;
      expect(bytes(row.name)).toBe(bytes(entity.name));
      expect(row.aliases.map(bytes).sort()).toEqual(entity.aliases.map(bytes).sort());
    }
    const edges = await read<{ key: string; evidence: string; round: string; role: string; object: string }>(
      graph,
      'MATCH (:Entity {id: $subject})-[r:INVESTED_IN]->(o:Entity) RETURN r.key AS key, r.evidence AS evidence, r.round AS round, r.role AS role, o.id AS object',
      { subject: `org:${HOSTILE[0]}` },
    );
    expect(edges).toHaveLength(relations.length);
    for (const relation of relations) {
      const edge = edges.find((e) => e.object === relation.object)!;
      expect(bytes(edge.key)).toBe(bytes(relationKey(relation)));
      expect(bytes(edge.evidence)).toBe(bytes(relation.evidence.text));
      expect(bytes(edge.round)).toBe(bytes(relation.round!));
      expect(bytes(edge.role)).toBe(bytes(relation.role!));
    }
    const aliases = await read<{ name: string; evidence: string }>(graph, 'MATCH (a:Alias)-[r:ALIAS_OF {articleId: $articleId}]->() RETURN a.name AS name, r.evidence AS evidence', { articleId });
    expect(aliases.map((a) => bytes(a.name)).sort()).toEqual(HOSTILE.map(bytes).sort());
    const [article] = await read<{ title: string; sources: string[] }>(graph, 'MATCH (a:Article {id: $articleId}) RETURN a.title AS title, a.sources AS sources', { articleId });
    expect(bytes(article!.title)).toBe(bytes(original));
    expect(article!.sources).toEqual([doc.source]);
    // Labels come from the schema only: no label or relationship type was made from the text.
    const labels = await read<{ label: string }>(graph, 'CALL db.labels() YIELD label RETURN label');
    for (const { label } of labels) expect(['Alias', 'Article', 'Entity', ...ENTITY_TYPES]).toContain(label);
    const types = await read<{ type: string }>(graph, 'CALL db.relationshipTypes() YIELD relationshipType RETURN relationshipType AS type');
    for (const { type } of types) expect(['MENTIONS', 'ALIAS_OF', ...RELATION_TYPES]).toContain(type);
  });
});
