import { mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CACHE_DIR } from '../../neo4j/local/jars.ts';
import { deleteLocalStore } from '../../neo4j/local/server.ts';

const INSTANCE = `store-test-${process.pid}`;
const HOME = join(CACHE_DIR, 'instances', INSTANCE);

afterEach(async () => {
  await rm(HOME, { recursive: true, force: true });
});

describe('deleteLocalStore', () => {
  it("deletes a stopped instance's databases and keeps its conf and logs", async () => {
    await mkdir(join(HOME, 'data', 'databases', 'neo4j'), { recursive: true });
    await writeFile(join(HOME, 'data', 'databases', 'neo4j', 'neostore'), 'x');
    await mkdir(join(HOME, 'conf'), { recursive: true });
    await writeFile(join(HOME, 'conf', 'neo4j.conf'), 'server.bolt.enabled=true\n');
    await mkdir(join(HOME, 'logs'), { recursive: true });
    await writeFile(join(HOME, 'logs', 'console.log'), 'started\n');

    expect(await deleteLocalStore({ instance: INSTANCE })).toBe(true);
    await expect(stat(join(HOME, 'data'))).rejects.toMatchObject({ code: 'ENOENT' });
    expect(await readFile(join(HOME, 'conf', 'neo4j.conf'), 'utf8')).toBe('server.bolt.enabled=true\n');
    expect(await readFile(join(HOME, 'logs', 'console.log'), 'utf8')).toBe('started\n');
    expect(await deleteLocalStore({ instance: INSTANCE })).toBe(false);
  });

  it('takes a pid file naming a process that is not this instance\'s server as stopped', async () => {
    await mkdir(join(HOME, 'run'), { recursive: true });
    await mkdir(join(HOME, 'data'), { recursive: true });
    // This test's own process: alive, but not a Neo4j server with this instance's home.
    await writeFile(join(HOME, 'run', 'local-server.pid'), `${process.pid}\n`);
    expect(await deleteLocalStore({ instance: INSTANCE })).toBe(true);
    await expect(stat(join(HOME, 'data'))).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
