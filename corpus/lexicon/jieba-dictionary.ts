/** nodejieba's own dictionary, read by the lexicon builders to tell everyday words, places and names apart. */
import nodejieba from 'nodejieba';
import { readFileSync } from 'node:fs';

/** The path of nodejieba's main dictionary, which its module exports but its types leave out. */
const DEFAULT_DICT = (nodejieba as unknown as { readonly DEFAULT_DICT: string }).DEFAULT_DICT;

export interface DictionaryEntry {
  readonly freq: number;
  readonly tag: string;
}

let entries: ReadonlyMap<string, DictionaryEntry> | undefined;

/** Every word of the dictionary (`word frequency tag` per line) with its frequency and tag; read once. */
export function jiebaDictionary(): ReadonlyMap<string, DictionaryEntry> {
  if (entries) return entries;
  const words = new Map<string, DictionaryEntry>();
  for (const line of readFileSync(DEFAULT_DICT, 'utf8').split('\n')) {
    const [word, freq, tag] = line.split(' ');
    if (word && freq && tag) words.set(word, { freq: Number(freq), tag });
  }
  entries = words;
  return words;
}
