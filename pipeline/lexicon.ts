import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, found from this module's location. */
export const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const LEXICON_DIR = join(REPO_ROOT, 'corpus', 'lexicon');

/** The curated word lists in `corpus/lexicon/`, loaded once. */
export interface Lexicon {
  /** Known organisations: canonical name → other names. */
  readonly organizations: ReadonlyMap<string, readonly string[]>;
  /** Nickname or abbreviation → canonical name (宁王 → 宁德时代). */
  readonly aliases: ReadonlyMap<string, string>;
  readonly places: ReadonlySet<string>;
  readonly surnames: ReadonlySet<string>;
  /** Job titles, longest first. */
  readonly titles: readonly string[];
  /** Words that must not be read as names although they look like them (公司, 投资方). */
  readonly stopNames: ReadonlySet<string>;
  /** Words for the segmenter's user dictionary, with their tags. */
  readonly segmenterWords: readonly { word: string; tag: string }[];
}

function lines(file: string): string[][] {
  const text = readFileSync(join(LEXICON_DIR, file), 'utf8');
  return text
    .split('\n')
    .map((line) => line.replace(/#.*$/, '').trim())
    .filter((line) => line.length > 0)
    .map((line) => line.split(/\t+|\s{2,}/).map((cell) => cell.trim()));
}

/** A word list: words separated by spaces or line breaks. */
function words(file: string): string[] {
  return lines(file).flatMap((row) => row.join(' ').split(/\s+/)).filter(Boolean);
}

let cached: Lexicon | undefined;

export function loadLexicon(): Lexicon {
  if (cached) return cached;
  const organizations = new Map<string, string[]>();
  for (const [name, others] of lines('organizations.tsv')) {
    organizations.set(name!, others ? others.split(/[,，]/).map((s) => s.trim()).filter(Boolean) : []);
  }
  const aliases = new Map<string, string>();
  for (const [alias, canonical] of lines('aliases.tsv')) if (alias && canonical) aliases.set(alias, canonical);
  const places = new Set(words('places.txt'));
  const surnames = new Set(words('surnames.txt'));
  const titles = [...new Set(words('titles.txt'))].sort((a, b) => b.length - a.length);
  const stopNames = new Set(words('stop-names.txt'));
  const segmenterWords: { word: string; tag: string }[] = [];
  for (const [word, tag] of lines('words.tsv')) segmenterWords.push({ word: word!, tag: tag ?? 'n' });
  for (const [name, others] of organizations) {
    segmenterWords.push({ word: name, tag: 'nt' });
    for (const other of others) segmenterWords.push({ word: other, tag: 'nt' });
  }
  for (const alias of aliases.keys()) segmenterWords.push({ word: alias, tag: 'nt' });
  for (const place of places) segmenterWords.push({ word: place, tag: 'ns' });
  for (const title of titles) segmenterWords.push({ word: title, tag: 'n' });
  cached = { organizations, aliases, places, surnames, titles, stopNames, segmenterWords };
  return cached;
}
