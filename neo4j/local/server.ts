/**
 * A local Neo4j Community server without Docker.
 *
 * The jars come from Maven Central once (the version is pinned in `./pom.xml`) and are kept in
 * `<repo>/.cache/neo4j/lib-<version>/`. Each named instance has its own home in
 * `<repo>/.cache/neo4j/instances/<name>/` (conf, data, logs, run) and its JVM runs detached, so it
 * outlives the command that started it. Everything listens on 127.0.0.1 only.
 *
 * @example
 * const server = await startLocalServer({ instance: 'test', boltPort: 17687, httpPort: 17474 });
 * // connect with neo4j-driver to server.uri …
 * if (server.started) await stopLocalServer({ instance: 'test' });
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdir, open, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import path from 'node:path';
import neo4j, { type AuthToken, type Config } from 'neo4j-driver';
import { CACHE_DIR, ensureJars, NEO4J_VERSION, REPO_ROOT } from './jars.ts';
import { isAlive, sleep, terminate } from './process.ts';

export { NEO4J_VERSION } from './jars.ts';

/** Options shared by {@link startLocalServer}, {@link stopLocalServer} and {@link localServerStatus}. */
export interface LocalServerOptions {
  /** Name of the instance; each has its own data and config. Default `'default'`. */
  readonly instance?: string;
  /** Bolt port on 127.0.0.1. Default `KG_NEO4J_BOLT_PORT`, else 7687. */
  readonly boltPort?: number;
  /** HTTP port on 127.0.0.1. Default `KG_NEO4J_HTTP_PORT`, else 7474. */
  readonly httpPort?: number;
  /**
   * If set, auth is enabled and user `neo4j` logs in with this password (set on the first start with it);
   * otherwise auth is disabled. At least 8 characters, Neo4j's minimum.
   */
  readonly password?: string;
  /** Maximum JVM heap in MiB. Default 1024. */
  readonly heapMb?: number;
  /** How long to wait for Bolt to answer `RETURN 1`. Default 120 000 ms. */
  readonly startTimeoutMs?: number;
  /** How long to wait after SIGTERM before SIGKILL when stopping. Default 60 000 ms. */
  readonly stopTimeoutMs?: number;
  /** Receives progress lines (never the password). Default: silent. */
  readonly log?: (line: string) => void;
}

/** A running local server, as returned by {@link startLocalServer}. */
export interface LocalServer {
  /** Bolt URI, e.g. `bolt://127.0.0.1:7687`. */
  readonly uri: string;
  /** Always `neo4j`. */
  readonly user: string;
  /** The password when auth is enabled, else `undefined`. */
  readonly password: string | undefined;
  /** Process id of the server's JVM. */
  readonly pid: number;
  /** `true` if this call started the server, `false` if it was already running. */
  readonly started: boolean;
}

/** What {@link localServerStatus} reports. */
export interface LocalServerStatus {
  /** Whether the instance's JVM is alive (it may still be starting). */
  readonly running: boolean;
  /** Process id of the JVM when running. */
  readonly pid?: number;
  /** Bolt URI of the running server; when stopped, that of `boltPort` if given, else of its last start. */
  readonly uri: string;
  /** The pinned Neo4j version, e.g. `5.26.30`. */
  readonly version: string;
}

/** What {@link stopLocalServer} did. */
export interface LocalServerStop {
  /** `false` if there was no live server to stop. */
  readonly wasRunning: boolean;
  /** Process id of the JVM that was stopped. */
  readonly pid?: number;
}

const HOST = '127.0.0.1';
const USER = 'neo4j';
const DEFAULT_INSTANCE = 'default';
const DEFAULT_BOLT_PORT = 7687;
const DEFAULT_HTTP_PORT = 7474;
const DEFAULT_HEAP_MB = 1024;
const PAGE_CACHE_MB = 256;
const DEFAULT_START_TIMEOUT_MS = 120_000;
const DEFAULT_STOP_TIMEOUT_MS = 60_000;
/** Neo4j's default `dbms.security.auth_minimum_password_length`. */
const MIN_PASSWORD_LENGTH = 8;
const LOG_TAIL_LINES = 30;
const MAIN_CLASS = 'org.neo4j.server.CommunityEntryPoint';

/**
 * The flags `bin/neo4j` passes: the `server.jvm.additional` defaults of the 5.26 `neo4j.conf` plus what its
 * bootloader adds (`-Dfile.encoding`). Started directly, the server reads none of them, so they are given here.
 * Left out: `-XX:+AlwaysPreTouch`, which commits the whole initial heap up front; a local server should stay small.
 */
