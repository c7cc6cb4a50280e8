import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../pipeline/lexicon.ts';

/** A small deterministic generator (mulberry32), so the same size gives the same corpus. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = '华瑞宏远恒信达泰鼎盛嘉禾云启星辰博源卓越汇丰锦程海川天合新元智达凯德安捷正和长青明阳';

/**
 * Articles made from real text: FinRE training sentences and the corpus articles, recombined, with company
 * names varied (a fresh two-character core per article) so that entities multiply like real news.
 */
export function* scaleCorpus(size: number, seed = 42): Generator<{ name: string; text: string }> {
  const next = random(seed);
  const finre = readFileSync(join(REPO_ROOT, 'corpus/finre/train.txt'), 'utf8')
    .split('\n')
    .map((line) => line.split('\t')[3])
    .filter((s): s is string => Boolean(s));
  const articles = readdirSync(join(REPO_ROOT, 'corpus/articles')).map((f) => readFileSync(join(REPO_ROOT, 'corpus/articles', f), 'utf8'));
  for (let i = 0; i < size; i++) {
    const core = SYLLABLES[Math.floor(next() * SYLLABLES.length)]! + SYLLABLES[Math.floor(next() * SYLLABLES.length)]!;
    const sentences: string[] = [];
    const count = 6 + Math.floor(next() * 10);
    for (let k = 0; k < count; k++) sentences.push(finre[Math.floor(next() * finre.length)]!);
    const base = i % 10 === 0 ? articles[Math.floor(next() * articles.length)]!.slice(0, 1500) : '';
    const text = `${base}\n${sentences.join('\n')}\n${core}科技有限公司获得${core}资本战略投资。\n`.replace(/快卜/g, core);
    yield { name: `bench-${String(i).padStart(6, '0')}.txt`, text };
  }
}
