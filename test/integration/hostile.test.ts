/**
 * Hostile and bad input against the real Neo4j of the test setup. Text that would break a statement built by
 * string concatenation — quotes, backticks, braces, Cypher, `$param`, NUL, bidirectional marks, emoji,
 * `</script>` — comes back byte for byte, and the rest of the graph is left as it was. Every kind of bad file
 * (encodings, markup, empty, binary, oversized, no relations, duplicates, thousands of files) ends in exactly one
 * reported outcome, through `kg ingest` as a user runs it.
 */
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, read, write, type Graph } from '../../neo4j/client.ts';
import type { ArticleDoc } from '../../pipeline/doc.ts';
import { main } from '../../pipeline/cli.ts';
import type { FileOutcome } from '../../pipeline/ingest.ts';
import { processFile } from '../../pipeline/index.ts';
import { ingest } from '../../pipeline/ingest.ts';
import { articleIdOf } from '../../pipeline/stages/read.ts';
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
    for (const { label } of labels) expect(['Alias', 'Article', 'SourceFile', 'Entity', ...ENTITY_TYPES]).toContain(label);
    const types = await read<{ type: string }>(graph, 'CALL db.relationshipTypes() YIELD relationshipType RETURN relationshipType AS type');
    for (const { type } of types) expect(['MENTIONS', 'ALIAS_OF', 'HOLDS', ...RELATION_TYPES]).toContain(type);
  });
});

/** `kg ingest …` in this process; the Neo4j of the test setup comes from the environment. */
async function kg(argv: readonly string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, (line) => out.push(line), (line) => err.push(line));
  return { code, out, err };
}

const GB18030 = Uint8Array.from([0xd0, 0xa1, 0xc3, 0xd7, 0xcd, 0xb6, 0xd7, 0xca, 0xc4, 0xfe, 0xb5, 0xc2, 0xca, 0xb1, 0xb4, 0xfa, 0xa1, 0xa3]); // 小米投资宁德时代。
const BIG5 = Uint8Array.from([0xa4, 0x70, 0xa6, 0xcc, 0xa7, 0xeb, 0xb8, 0xea, 0xa1, 0x43]); // 小米投資。