const JVM_FLAGS: readonly string[] = [
  '-XX:+UseG1GC',
  '-XX:-OmitStackTraceInFastThrow',
  '-XX:+UnlockExperimentalVMOptions',
  '-XX:+TrustFinalNonStaticFields',
  '-XX:+DisableExplicitGC',
  '-Djdk.nio.maxCachedBufferSize=1024',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-Djdk.tls.ephemeralDHKeySize=2048',
  '-Djdk.tls.rejectClientInitiatedRenegotiation=true',
  '-XX:FlightRecorderOptions=stackdepth=256',
  '-XX:+UnlockDiagnosticVMOptions',
  '-XX:+DebugNonSafepoints',
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--enable-native-access=ALL-UNNAMED',
  '-Dlog4j2.disable.jmx=true',
  '-Dlog4j.layout.jsonTemplate.maxStringLength=32768',
  '-Dfile.encoding=UTF-8',
];

interface InstancePaths {
  readonly name: string;
  readonly home: string;
  readonly confDir: string;
  readonly confFile: string;
  readonly dataDir: string;
  readonly logsDir: string;
  readonly runDir: string;
  readonly importDir: string;
  readonly pidFile: string;
  readonly consoleLog: string;
}

interface Resolved {
  readonly paths: InstancePaths;
  readonly boltPort: number;
  readonly httpPort: number;
  readonly password: string | undefined;
  readonly heapMb: number;
  readonly startTimeoutMs: number;
  readonly stopTimeoutMs: number;
  readonly log: (line: string) => void;
}

/** The ports and auth mode an instance was last started with, read back from its `neo4j.conf`. */
interface WrittenConf {
  readonly boltPort: number;
  readonly auth: boolean;
}

/**
 * Reads a port number from an environment variable.
 *
 * @returns `fallback` when the variable is unset or empty.
 * @throws if the value is not an integer from 1 to 65535.
 */
export function portFromEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const port = Number(raw);
  if (!isPort(port)) {
    throw new RangeError(`Expected ${name} to be a port number from 1 to 65535, got ${JSON.stringify(raw)}`);
  }
  return port;
}

/**
 * Starts the instance if it is not running and waits until Bolt answers `RETURN 1`.
 *
 * Idempotent: if the instance is already running and answers, returns it with `started: false`. The first
 * call downloads the jars with Maven; later calls reuse them.
 *
 * @throws if the ports are taken by another process, or the server exits or does not answer within
 * `startTimeoutMs`; the message names the instance and port and ends with the tail of the server log.
 */
export async function startLocalServer(options: LocalServerOptions = {}): Promise<LocalServer> {
  const settings = resolve(options);
  const { paths, log } = settings;
  await mkdir(paths.runDir, { recursive: true });

  const runningPid = await readLivePid(paths);
  if (runningPid !== undefined) return attachToRunning(settings, runningPid);
  await rm(paths.pidFile, { force: true });

  await assertPortFree(settings.boltPort, 'Bolt', 'boltPort / KG_NEO4J_BOLT_PORT', paths.name);
  await assertPortFree(settings.httpPort, 'HTTP', 'httpPort / KG_NEO4J_HTTP_PORT', paths.name);

  const libDir = await ensureJars(log);
  await Promise.all([paths.confDir, paths.dataDir, paths.logsDir, paths.importDir].map((dir) => mkdir(dir, { recursive: true })));
  await writeFile(paths.confFile, renderConf(settings, libDir));

  const uri = boltUri(settings.boltPort);
  const logOffset = await fileSize(paths.consoleLog);
  const child = await spawnServer(settings, libDir, uri);
  const pid = child.pid;
  if (pid === undefined) throw new Error(`Expected a process id for the neo4j instance '${paths.name}', got none`);
  await writeFile(paths.pidFile, `${pid}\n`);
  log(`started JVM pid ${pid}; waiting for ${uri} (log: ${path.relative(REPO_ROOT, paths.consoleLog)})`);

  let exit: string | undefined;
  child.once('exit', (code, signal) => {
    exit = signal === null ? `the server process exited with code ${code}` : `the server process was killed by ${signal}`;
  });
  child.unref();

  try {
    await waitForBolt(settings, () => exit);
  } catch (error) {
    const stopped = exit === undefined ? '; its process was stopped' : '';
    await terminate(pid, settings.stopTimeoutMs).catch(() => undefined);
    await rm(paths.pidFile, { force: true });
    throw await startError(paths, `did not start on ${uri}`, `${errorMessage(error)}${stopped}`, logOffset);
  }
  return { uri, user: USER, password: settings.password, pid, started: true };
}

