/**
 * The Neo4j jars: the version pinned in `./pom.xml`, fetched once from Maven Central into
 * `<repo>/.cache/neo4j/lib-<version>/`.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { access, readdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const POM_FILE = fileURLToPath(new URL('./pom.xml', import.meta.url));
/** The repository root, found from this module's location. */
export const REPO_ROOT: string = fileURLToPath(new URL('../../', import.meta.url));
/** `<repo>/.cache/neo4j`: jars and instances (git-ignored). */
export const CACHE_DIR: string = path.join(REPO_ROOT, '.cache', 'neo4j');
const JARS_COMPLETE_MARKER = '.complete';
/** Pinned so the copy behaves the same whatever Maven version is installed. */
const DEPENDENCY_PLUGIN = 'org.apache.maven.plugins:maven-dependency-plugin:3.8.1';
const OUTPUT_TAIL_LINES = 30;

/** The Neo4j version pinned in `neo4j/local/pom.xml`, e.g. `5.26.30`. */
export const NEO4J_VERSION: string = readPinnedVersion(POM_FILE);

function readPinnedVersion(pomFile: string): string {
  const pom = readFileSync(pomFile, 'utf8');
  const match = /<artifactId>neo4j<\/artifactId>\s*<version>([^<\s]+)<\/version>/.exec(pom);
  if (!match?.[1]) {
    throw new Error(`Expected ${pomFile} to pin org.neo4j:neo4j with a <version>, found none`);
  }
  return match[1];
}

/**
 * Returns the folder holding the server's jars, fetching them with Maven the first time.
 * A marker written after a complete copy makes later calls skip Maven entirely.
 */
export async function ensureJars(log: (line: string) => void): Promise<string> {
  const libDir = path.join(CACHE_DIR, `lib-${NEO4J_VERSION}`);
  if (await exists(path.join(libDir, JARS_COMPLETE_MARKER))) return libDir;

  const partial = `${libDir}.partial-${process.pid}`;
  await rm(partial, { recursive: true, force: true });
  log(`fetching the Neo4j ${NEO4J_VERSION} jars with Maven into ${path.relative(REPO_ROOT, libDir)} (once)`);
  const began = Date.now();
  try {
    await copyWithMaven(partial);
  } catch (error) {
    await rm(partial, { recursive: true, force: true });
    throw error;
  }
  const jars = (await readdir(partial)).filter((file) => file.endsWith('.jar')).sort();
  const mainJar = `neo4j-${NEO4J_VERSION}.jar`;
  if (!jars.includes(mainJar)) {
    throw new Error(`Expected Maven to copy ${mainJar} into ${partial}, found ${jars.length} jars without it`);
  }
  await writeFile(path.join(partial, JARS_COMPLETE_MARKER), `${jars.join('\n')}\n`);
  // Another process may have finished first; its copy is as good as ours.
  if (await exists(path.join(libDir, JARS_COMPLETE_MARKER))) {
    await rm(partial, { recursive: true, force: true });
  } else {
    await rm(libDir, { recursive: true, force: true });
    await rename(partial, libDir);
  }
  log(`fetched ${jars.length} jars in ${((Date.now() - began) / 1000).toFixed(1)} s`);
  return libDir;
}

function copyWithMaven(outputDir: string): Promise<void> {
  const args = [
    '-q',
    '-B',
    '-f',
    POM_FILE,
    `${DEPENDENCY_PLUGIN}:copy-dependencies`,
    '-DincludeScope=runtime',
    `-DoutputDirectory=${outputDir}`,
  ];
  return new Promise((resolvePromise, reject) => {
    const child = spawn('mvn', args, { cwd: path.dirname(POM_FILE), stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const collect = (chunk: Buffer): void => {
      output = (output + chunk.toString('utf8')).slice(-20_000);
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.once('error', (error: NodeJS.ErrnoException) => {
      reject(
        error.code === 'ENOENT'
          ? new Error('Expected Apache Maven (mvn) on PATH to fetch the Neo4j jars once, found no mvn command')
          : error,
      );
    });
    child.once('close', (code) => {
      if (code === 0) {
        resolvePromise();
        return;
      }
      reject(
        new Error(
          `Expected mvn to copy org.neo4j:neo4j:${NEO4J_VERSION} and its runtime dependencies, ` +
            `but it exited with code ${code}; is Maven Central reachable? Its last output:\n${tail(output)}`,
        ),
      );
    });
  });
}

function tail(output: string): string {
  const lines = output.trimEnd().split('\n').slice(-OUTPUT_TAIL_LINES);
  return lines.map((line) => `  | ${line}`).join('\n');
}

async function exists(file: string): Promise<boolean> {
  return access(file).then(
    () => true,
    () => false,
  );
}
