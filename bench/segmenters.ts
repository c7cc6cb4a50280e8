/**
 * `npm run bench:segmenters -- [--size N] [--json]`: nodejieba (what the pipeline uses) against
 * @node-rs/jieba on the same texts, each with the default dictionary and then with the project's words
 * (`corpus/lexicon/`), each configuration in its own child process (a segmenter's added words cannot be
 * taken back). Method and figures: docs/segmenters.md.
 *
 * - speed: both tag (word and part of speech, HMM on, as the segment stage calls nodejieba) the sentences of
 *   the first N scale-corpus articles, block by block in alternating order; also plain cutting;
 * - agreement: token spans and token boundaries of @node-rs/jieba scored against nodejieba's on the working
 *   text (cleaned, Simplified) of every article in corpus/articles;
 * - gold names: every occurrence of an entity name or alias annotated in corpus/gold/ (not inside a longer
 *   annotated name) — does it come out as one token, as a run of whole tokens (its ends on token boundaries),
 *   or is a token cut across it?
 */
import { execFile } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, promisify } from 'node:util';
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import nodejieba from 'nodejieba';
import { GoldFileSchema } from '../schemas/gold.ts';
import { loadLexicon, REPO_ROOT } from '../pipeline/lexicon.ts';
import { cleanStage } from '../pipeline/stages/clean.ts';
import { convertStage } from '../pipeline/stages/convert.ts';
import { decodeArticle } from '../pipeline/stages/read.ts';
import { ensureSegmenter, splitSentences, userDictionary } from '../pipeline/stages/segment.ts';
import type { ArticleDoc } from '../pipeline/doc.ts';
import { scaleCorpus } from './corpus.ts';

type Config = 'default' | 'project';
type Segmenter = 'nodejieba' | 'node-rs';
interface Tagger {
  tag(text: string): { word: string; tag: string }[];
  cut(text: string): string[];
}

interface ConfigReport {
  config: Config;
  loadMs: Record<Segmenter, number>;
  /** Growth of the process's resident memory while each loaded its dictionary (and words). */
  loadRssMb: Record<Segmenter, number>;
  speed: { articles: number; chars: number; tagMs: Record<Segmenter, number>; cutMs: Record<Segmenter, number> };
  agreement: { articles: number; sentences: number; tokens: Record<Segmenter, number>; spanF1: number; boundaryF1: number; tagAgreement: number };
  gold: { names: number; occurrences: number; byName: Record<Segmenter, GoldShares>; byOccurrence: Record<Segmenter, GoldShares> };
}

interface GoldShares {
  oneToken: number;
  aligned: number;
  cut: number;
}

const HERE = fileURLToPath(import.meta.url);

function loadSegmenters(config: Config): { taggers: Record<Segmenter, Tagger>; loadMs: Record<Segmenter, number>; loadRssMb: Record<Segmenter, number> } {
  const words = config === 'project' ? loadLexicon().segmenterWords : [];
  const rss = (): number => process.memoryUsage().rss / 1024 / 1024;
  let before = rss();
  let started = performance.now();
  if (config === 'project') ensureSegmenter();
  else nodejieba.load();
  const nodejiebaMs = performance.now() - started;
  const nodejiebaRss = rss() - before;
  before = rss();
  started = performance.now();
  const rs = Jieba.withDict(dict);
  // The project's words priced against @node-rs/jieba's own dictionary, as the segment stage prices them for nodejieba.
  if (words.length > 0) rs.loadDict(Buffer.from(userDictionary(words, Buffer.from(dict).toString('utf8')), 'utf8'));
  const rsMs = performance.now() - started;
  const rsRss = rss() - before;
  return {
    taggers: {
      nodejieba: { tag: (text) => nodejieba.tag(text), cut: (text) => nodejieba.cut(text, true) },
      'node-rs': { tag: (text) => rs.tag(text, true).map(({ word, tag }) => ({ word, tag })), cut: (text) => rs.cut(text, true) },
    },
    loadMs: { nodejieba: Math.round(nodejiebaMs), 'node-rs': Math.round(rsMs) },
    loadRssMb: { nodejieba: Math.round(nodejiebaRss), 'node-rs': Math.round(rsRss) },
  };
}