/**
 * Stops the instance: SIGTERM, then SIGKILL if it has not exited after `stopTimeoutMs`; removes the pid file.
 * Does nothing (and does not throw) if the instance is not running.
 */
export async function stopLocalServer(options: LocalServerOptions = {}): Promise<LocalServerStop> {
  const settings = resolve(options);
  const pid = await readLivePid(settings.paths);
  if (pid === undefined) {
    await rm(settings.paths.pidFile, { force: true });
    return { wasRunning: false };
  }
  settings.log(`stopping pid ${pid}`);
  await terminate(pid, settings.stopTimeoutMs);
  await rm(settings.paths.pidFile, { force: true });
  return { wasRunning: true, pid };
}

/**
 * Deletes the instance's databases (its `data` directory), keeping its conf and logs: the next start creates
 * new, empty ones. A password set on the old store goes with it, and the next start with a password sets it.
 *
 * @returns whether there was a store to delete.
 * @throws if the instance is running: a live server's files are not to be pulled from under it.
 */
export async function deleteLocalStore(options: LocalServerOptions = {}): Promise<boolean> {
  const { paths } = resolve(options);
  const pid = await readLivePid(paths);
  if (pid !== undefined) throw new Error(`expected the neo4j instance '${paths.name}' to be stopped before its store is deleted, found it running as pid ${pid}`);
  const existed = await stat(paths.dataDir).then(
    () => true,
    () => false,
  );
  await rm(paths.dataDir, { recursive: true, force: true });
  return existed;
}

/**
 * Reports whether the instance's JVM is alive, with its pid and Bolt URI. Does not start or stop anything.
 * The URI is the running server's; when stopped, that of `boltPort` if given, else of its last start.
 */
export async function localServerStatus(options: LocalServerOptions = {}): Promise<LocalServerStatus> {
  const settings = resolve(options);
  const pid = await readLivePid(settings.paths);
  const conf = await readWrittenConf(settings.paths);
  if (pid === undefined) {
    const port = options.boltPort ?? conf?.boltPort ?? settings.boltPort;
    return { running: false, uri: boltUri(port), version: NEO4J_VERSION };
  }
  return { running: true, pid, uri: boltUri(conf?.boltPort ?? settings.boltPort), version: NEO4J_VERSION };
}

function resolve(options: LocalServerOptions): Resolved {
  const name = options.instance ?? DEFAULT_INSTANCE;
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(name)) {
    throw new TypeError(`Expected instance to be a name of letters, digits, '.', '_' or '-', got ${JSON.stringify(name)}`);
  }
  const boltPort = options.boltPort ?? portFromEnv('KG_NEO4J_BOLT_PORT', DEFAULT_BOLT_PORT);
  const httpPort = options.httpPort ?? portFromEnv('KG_NEO4J_HTTP_PORT', DEFAULT_HTTP_PORT);
  for (const [label, port] of [['boltPort', boltPort], ['httpPort', httpPort]] as const) {
    if (!isPort(port)) throw new RangeError(`Expected ${label} to be an integer from 1 to 65535, got ${String(port)}`);
  }
  if (boltPort === httpPort) throw new RangeError(`Expected boltPort and httpPort to differ, got ${boltPort} for both`);

  const { password } = options;
  if (password !== undefined && password.length < MIN_PASSWORD_LENGTH) {
    throw new RangeError(
      `Expected password to have at least ${MIN_PASSWORD_LENGTH} characters (Neo4j's minimum), got ${password.length}`,
    );
  }
  const heapMb = options.heapMb ?? DEFAULT_HEAP_MB;
  if (!Number.isInteger(heapMb) || heapMb < 256) {
    throw new RangeError(`Expected heapMb to be an integer of at least 256, got ${String(heapMb)}`);
  }
  const startTimeoutMs = positive(options.startTimeoutMs ?? DEFAULT_START_TIMEOUT_MS, 'startTimeoutMs');
  const stopTimeoutMs = positive(options.stopTimeoutMs ?? DEFAULT_STOP_TIMEOUT_MS, 'stopTimeoutMs');
  const log = options.log ?? (() => undefined);
  return { paths: instancePaths(name), boltPort, httpPort, password, heapMb, startTimeoutMs, stopTimeoutMs, log };
}

