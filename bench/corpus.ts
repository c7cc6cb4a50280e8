import { mkdir, writeFile } from 'node:fs/promises';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../pipeline/lexicon.ts';

/** A small deterministic generator (mulberry32), so the same size and seed give the same corpus. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Characters that make company cores (华瑞, 鼎晟): 96² ≈ 9 000 two-character cores. */
const SYLLABLES = [...'华瑞宏远恒信达泰鼎盛嘉禾云启星辰博源卓越汇丰锦程海川天合新元智凯德安捷正长青明阳昊晟弘毅睿朗骏祥瀚澜铭峰晨曦尚品聚鑫腾宇隆昌茂润泽森淼烁璟琨瑜璞珩琪翔鹏鸿雁麒麟龙凤岳松柏桐梓楠枫榕竹兰芷蔚蓝紫金银铂钧锐锋磐石坤乾泓涛沛霖'];

/** A FinRE training sentence with the names its annotation gives (head and tail entities). */
interface Source {
  readonly text: string;
  readonly names: readonly string[];
}

let sources: { finre: readonly Source[]; articles: readonly string[] } | undefined;

/** FinRE's training sentences (each once, with every name annotated in it) and the sample articles. */
function load(): { finre: readonly Source[]; articles: readonly string[] } {
  if (sources) return sources;
  const bySentence = new Map<string, Set<string>>();
  for (const line of readFileSync(join(REPO_ROOT, 'corpus/finre/train.txt'), 'utf8').split('\n')) {
    const [head, tail, , text] = line.split('\t');
    if (!text || !head || !tail) continue;
    const names = bySentence.get(text) ?? new Set<string>();
    names.add(head);
    names.add(tail);
    bySentence.set(text, names);
  }
  const finre = [...bySentence].map(([text, set]) => {
    // Only names that start with two Chinese characters get a new core (not Campofrio, not IBM).
    const names = [...set].filter((n) => /^[\u3400-\u9fff]{2}/.test(n) && text.includes(n));
    // A name inside another (银行 in 中国银行) is left alone: replacing both would garble the longer one.
    return { text, names: names.filter((n) => !names.some((m) => m !== n && m.includes(n))) };
  });
  const dir = join(REPO_ROOT, 'corpus/articles');
  const articles = readdirSync(dir)
    .sort()
    .map((f) => readFileSync(join(dir, f), 'utf8'));
  sources = { finre, articles };
  return sources;
}

/**
 * Articles made from real text, streamed one at a time so that no size is held in memory: 6 to 15 FinRE
 * training sentences, every tenth article opening with the first 1 500 characters of a sample article, and a
 * closing investment sentence. Company names vary so that entities multiply as in real news: in each
 * article, more than half of the annotated names get a fresh two-character core (东方航空 → 瑞鼎航空, the same
 * core for every mention in that article), and the closing sentence names two new companies.
 */
export function* scaleCorpus(size: number, seed = 42): Generator<{ readonly name: string; readonly text: string }> {
  const { finre, articles } = load();
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  for (let i = 0; i < size; i++) {
    const cores = new Map<string, string>();
    const core = (): string => pick(SYLLABLES) + pick(SYLLABLES);
    const sentences: string[] = [];
    const count = 6 + Math.floor(next() * 10);
    for (let k = 0; k < count; k++) {
      const source = pick(finre);
      let text = source.text;
      for (const name of source.names) {
        if (!cores.has(name)) cores.set(name, next() < 0.6 ? core() : '');
        const fresh = cores.get(name)!;
        if (fresh) text = text.replaceAll(name, fresh + name.slice(2));
      }
      sentences.push(text);
    }
    const base = i % 10 === 0 ? pick(articles).slice(0, 1500).replace(/快卜/g, core()) : '';
    const investee = core();
    const text = `${base}\n${sentences.join('\n')}\n${investee}科技有限公司获得${core()}资本战略投资。\n`;
    yield { name: `bench-${String(i).padStart(6, '0')}.txt`, text };
  }
}

/** Writes the first `size` articles of the scale corpus as files under `dir`; returns their total bytes. */
export async function writeScaleCorpus(dir: string, size: number, seed = 42): Promise<number> {
  await mkdir(dir, { recursive: true });
  let bytes = 0;
  for (const { name, text } of scaleCorpus(size, seed)) {
    const data = Buffer.from(text, 'utf8');
    bytes += data.length;
    await writeFile(join(dir, name), data);
  }
  return bytes;
}