/** The text the segment stage cuts: cleaned, converted to Simplified. */
function workingText(source: string, bytes: Uint8Array): string {
  const read = decodeArticle(source, bytes);
  if (!read.ok) throw new Error(`expected ${source} to decode, found ${read.diagnostics.map((d) => d.message).join('; ')}`);
  let doc: ArticleDoc = read.doc;
  const ctx = { articleId: doc.articleId, source, report: () => undefined };
  doc = { ...doc, ...(cleanStage.run(doc, ctx) as Partial<ArticleDoc>) };
  doc = { ...doc, ...(convertStage.run(doc, ctx) as Partial<ArticleDoc>) };
  return doc.working!.text;
}

/** Tokens with their offsets in `text`, found the way the segment stage finds them. */
function spans(tagged: readonly { word: string; tag: string }[], text: string, offset: number): { start: number; end: number; tag: string }[] {
  const out: { start: number; end: number; tag: string }[] = [];
  let cursor = 0;
  for (const { word, tag } of tagged) {
    const at = text.indexOf(word, cursor);
    if (at < 0 || word.length === 0) continue;
    out.push({ start: offset + at, end: offset + at + word.length, tag });
    cursor = at + word.length;
  }
  return out;
}

function f1(reference: Set<string>, other: Set<string>): number {
  let both = 0;
  for (const item of other) if (reference.has(item)) both++;
  const precision = other.size === 0 ? 0 : both / other.size;
  const recall = reference.size === 0 ? 0 : both / reference.size;
  return precision + recall === 0 ? 0 : Number(((2 * precision * recall) / (precision + recall)).toFixed(4));
}

function measureSpeed(taggers: Record<Segmenter, Tagger>, size: number): ConfigReport['speed'] {
  const tagMs = { nodejieba: 0, 'node-rs': 0 };
  const cutMs = { nodejieba: 0, 'node-rs': 0 };
  const order: Segmenter[][] = [
    ['nodejieba', 'node-rs'],
    ['node-rs', 'nodejieba'],
  ];
  let chars = 0;
  let articles = 0;
  let block: string[] = [];
  const run = (): void => {
    const pieces = block.flatMap((text) => splitSentences(text).map((r) => text.slice(r.textStart, r.textEnd)));
    for (const segmenter of order[articles % 2 === 0 ? 0 : 1]!) {
      let started = performance.now();
      for (const piece of pieces) taggers[segmenter].tag(piece);
      tagMs[segmenter] += performance.now() - started;
      started = performance.now();
      for (const piece of pieces) taggers[segmenter].cut(piece);
      cutMs[segmenter] += performance.now() - started;
    }
    for (const text of block) chars += text.length;
    articles += block.length;
    block = [];
  };
  // Warm both on another seed first.
  for (const { text } of scaleCorpus(50, 7)) for (const segmenter of order[0]!) taggers[segmenter].tag(text);
  for (const { text } of scaleCorpus(size)) {
    block.push(text);
    if (block.length === 100) run();
  }
  if (block.length > 0) run();
  const round = (r: Record<Segmenter, number>): Record<Segmenter, number> => ({ nodejieba: Math.round(r.nodejieba), 'node-rs': Math.round(r['node-rs']) });
  return { articles, chars, tagMs: round(tagMs), cutMs: round(cutMs) };
}