function instancePaths(name: string): InstancePaths {
  const home = path.join(CACHE_DIR, 'instances', name);
  const confDir = path.join(home, 'conf');
  const logsDir = path.join(home, 'logs');
  const runDir = path.join(home, 'run');
  return {
    name,
    home,
    confDir,
    confFile: path.join(confDir, 'neo4j.conf'),
    dataDir: path.join(home, 'data'),
    logsDir,
    runDir,
    importDir: path.join(home, 'import'),
    // Not run/neo4j.pid: the server writes and deletes that one itself.
    pidFile: path.join(runDir, 'local-server.pid'),
    consoleLog: path.join(logsDir, 'console.log'),
  };
}

async function attachToRunning(settings: Resolved, pid: number): Promise<LocalServer> {
  const { paths, password } = settings;
  const conf = await readWrittenConf(paths);
  const uri = boltUri(conf?.boltPort ?? settings.boltPort);
  if (conf && conf.auth !== (password !== undefined)) {
    throw new Error(
      `Expected the running neo4j instance '${paths.name}' (pid ${pid}, ${uri}) to have auth ` +
        `${password === undefined ? 'disabled' : 'enabled'} as requested, found it ${conf.auth ? 'enabled' : 'disabled'}; ` +
        `stop it first (node --import tsx neo4j/local/cli.ts stop --instance ${paths.name}) to restart it in the other mode`,
    );
  }
  settings.log(`already running as pid ${pid} at ${uri}`);
  try {
    await waitForBolt({ ...settings, boltPort: conf?.boltPort ?? settings.boltPort }, () =>
      isOurServer(pid, paths) ? undefined : 'the server process exited',
    );
  } catch (error) {
    throw await startError(paths, `is running as pid ${pid} but does not answer on ${uri}`, errorMessage(error), 0);
  }
  return { uri, user: USER, password, pid, started: false };
}

/** Only valid 5.x keys: the server refuses to start on an unknown one. */
function renderConf(settings: Resolved, libDir: string): string {
  const { paths, boltPort, httpPort, password, heapMb } = settings;
  const lines = [
    '# Written by neo4j/local/server.ts on every start; edits here are overwritten.',
    `server.directories.data=${confPath(paths.dataDir)}`,
    `server.directories.logs=${confPath(paths.logsDir)}`,
    `server.directories.run=${confPath(paths.runDir)}`,
    `server.directories.import=${confPath(paths.importDir)}`,
    `server.directories.lib=${confPath(libDir)}`,
    `server.default_listen_address=${HOST}`,
    `server.default_advertised_address=${HOST}`,
    'server.bolt.enabled=true',
    `server.bolt.listen_address=${HOST}:${boltPort}`,
    `server.bolt.advertised_address=${HOST}:${boltPort}`,
    'server.http.enabled=true',
    `server.http.listen_address=${HOST}:${httpPort}`,
    `server.http.advertised_address=${HOST}:${httpPort}`,
    'server.https.enabled=false',
    `dbms.security.auth_enabled=${password !== undefined}`,
    // These only inform the server; the -Xms/-Xmx flags of the JVM set the heap.
    `server.memory.heap.initial_size=${initialHeapMb(heapMb)}m`,
    `server.memory.heap.max_size=${heapMb}m`,
    // The default is half of the machine's RAM; a local server needs little.
    `server.memory.pagecache.size=${PAGE_CACHE_MB}m`,
    'dbms.usage_report.enabled=false',
    // The default keeps two days of transaction logs: the benchmark's instance grew 3.6 GB of them in a day, and
    // its batched writes ran at a quarter of their speed. Recovery needs only the logs since the last checkpoint.
    'db.tx_log.rotation.retention_policy=1G size',
    // By default each database reserves its next 256 MB log file on disk before writing a byte of it: half a GB
    // per instance for the two databases, most of it never written by a test's or a sample's few transactions.
    'db.tx_log.preallocate=false',
    // Netty waits this many seconds of quiet per Bolt connector on shutdown (default 5, two connectors).
    'internal.dbms.bolt.netty_server_shutdown_quiet_period=0',
  ];
  return `${lines.join('\n')}\n`;
}

async function readWrittenConf(paths: InstancePaths): Promise<WrittenConf | undefined> {
  let text: string;
  try {
    text = await readFile(paths.confFile, 'utf8');
  } catch {
    return undefined;
  }
  const port = /^server\.bolt\.listen_address=.*:(\d+)\s*$/m.exec(text)?.[1];
  const auth = /^dbms\.security\.auth_enabled=(\w+)\s*$/m.exec(text)?.[1];
  if (port === undefined) return undefined;
  return { boltPort: Number(port), auth: auth === 'true' };
}

