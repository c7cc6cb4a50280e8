import nodejieba from 'nodejieba';
import { parseArgs } from 'node:util';
import { runArticle } from '../pipeline/index.ts';
import { decodeArticle } from '../pipeline/stages/read.ts';
import { ensureSegmenter } from '../pipeline/stages/segment.ts';
import { scaleCorpus } from './corpus.ts';

/**
 * `npm run bench -- [--size N] [--json]`: extraction throughput on a deterministic scale corpus, and its cost
 * over nodejieba alone cutting the same texts, measured in the same run.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({ options: { size: { type: 'string', default: '1000' }, json: { type: 'boolean', default: false } } });
  const size = Number(values.size);
  if (!Number.isInteger(size) || size < 1) throw new Error(`expected --size to be a positive integer, found "${values.size}"`);
  ensureSegmenter();
  const texts = [...scaleCorpus(size)].map((a) => a.text);
  const chars = texts.reduce((n, t) => n + t.length, 0);

  // Warm up both paths so neither pays for loading.
  for (const text of texts.slice(0, 20)) nodejieba.tag(text);
  for (const text of texts.slice(0, 20)) {
    const read = decodeArticle('bench', new TextEncoder().encode(text));
    if (read.ok) await runArticle(read.doc);
  }

  let started = performance.now();
  for (const text of texts) for (const line of text.split(/[。！？；\n]/)) if (line) nodejieba.tag(line);
  const segmentMs = performance.now() - started;

  let relations = 0;
  let peakRss = process.memoryUsage().rss;
  started = performance.now();
  for (const [i, text] of texts.entries()) {
    const read = decodeArticle(`bench-${i}`, new TextEncoder().encode(text));
    if (!read.ok) continue;
    const result = await runArticle(read.doc);
    relations += result.doc.relations?.length ?? 0;
    if (i % 100 === 0) peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }
  const extractMs = performance.now() - started;
  const report = {
    size,
    chars,
    relations,
    extract: {
      articlesPerSec: Math.round((size / extractMs) * 1000),
      charsPerSec: Math.round((chars / extractMs) * 1000),
      ratioToSegmentOnly: Number((extractMs / segmentMs).toFixed(2)),
    },
    segmentOnly: { ms: Math.round(segmentMs) },
    memory: { peakRssMb: Math.round(peakRss / 1024 / 1024) },
  };
  if (values.json) console.log(JSON.stringify(report));
  else {
    console.log(`articles ${size}, characters ${chars}, relations ${relations}`);
    console.log(`extract: ${report.extract.articlesPerSec} articles/s, ${report.extract.charsPerSec} chars/s, ${report.extract.ratioToSegmentOnly}× nodejieba alone (${report.segmentOnly.ms} ms)`);
    console.log(`peak RSS ${report.memory.peakRssMb} MB`);
  }
}

main().catch((error: unknown) => {
  console.error(`bench: ${(error as Error).message}`);
  process.exitCode = 1;
});