function measureAgreement(taggers: Record<Segmenter, Tagger>, texts: readonly string[]): ConfigReport['agreement'] {
  const spanSets = { nodejieba: new Set<string>(), 'node-rs': new Set<string>() };
  const boundarySets = { nodejieba: new Set<string>(), 'node-rs': new Set<string>() };
  const tags = new Map<string, string>();
  let sameTag = 0;
  let sharedSpans = 0;
  let sentences = 0;
  texts.forEach((text, article) => {
    for (const range of splitSentences(text)) {
      sentences++;
      const sentence = text.slice(range.textStart, range.textEnd);
      for (const segmenter of ['nodejieba', 'node-rs'] as const) {
        for (const { start, end, tag } of spans(taggers[segmenter].tag(sentence), sentence, range.textStart)) {
          const key = `${article}:${start}:${end}`;
          spanSets[segmenter].add(key);
          if (end < range.textEnd) boundarySets[segmenter].add(`${article}:${end}`);
          if (segmenter === 'nodejieba') tags.set(key, tag);
          else if (tags.has(key)) {
            sharedSpans++;
            if (tags.get(key) === tag) sameTag++;
          }
        }
      }
    }
  });
  return {
    articles: texts.length,
    sentences,
    tokens: { nodejieba: spanSets.nodejieba.size, 'node-rs': spanSets['node-rs'].size },
    spanF1: f1(spanSets.nodejieba, spanSets['node-rs']),
    boundaryF1: f1(boundarySets.nodejieba, boundarySets['node-rs']),
    tagAgreement: sharedSpans === 0 ? 0 : Number((sameTag / sharedSpans).toFixed(4)),
  };
}

function measureGold(taggers: Record<Segmenter, Tagger>): ConfigReport['gold'] {
  const goldDir = join(REPO_ROOT, 'corpus/gold');
  const counts = (): Record<Segmenter, GoldShares> => ({ nodejieba: { oneToken: 0, aligned: 0, cut: 0 }, 'node-rs': { oneToken: 0, aligned: 0, cut: 0 } });
  const byName = counts();
  const byOccurrence = counts();
  let names = 0;
  let occurrences = 0;
  for (const file of readdirSync(goldDir).filter((f) => f.endsWith('.gold.json')).sort()) {
    const gold = GoldFileSchema.parse(JSON.parse(readFileSync(join(goldDir, file), 'utf8')));
    const text = workingText(gold.article, readFileSync(join(REPO_ROOT, 'corpus/articles', gold.article)));
    const tokenSpans = { nodejieba: new Set<string>(), 'node-rs': new Set<string>() };
    const starts = { nodejieba: new Set<number>(), 'node-rs': new Set<number>() };
    const ends = { nodejieba: new Set<number>(), 'node-rs': new Set<number>() };
    for (const range of splitSentences(text)) {
      const sentence = text.slice(range.textStart, range.textEnd);
      for (const segmenter of ['nodejieba', 'node-rs'] as const) {
        for (const { start, end } of spans(taggers[segmenter].tag(sentence), sentence, range.textStart)) {
          tokenSpans[segmenter].add(`${start}:${end}`);
          starts[segmenter].add(start);
          ends[segmenter].add(end);
        }
      }
    }
    // Occurrences inside a longer annotated name (快卜 in 上海快卜新能源科技有限公司) are that name's, not their own.
    const surfaces = [...new Set(gold.entities.flatMap((e) => [e.name, ...e.aliases]))].filter((name) => name.length > 0).sort((x, y) => y.length - x.length);
    const taken: [number, number][] = [];
    const found = new Map<string, number[]>();
    for (const name of surfaces) {
      for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
        const end = at + name.length;
        if (taken.some(([s, e]) => at < e && s < end)) continue;
        taken.push([at, end]);
        found.set(name, [...(found.get(name) ?? []), at]);
      }
    }
    for (const [name, places] of found) {
      names++;
      occurrences += places.length;
      for (const segmenter of ['nodejieba', 'node-rs'] as const) {
        const kinds = places.map((at) =>
          tokenSpans[segmenter].has(`${at}:${at + name.length}`) ? 'oneToken' : starts[segmenter].has(at) && ends[segmenter].has(at + name.length) ? 'aligned' : 'cut',
        );
        for (const kind of kinds) byOccurrence[segmenter][kind]++;
        // A name counts by its most frequent outcome.
        const most = (['oneToken', 'aligned', 'cut'] as const).reduce((x, y) => (kinds.filter((k) => k === y).length > kinds.filter((k) => k === x).length ? y : x));
        byName[segmenter][most]++;
      }
    }
  }
  return { names, occurrences, byName, byOccurrence };
}