async function spawnServer(settings: Resolved, libDir: string, uri: string): Promise<ChildProcess> {
  const { paths, heapMb } = settings;
  const java = process.env.JAVA_HOME ? path.join(process.env.JAVA_HOME, 'bin', 'java') : 'java';
  const args = [
    `-Xms${initialHeapMb(heapMb)}m`,
    `-Xmx${heapMb}m`,
    ...JVM_FLAGS,
    '-cp',
    path.join(libDir, '*'),
    MAIN_CLASS,
    `--home-dir=${paths.home}`,
    `--config-dir=${paths.confDir}`,
    '--console-mode',
  ];
  settings.log(`starting Neo4j ${NEO4J_VERSION} instance '${paths.name}' on ${uri}`);
  const out = await open(paths.consoleLog, 'a');
  try {
    await out.write(`\n----- ${new Date().toISOString()} starting Neo4j ${NEO4J_VERSION} on ${uri} -----\n`);
    const child = spawn(java, args, { cwd: paths.home, detached: true, stdio: ['ignore', out.fd, out.fd] });
    await new Promise<void>((resolvePromise, reject) => {
      child.once('spawn', resolvePromise);
      child.once('error', (error: NodeJS.ErrnoException) => {
        reject(
          error.code === 'ENOENT'
            ? new Error(`Expected Java 17 or 21 at ${java} (JAVA_HOME or PATH) to run Neo4j, found none`)
            : error,
        );
      });
    });
    // Keeps a later spawn error from becoming an uncaught exception.
    child.on('error', () => undefined);
    return child;
  } finally {
    await out.close();
  }
}

type Probe =
  | { readonly state: 'ready' }
  | { readonly state: 'down'; readonly reason: string }
  | { readonly state: 'refused'; readonly code: string; readonly reason: string };

/**
 * Polls until `RETURN 1` succeeds. With a password, a fresh instance refuses it until the initial password of
 * `neo4j` is changed from the default, which is done here once.
 */
async function waitForBolt(settings: Resolved, exited: () => string | undefined): Promise<void> {
  const uri = boltUri(settings.boltPort);
  const { password } = settings;
  const auth = password === undefined ? undefined : neo4j.auth.basic(USER, password);
  const deadline = Date.now() + settings.startTimeoutMs;
  let lastReason = 'no answer yet';
  let passwordSet = false;
  for (;;) {
    const exit = exited();
    if (exit !== undefined) throw new Error(`${exit} before Bolt answered`);
    const probe = await probeBolt(uri, auth, 'RETURN 1');
    if (probe.state === 'ready') return;
    if (probe.state === 'refused') {
      if (password === undefined) {
        throw new Error(`the server refused a login without credentials (${probe.code}); is auth enabled on it?`);
      }
      if (passwordSet || probe.code !== 'Neo.ClientError.Security.Unauthorized') {
        throw new Error(`the server refused the password for user ${USER} (${probe.code})`);
      }
      await setInitialPassword(uri, password, settings.log);
      passwordSet = true;
      continue;
    }
    lastReason = probe.reason;
    if (Date.now() >= deadline) {
      throw new Error(`Bolt did not answer RETURN 1 within ${settings.startTimeoutMs} ms (last error: ${lastReason})`);
    }
    await sleep(250);
  }
}

async function setInitialPassword(uri: string, password: string, log: (line: string) => void): Promise<void> {
  const driver = neo4j.driver(uri, neo4j.auth.basic(USER, 'neo4j'), driverConfig());
  const session = driver.session({ database: 'system' });
  try {
    await session.run('ALTER CURRENT USER SET PASSWORD FROM $current TO $next', { current: 'neo4j', next: password });
    log(`set the password of user ${USER} (first start with auth)`);
  } catch (error) {
    const code = errorCode(error);
    if (code === 'Neo.ClientError.Security.Unauthorized') {
      throw new Error(
        `the server refused the password for user ${USER}: it was set to a different one when auth was first ` +
          `enabled on this instance (delete its data directory to start afresh)`,
      );
    }
    throw new Error(`Expected to set the initial password of user ${USER}, got ${code}: ${errorMessage(error)}`);
  } finally {
    await session.close().catch(() => undefined);
    await driver.close().catch(() => undefined);
  }
}

