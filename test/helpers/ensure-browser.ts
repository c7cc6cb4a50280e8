/**
 * Makes sure the browser test has what it needs: Chromium at `/usr/bin/chromium` and a font with Chinese glyphs
 * (so labels render as characters, not boxes). On a machine without them, running as root with `apt-get`
 * (Debian, Ubuntu, the CI image), installs `chromium` and `fonts-noto-cjk` once; anywhere else it fails with
 * what to install. It never skips: a browser test that cannot run is a failure.
 *
 * @example
 * beforeAll(async () => { browser = await chromium.launch({ executablePath: (await ensureBrowser()).executablePath }); }, 900_000);
 */
import { execFile, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { promisify } from 'node:util';

export const CHROMIUM = '/usr/bin/chromium';
const PACKAGES = ['chromium', 'fonts-noto-cjk'] as const;

export interface BrowserCheck {
  readonly executablePath: string;
  /** Families of the installed fonts that cover Chinese (`fc-list :lang=zh family`). */
  readonly cjkFonts: readonly string[];
  /** Seconds `apt-get` took, when this call installed something. */
  readonly installSeconds?: number;
}

async function cjkFonts(): Promise<string[]> {
  try {
    const { stdout } = await promisify(execFile)('fc-list', [':lang=zh', 'family']);
    return [...new Set(stdout.split('\n').map((line) => line.trim()).filter(Boolean))].sort();
  } catch {
    return []; // no fontconfig: no fonts Chromium could use either
  }
}

function missing(fonts: readonly string[]): string[] {
  return [...(existsSync(CHROMIUM) ? [] : [`Chromium at ${CHROMIUM}`]), ...(fonts.length > 0 ? [] : ['a font covering Chinese (fc-list :lang=zh lists none)'])];
}

function run(command: string, args: readonly string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let tail = '';
    const keep = (chunk: Buffer): void => {
      tail = (tail + chunk.toString('utf8')).slice(-4000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`expected "${command} ${args.join(' ')}" to exit with 0, it exited with ${code}:\n${tail}`))));
  });
}

/** Checks for Chromium and a Chinese font, installing them with apt-get when possible; throws saying what is missing. */
export async function ensureBrowser(log: (line: string) => void = (line) => console.error(line)): Promise<BrowserCheck> {
  let fonts = await cjkFonts();
  const absent = missing(fonts);
  if (absent.length === 0) return { executablePath: CHROMIUM, cjkFonts: fonts };

  const root = process.getuid?.() === 0;
  const aptGet = ['/usr/bin/apt-get', '/bin/apt-get'].find((path) => existsSync(path));
  const how = `apt-get install -y --no-install-recommends ${PACKAGES.join(' ')} (Debian/Ubuntu), or install Chromium as ${CHROMIUM} and a Noto CJK font`;
  if (!root || !aptGet) {
    throw new Error(`the browser test needs ${absent.join(' and ')}; found neither installable here (${root ? 'no apt-get' : 'not root'}). Install: ${how}`);
  }
  log(`browser test: ${absent.join(' and ')} missing; installing ${PACKAGES.join(' ')} with apt-get (once per machine)…`);
  const began = performance.now();
  // Another test run may hold the dpkg lock: wait for it rather than fail.
  const lock = ['-o', 'DPkg::Lock::Timeout=600'];
  await run(aptGet, [...lock, 'update']);
  await run(aptGet, [...lock, 'install', '-y', '--no-install-recommends', ...PACKAGES]);
  const installSeconds = (performance.now() - began) / 1000;
  log(`browser test: apt-get took ${installSeconds.toFixed(0)} s`);
  fonts = await cjkFonts();
  const still = missing(fonts);
  if (still.length > 0) throw new Error(`expected ${PACKAGES.join(' and ')} to provide ${still.join(' and ')} after apt-get install, found them still missing. Install: ${how}`);
  return { executablePath: CHROMIUM, cjkFonts: fonts, installSeconds };
}