describe('bad input, end to end', () => {
  it('every kind of file ends in one reported outcome; --report writes them as JSON; exit code 1', async () => {
    await write(graph, (tx) => tx.run('MATCH (n) DETACH DELETE n'));
    const dir = await mkdtemp(join(tmpdir(), 'kg-bad-'));
    const utf16 = (text: string, bigEndian: boolean): Buffer => {
      const body = Buffer.from(text, 'utf16le');
      return Buffer.concat([Buffer.from(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]), bigEndian ? body.swap16() : body]);
    };
    const files: Record<string, string | Uint8Array> = {
      'utf8.txt': '2023年3月，宁德时代入股上海快卜新能源科技有限公司。',
      'copy-of-utf8.txt': '2023年3月，宁德时代入股上海快卜新能源科技有限公司。',
      'utf8-bom.txt': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('2023年4月，比亚迪入股芯迈半导体技术有限公司。')]),
      'utf16le.txt': utf16('2023年5月，小米战略投资了ABC科技有限公司。', false),
      'utf16be.txt': utf16('2023年6月，宁德时代战略投资了XYZ科技有限公司。', true),
      'gb18030.txt': GB18030,
      'big5.txt': BIG5,
      'undecodable.txt': Uint8Array.from([0x80, 0x81, 0xfe, 0xff, 0x80, 0x81, 0xfe, 0xff, 0xc0, 0xc1]),
      'front-matter.md': '---\ntitle: "前言标题"\ndate: 2023-05-28\n---\n2023年5月，宁德时代入股蔚来汽车科技有限公司。\n',
      'page.html':
        '<!doctype html><html><head><title>网页标题</title><meta property="article:published_time" content="2023-05-28"></head>' +
        '<body><nav>首页 导航</nav><article><p>2023年3月，小米战略投资了极目科技有限公司。</p></article><script>var a = "小米入股比亚迪";</script></body></html>',
      'empty.txt': '',
      'binary.txt': Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]),
      'huge.txt': Buffer.alloc(5 * 1024 * 1024 + 1, 'a'),
      'no-relations.txt': '今天天气很好，大家心情愉快。',
      // Not articles: other extensions and dot-files are not taken at all.
      'image.png': Uint8Array.from([0x89, 0x50, 0x4e, 0x47]),
      '.hidden.txt': '2023年3月，宁德时代入股隐藏科技有限公司。',
    };
    for (const [name, content] of Object.entries(files)) await writeFile(join(dir, name), content);
    const report = join(dir, 'report.json');

    const run = await kg(['ingest', dir, '--report', report, '--json']);
    expect(run.err).toEqual([]);
    expect(run.code).toBe(1);
    const summary = JSON.parse(run.out.at(-1)!) as Record<string, unknown>;
    expect(summary).toMatchObject({ seen: 14, ingested: 9, unchanged: 1, failed: 4, stoppedEarly: false });

    const outcomes = JSON.parse(await readFile(report, 'utf8')) as FileOutcome[];
    expect(outcomes).toHaveLength(14);
    const by = new Map(outcomes.map((o) => [o.file.slice(dir.length + 1), o]));
    expect([...by.keys()].sort()).toEqual(Object.keys(files).filter((f) => f.endsWith('.txt') || f.endsWith('.md') || f.endsWith('.html')).filter((f) => !f.startsWith('.')).sort());
    const failed = (name: string, code: string): void => {
      const outcome = by.get(name)!;
      expect(outcome.status, name).toBe('failed');
      expect(outcome.diagnostics).toEqual([expect.objectContaining({ code, severity: 'error', file: outcome.file, message: expect.stringContaining(outcome.file) })]);
    };
    failed('undecodable.txt', 'KG003');
    failed('binary.txt', 'KG003');
    failed('empty.txt', 'KG002');
    failed('huge.txt', 'KG004');
    for (const name of ['utf8-bom.txt', 'utf16le.txt', 'utf16be.txt', 'gb18030.txt', 'big5.txt', 'front-matter.md', 'page.html', 'no-relations.txt']) {
      expect(by.get(name)!.status, name).toBe('ingested');
    }
    expect(by.get('no-relations.txt')!.diagnostics).toContainEqual(expect.objectContaining({ code: 'KG040' }));
    // The same text under two names: one article; the other file says whose text it is.
    const pair = [by.get('utf8.txt')!, by.get('copy-of-utf8.txt')!];
    const twin = pair.find((o) => o.status === 'unchanged')!;
    const first = pair.find((o) => o.status === 'ingested')!;
    expect(twin.reason).toBe(`same text as ${first.file}`);
    expect(twin.articleId).toBe(first.articleId);

    const articles = await read<{ id: string; title: string | null; publishedAt: string | null; publishedAtSource: string; sources: string[] }>(
      graph,
      'MATCH (a:Article) RETURN a.id AS id, a.title AS title, a.publishedAt AS publishedAt, a.publishedAtSource AS publishedAtSource, a.sources AS sources',
    );
    expect(articles).toHaveLength(9);
    const article = (name: string) => articles.find((a) => a.sources.some((s) => s.endsWith(`/${name}`)));
    expect(article('front-matter.md')).toMatchObject({ title: '前言标题', publishedAt: '2023-05-28', publishedAtSource: 'front-matter' });
    expect(article('page.html')).toMatchObject({ title: '网页标题', publishedAt: '2023-05-28' });
    expect(article('gb18030.txt')!.id).toBe(articleIdOf('小米投资宁德时代。'));
    expect(article('big5.txt')!.id).toBe(articleIdOf('小米投資。'));
    const invested = await read<{ investor: string; target: string }>(graph, 'MATCH (i:Entity)-[:INVESTED_IN]->(t:Entity) RETURN i.name AS investor, t.name AS target');
    expect(invested).toEqual(
      expect.arrayContaining([
        { investor: '小米', target: 'ABC科技有限公司' },
        { investor: '宁德时代', target: 'XYZ科技有限公司' },
        { investor: '小米', target: '极目科技有限公司' },
      ]),
    );
    // The page's script never reached the text.
    expect(invested).not.toContainEqual({ investor: '小米', target: '比亚迪' });
    await rm(dir, { recursive: true, force: true });
  });

  it('a folder of 3000 small files: the summary adds up and the graph holds every article', async () => {
    await write(graph, (tx) => tx.run('MATCH (n) DETACH DELETE n'));
    const dir = await mkdtemp(join(tmpdir(), 'kg-many-'));
    const FILES = 3000;
    let expected = { ingested: 0, unchanged: 0, failed: 0 };
    for (let i = 0; i < FILES; i++) {
      const name = join(dir, `f-${String(i).padStart(4, '0')}.txt`);
      if (i % 100 === 0) {
        await writeFile(name, '');
        expected = { ...expected, failed: expected.failed + 1 };
      } else if (i % 100 === 50) {
        await writeFile(name, '第1号公告：小米战略投资了华1科技有限公司。');
        expected = { ...expected, unchanged: expected.unchanged + 1 };
      } else {
        await writeFile(name, `第${i}号公告：小米战略投资了华${i}科技有限公司。`);
        expected = { ...expected, ingested: expected.ingested + 1 };
      }
    }
    const run = await kg(['ingest', dir, '--json']);
    expect(run.err).toEqual([]);
    expect(run.code).toBe(1);
    expect(JSON.parse(run.out.at(-1)!)).toMatchObject({ seen: FILES, ...expected, articlesWritten: expected.ingested, stoppedEarly: false });
    const [row] = await read<{ n: number }>(graph, 'MATCH (a:Article {complete: true}) RETURN count(a) AS n');
    expect(row!.n).toBe(expected.ingested);

    const again = await kg(['ingest', dir, '--json']);
    expect(JSON.parse(again.out.at(-1)!)).toMatchObject({ seen: FILES, ingested: 0, unchanged: expected.ingested + expected.unchanged, failed: expected.failed });
    await rm(dir, { recursive: true, force: true });
  }, 600_000);
});
