import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from './lexicon.ts';

/** What decides what an article yields: the stages, the rules, the schemas and the word lists. */
const EXTRACTION_SOURCES = ['pipeline/stages', 'pipeline/rules', 'schemas', 'corpus/lexicon'];

let cached: string | undefined;

function filesUnder(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? filesUnder(path) : [path];
    });
}

/**
 * A fingerprint of the extraction (12 hex digits of a SHA-256 over the files that decide it). An article is
 * skipped on re-ingest only when it was written by the same extraction; after a rule or a word list changes,
 * the next ingest reads every article again and replaces what each one wrote.
 */
export function extractorVersion(): string {
  if (cached) return cached;
  const hash = createHash('sha256');
  for (const dir of EXTRACTION_SOURCES) {
    for (const file of filesUnder(join(REPO_ROOT, dir))) {
      hash.update(file.slice(REPO_ROOT.length));
      hash.update(readFileSync(file));
    }
  }
  cached = hash.digest('hex').slice(0, 12);
  return cached;
}