async function runConfig(config: Config, size: number): Promise<ConfigReport> {
  const { taggers, loadMs, loadRssMb } = loadSegmenters(config);
  const dir = join(REPO_ROOT, 'corpus/articles');
  const texts = readdirSync(dir)
    .sort()
    .map((name) => workingText(name, readFileSync(join(dir, name))));
  return { config, loadMs, loadRssMb, speed: measureSpeed(taggers, size), agreement: measureAgreement(taggers, texts), gold: measureGold(taggers) };
}

const pct = (part: number, whole: number): string => `${((100 * part) / Math.max(whole, 1)).toFixed(1)}%`;

function markdown(reports: readonly ConfigReport[]): string {
  const lines: string[] = [];
  for (const r of reports) {
    const s = r.speed;
    const kchars = (ms: number): string => `${Math.round(s.chars / ms)}k chars/s`;
    lines.push(`### ${r.config === 'default' ? 'Default dictionaries' : "Default dictionaries plus the project's words"}`, '');
    lines.push('| measure | nodejieba 3.5 | @node-rs/jieba 2.0 |', '| --- | --- | --- |');
    lines.push(`| load (dictionary${r.config === 'project' ? ' and words' : ''}) | ${r.loadMs.nodejieba} ms, +${r.loadRssMb.nodejieba} MB RSS | ${r.loadMs['node-rs']} ms, +${r.loadRssMb['node-rs']} MB RSS |`);
    lines.push(`| tag, HMM on (${s.articles} articles, ${s.chars} chars) | ${s.tagMs.nodejieba} ms (${kchars(s.tagMs.nodejieba)}) | ${s.tagMs['node-rs']} ms (${kchars(s.tagMs['node-rs'])}) |`);
    lines.push(`| cut, HMM on | ${s.cutMs.nodejieba} ms (${kchars(s.cutMs.nodejieba)}) | ${s.cutMs['node-rs']} ms (${kchars(s.cutMs['node-rs'])}) |`);
    const a = r.agreement;
    lines.push(`| tokens on corpus/articles (${a.articles} articles, ${a.sentences} sentences) | ${a.tokens.nodejieba} | ${a.tokens['node-rs']} |`);
    lines.push(`| token span F1 against nodejieba | — | ${a.spanF1} |`);
    lines.push(`| token boundary F1 against nodejieba | — | ${a.boundaryF1} |`);
    lines.push(`| same part-of-speech tag on tokens both cut alike | — | ${pct(a.tagAgreement, 1)} |`);
    const g = r.gold;
    for (const [label, shares, total] of [
      [`gold names, by name (${g.names} name–article pairs)`, g.byName, g.names],
      [`gold name occurrences (${g.occurrences})`, g.byOccurrence, g.occurrences],
    ] as const) {
      const cell = (x: GoldShares): string => `${pct(x.oneToken, total)} one token, ${pct(x.oneToken + x.aligned, total)} token-aligned, ${pct(x.cut, total)} cut`;
      lines.push(`| ${label} | ${cell(shares.nodejieba)} | ${cell(shares['node-rs'])} |`);
    }
    lines.push('');
  }
  return lines.join('\n');
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { size: { type: 'string', default: '2000' }, json: { type: 'boolean', default: false }, config: { type: 'string' } } });
  const size = Number(values.size);
  if (!Number.isInteger(size) || size < 1) throw new Error(`expected --size to be a positive integer, found "${values.size}"`);
  if (values.config) {
    if (values.config !== 'default' && values.config !== 'project') throw new Error(`expected --config default or project, found "${values.config}"`);
    console.log(JSON.stringify(await runConfig(values.config, size)));
    return;
  }
  const reports: ConfigReport[] = [];
  for (const config of ['default', 'project'] as const) {
    const { stdout } = await promisify(execFile)(process.execPath, [...process.execArgv, HERE, '--config', config, '--size', String(size)], { maxBuffer: 16 * 1024 * 1024 });
    reports.push(JSON.parse(stdout) as ConfigReport);
  }
  console.log(values.json ? JSON.stringify(reports) : markdown(reports));
}

main().catch((error: unknown) => {
  console.error(`bench:segmenters: ${(error as Error).message}`);
  process.exitCode = 1;
});