async function probeBolt(uri: string, auth: AuthToken | undefined, query: string): Promise<Probe> {
  const driver = neo4j.driver(uri, auth, driverConfig());
  const session = driver.session();
  try {
    await session.run(query);
    return { state: 'ready' };
  } catch (error) {
    const code = errorCode(error);
    if (code.startsWith('Neo.ClientError.Security.')) return { state: 'refused', code, reason: errorMessage(error) };
    return { state: 'down', reason: `${code}: ${errorMessage(error)}` };
  } finally {
    await session.close().catch(() => undefined);
    await driver.close().catch(() => undefined);
  }
}

function driverConfig(): Config {
  return { connectionTimeout: 5_000, connectionAcquisitionTimeout: 10_000, maxConnectionPoolSize: 1 };
}

async function assertPortFree(port: number, what: string, override: string, instance: string): Promise<void> {
  const free = await new Promise<boolean>((resolvePromise, reject) => {
    const server = createServer();
    server.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE') resolvePromise(false);
      else reject(error);
    });
    server.listen({ host: HOST, port, exclusive: true }, () => {
      server.close(() => resolvePromise(true));
    });
  });
  if (free) return;
  const owner = await findInstanceOnPort(port);
  const by = owner ? `neo4j instance '${owner.name}' of this repository (pid ${owner.pid})` : 'another process';
  throw new Error(
    `Expected ${what} port ${port} on ${HOST} to be free for neo4j instance '${instance}', found it in use by ${by}; ` +
      `stop that or choose another port (${override})`,
  );
}

async function findInstanceOnPort(port: number): Promise<{ name: string; pid: number } | undefined> {
  const names = await readdir(path.join(CACHE_DIR, 'instances')).catch((): string[] => []);
  const listens = new RegExp(`^server\\.\\w+\\.listen_address=.*:${port}\\s*$`, 'm');
  for (const name of names) {
    const paths = instancePaths(name);
    const conf = await readFile(paths.confFile, 'utf8').catch(() => '');
    if (!listens.test(conf)) continue;
    const pid = await readLivePid(paths);
    if (pid !== undefined) return { name, pid };
  }
  return undefined;
}

/** The pid from the pid file if that process is alive and is this instance's server. */
async function readLivePid(paths: InstancePaths): Promise<number | undefined> {
  const text = await readFile(paths.pidFile, 'utf8').catch(() => undefined);
  if (text === undefined) return undefined;
  const pid = Number(text.trim());
  if (!Number.isInteger(pid) || pid <= 0) return undefined;
  return isOurServer(pid, paths) ? pid : undefined;
}

/** Where /proc exists, also guards against a reused pid and counts a zombie as dead. */
function isOurServer(pid: number, paths: InstancePaths): boolean {
  if (!isAlive(pid)) return false;
  let cmdline: string;
  try {
    cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
  } catch {
    return true;
  }
  return cmdline.includes(MAIN_CLASS) && cmdline.includes(`--home-dir=${paths.home}`);
}

async function startError(paths: InstancePaths, what: string, cause: string, logOffset: number): Promise<Error> {
  const tail = await readTail(paths.consoleLog, logOffset);
  return new Error(
    `neo4j instance '${paths.name}' ${what}: ${cause}.\n` +
      `Last ${LOG_TAIL_LINES} lines of ${paths.consoleLog}:\n${indent(tail || '(empty)')}`,
  );
}

async function readTail(file: string, offset: number): Promise<string> {
  const text = await readFile(file).catch(() => Buffer.alloc(0));
  return lastLines(text.subarray(Math.min(offset, text.length)).toString('utf8'), LOG_TAIL_LINES);
}

function lastLines(text: string, count: number): string {
  return text.trimEnd().split('\n').slice(-count).join('\n');
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((line) => `  | ${line}`)
    .join('\n');
}

function boltUri(port: number): string {
  return `bolt://${HOST}:${port}`;
}

function initialHeapMb(heapMb: number): number {
  return Math.min(256, heapMb);
}

function confPath(file: string): string {
  return file.split(path.sep).join('/');
}

function isPort(value: number): boolean {
  return Number.isInteger(value) && value >= 1 && value <= 65535;
}

function positive(value: number, name: string): number {
  if (!Number.isFinite(value) || value <= 0) {
    throw new RangeError(`Expected ${name} to be a positive number of milliseconds, got ${String(value)}`);
  }
  return value;
}

async function fileSize(file: string): Promise<number> {
  return (await stat(file).catch(() => undefined))?.size ?? 0;
}

function errorCode(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : 'Error';
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
