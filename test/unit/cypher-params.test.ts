/**
 * Every value reaches Neo4j as a parameter, and every label and relationship type comes from the schema's closed
 * lists. Scans the Cypher files and the TypeScript sources for statements built from strings.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cypher, relationUpsert } from '../../neo4j/client.ts';
import { REPO_ROOT } from '../../pipeline/lexicon.ts';
import { ENTITY_TYPES, RELATION_TYPES, type RelationType } from '../../schemas/index.ts';

const THIS_FILE = 'test/unit/cypher-params.test.ts';
const LABELS: readonly string[] = ['Entity', 'Article', 'Alias', 'SourceFile', ...ENTITY_TYPES];
const TYPES: readonly string[] = ['MENTIONS', 'ALIAS_OF', 'HOLDS', ...RELATION_TYPES];

function files(dir: string, extension: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(join(REPO_ROOT, dir), { withFileTypes: true })) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...files(path, extension));
    else if (entry.name.endsWith(extension)) out.push(path);
  }
  return out.sort();
}

function withoutComments(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/\/\/.*$/, ''))
    .join('\n');
}

/** A string that reads as a Cypher statement rather than prose that names a keyword. */
const CYPHER = /\b(?:MATCH|MERGE|CREATE)\s*\(|\bUNWIND\b[\s\S]*\bAS\b|\b(?:SET|REMOVE)\s+\w+[.:]|\bDETACH\s+DELETE\b|\bRETURN\b[\s\S]*\bAS\b|^\s*(?:EXPLAIN|PROFILE)\b|\bCALL\s*(?:\(|\{|db\.)/;

/** Template literals (without nesting) and single- or double-quoted strings of a TypeScript source. */
function literals(source: string): { kind: 'template' | 'quoted'; text: string; index: number }[] {
  const out: { kind: 'template' | 'quoted'; text: string; index: number }[] = [];
  for (const match of source.matchAll(/`(?:\\[\s\S]|[^`\\])*`|'(?:\\.|[^'\\\n])*'|"(?:\\.|[^"\\\n])*"/g)) {
    out.push({ kind: match[0].startsWith('`') ? 'template' : 'quoted', text: match[0], index: match.index });
  }
  return out;
}

/** Cypher built from strings: a template literal with `${…}`, or a quoted statement joined with `+`. */
function stringBuiltCypher(source: string): string[] {
  const found: string[] = [];
  for (const literal of literals(source)) {
    const body = literal.text.slice(1, -1);
    if (!CYPHER.test(body)) continue;
    if (literal.kind === 'template' && body.includes('${')) found.push(literal.text);
    if (literal.kind === 'quoted') {
      const before = source.slice(Math.max(0, literal.index - 3), literal.index);
      const after = source.slice(literal.index + literal.text.length, literal.index + literal.text.length + 3);
      if (/\+\s*$/.test(before) || /^\s*\+/.test(after)) found.push(literal.text);
    }
  }
  // Cypher text rewritten after loading: only relationUpsert may do that, with a type from the schema.
  for (const match of source.matchAll(/cypher\([^)]*\)\s*\.\s*replace(?:All)?\(/g)) found.push(match[0]);
  return found;
}

/**
 * Interpolations that are not data: `kg query cypher` asks the server to EXPLAIN the user's own statement
 * (to refuse writes) before running it; the writer's tests PROFILE the migration statement as the file holds it.
 */
const ALLOWED: readonly { file: string; literal: string }[] = [
  { file: 'pipeline/queries.ts', literal: '`EXPLAIN ${query}`' },
  { file: 'test/integration/writer.test.ts', literal: "`PROFILE ${cypher('queries/migrate/link-source-files.cypher')}`" },
];

describe('the scanner itself', () => {
  it.each([
    ['a value spliced into a template', 'tx.run(`MATCH (e:Entity {name: "${name}"}) RETURN e`)'],
    ['a label spliced into a template', 'const q = `MERGE (e:${label} {id: $id})`;'],
    ['a statement joined with +', "session.run('MATCH (e) WHERE e.name = ' + name + ' RETURN e AS e')"],
    ['a loaded statement rewritten', "cypher('queries/x.cypher').replaceAll('__LABEL__', label)"],
  ])('finds %s', (_what, source) => {
    expect(stringBuiltCypher(source).length).toBeGreaterThan(0);
  });

  it.each([
    ['a parameterised statement', "tx.run('MATCH (e:Entity {id: $id}) RETURN e.name AS name', { id })"],
    ['a message that names a keyword', 'throw new Error(`Bolt did not answer RETURN 1 within ${ms} ms`)'],
    ['a loaded statement', "tx.run(cypher('queries/write/mark-complete.cypher'), { ids })"],
  ])('leaves alone %s', (_what, source) => {
    expect(stringBuiltCypher(source)).toEqual([]);
  });
});

describe('TypeScript sources', () => {
  const sources = ['pipeline', 'neo4j', 'bench', 'bin', 'schemas', 'corpus', 'test'].flatMap((dir) => [...files(dir, '.ts'), ...files(dir, '.js'), ...files(dir, '.mjs')]);

  it('scans a real set of files', () => {
    expect(sources).toEqual(expect.arrayContaining(['neo4j/client.ts', 'pipeline/stages/upsert.ts', 'pipeline/queries.ts']));
  });

  it('build no Cypher from strings: values go as parameters, statements come from neo4j/*.cypher', () => {
    const offenders: string[] = [];
    let rewrites = 0;
    for (const file of sources) {
      if (file === THIS_FILE) continue;
      const source = readFileSync(join(REPO_ROOT, file), 'utf8');
      for (const literal of stringBuiltCypher(source)) {
        if (file === 'neo4j/client.ts' && /^cypher\('queries\/write\/upsert-relations\.cypher'\)\s*\.replaceAll\($/.test(literal)) {
          rewrites++;
          continue;
        }
        if (ALLOWED.some((a) => a.file === file && a.literal === literal)) continue;
        offenders.push(`${file}: ${literal}`);
      }
    }
    expect(offenders).toEqual([]);
    // The one rewrite is relationUpsert's relationship type.
    expect(rewrites).toBe(1);
  });
});

describe('Cypher files', () => {
  const cypherFiles = files('neo4j', '.cypher');

  it('finds the writer and the queries', () => {
    expect(cypherFiles).toEqual(expect.arrayContaining(['neo4j/constraints.cypher', 'neo4j/queries/write/upsert-relations.cypher', 'neo4j/queries/co-investors.cypher']));
  });

  it.each(cypherFiles)('%s: labels and relationship types from the schema, no placeholders but __TYPE__ in the relation upsert', (file) => {
    const text = withoutComments(readFileSync(join(REPO_ROOT, file), 'utf8'));
    const labels = [...text.matchAll(/\(\s*\w*\s*((?::\s*[A-Za-z_]\w*)+)/g), ...text.matchAll(/\bSET\s+\w+((?::[A-Za-z_]\w*)+)/g)].flatMap((m) =>
      m[1]!.split(':').map((l) => l.trim()).filter(Boolean),
    );
    for (const label of labels) expect(LABELS, `${file}: label ${label}`).toContain(label);
    const types = [...text.matchAll(/\[\s*\w*\s*:\s*([A-Za-z_|:\s]+?)\s*(?:\*|\{|\])/g)].flatMap((m) => m[1]!.split(/[|:]/).map((t) => t.trim()).filter(Boolean));
    for (const type of types) {
      if (type === '__TYPE__' && file === 'neo4j/queries/write/upsert-relations.cypher') continue;
      expect(TYPES, `${file}: relationship type ${type}`).toContain(type);
    }
    const placeholders = text.match(/__[A-Z]+__|\$\{|\{\{|%s/g) ?? [];
    expect(placeholders).toEqual(file === 'neo4j/queries/write/upsert-relations.cypher' ? ['__TYPE__'] : []);
  });

  it.each(cypherFiles.filter((f) => f.includes('/write/')))('%s: a write statement takes its values as $parameters', (file) => {
    const text = withoutComments(readFileSync(join(REPO_ROOT, file), 'utf8'));
    if (!/\b(?:MERGE|CREATE|SET|DELETE|REMOVE)\b/.test(text)) return;
    expect(text).toMatch(/\$(?:rows|ids)\b/);
  });
});

describe('relationUpsert', () => {
  it.each(RELATION_TYPES)('makes the statement for %s from the schema list', (type) => {
    const statement = relationUpsert(type);
    expect(statement).not.toContain('__TYPE__');
    expect(statement).toContain(`[r:${type} {key: row.props.key}]`);
    expect(statement.replaceAll(type, '')).toBe(cypher('queries/write/upsert-relations.cypher').replaceAll('__TYPE__', ''));
  });

  it.each(["INVESTED_IN]->() DETACH DELETE s //", 'invested_in', '', 'MENTIONS'])('refuses a type outside the schema: %j', (type) => {
    expect(() => relationUpsert(type as RelationType)).toThrow(/^expected a relation type from the schema, found /);
  });
});
