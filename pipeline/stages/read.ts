import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import type { Diagnostic } from '../../schemas/diagnostic.ts';
import { diagnostic } from '../diagnostics.ts';
import type { ArticleDoc } from '../doc.ts';

/** Limits on what `read` accepts. */
export interface ReadOptions {
  /** Files larger than this are reported and skipped. */
  readonly maxBytes?: number;
}

export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

export type ReadResult =
  | { readonly ok: true; readonly doc: ArticleDoc; readonly diagnostics: readonly Diagnostic[]; readonly encoding: string }
  | { readonly ok: false; readonly diagnostics: readonly Diagnostic[] };

/**
 * The id of an article: a hash of its decoded, line-normalised text, so the same article is one article
 * wherever and under whatever name it lies.
 */
export function articleIdOf(text: string): string {
  const nfc = isSurelyNfc(text) ? text : text.normalize('NFC');
  const normalised = (nfc.includes('\r') ? nfc.replace(/\r\n?/g, '\n') : nfc).trim();
  return createHash('sha256').update(normalised).digest('hex').slice(0, 16);
}

/**
 * True when every character is one that NFC leaves alone and that nothing after it can combine with: ASCII,
 * Latin-1, CJK ideographs (not the compatibility ones), CJK punctuation (not the tone marks U+302A–302F),
 * general punctuation from U+2010 and full-width forms. Then `normalize('NFC')`, which costs more than the
 * rest of reading, would return the text unchanged. Any other character sends the text to `normalize`.
 */
export function isSurelyNfc(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x300) continue;
    if (code >= 0x4e00 && code <= 0x9fff) continue;
    if (code >= 0x3000 && code <= 0x303f && !(code >= 0x302a && code <= 0x302f)) continue;
    if ((code >= 0x2010 && code <= 0x2027) || (code >= 0x2030 && code <= 0x205e)) continue;
    if (code >= 0xff01 && code <= 0xffee) continue;
    if (code >= 0x3400 && code <= 0x4dbf) continue;
    return false;
  }
  return true;
}

const BOMS: readonly { bytes: readonly number[]; encoding: string }[] = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be' },
];

/** Share of characters that are CJK ideographs, ASCII text or common CJK punctuation. */
function plausibility(text: string): number {
  if (text.length === 0) return 0;
  let good = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (
      (code >= 0x4e00 && code <= 0x9fff) ||
      (code >= 0x20 && code < 0x7f) ||
      code === 0x0a ||
      code === 0x0d ||
      code === 0x09 ||
      (code >= 0x3000 && code <= 0x303f) ||
      (code >= 0xff00 && code <= 0xffef) ||
      code === 0x201c ||
      code === 0x201d ||
      code === 0x2014
    ) {
      good++;
    }
  }
  return good / text.length;
}

/** Above this share of NUL characters, bytes that decode as UTF-8 are taken as binary. */
const MAX_NUL_SHARE = 0.05;

function nulShare(text: string): number {
  let nul = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 0) nul++;
  return nul / text.length;
}

/** One strict decoder per encoding: a decoder keeps no state between whole (non-streaming) calls. */
const decoders = new Map<string, InstanceType<typeof TextDecoder>>();

function tryDecode(bytes: Uint8Array, encoding: string): string | undefined {
  let decoder = decoders.get(encoding);
  if (!decoder) {
    decoder = new TextDecoder(encoding, { fatal: true, ignoreBOM: false });
    decoders.set(encoding, decoder);
  }
  try {
    return decoder.decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * Decodes article bytes: a BOM wins; then strict UTF-8; then the legacy Chinese encodings (GB18030, Big5),
 * taking one only when it decodes without error and reads as plausible Chinese text.
 */
export function decodeBytes(bytes: Uint8Array): { text: string; encoding: string } | { error: string } {
  for (const bom of BOMS) {
    if (bom.bytes.every((byte, i) => bytes[i] === byte)) {
      const text = tryDecode(bytes.subarray(bom.bytes.length), bom.encoding);
      if (text !== undefined) return { text, encoding: bom.encoding };
      return { error: `bytes after the ${bom.encoding} byte-order mark do not decode as ${bom.encoding}` };
    }
  }
  if (bytes.includes(0)) {
    // A stray NUL in otherwise valid UTF-8 text is kept (and reported by decodeArticle); many NULs mean binary
    // data or UTF-16 without a byte-order mark, which cannot be told apart from other encodings reliably.
    const text = tryDecode(bytes, 'utf-8');
    if (text !== undefined && nulShare(text) <= MAX_NUL_SHARE) return { text, encoding: 'utf-8' };
    return { error: 'contains NUL bytes: binary data, or UTF-16 without a byte-order mark' };
  }
  const utf8 = tryDecode(bytes, 'utf-8');
  if (utf8 !== undefined) return { text: utf8, encoding: 'utf-8' };
  const candidates = ['gb18030', 'big5']
    .map((encoding) => ({ encoding, text: tryDecode(bytes, encoding) }))
    .filter((c): c is { encoding: string; text: string } => c.text !== undefined)
    .map((c) => ({ ...c, score: plausibility(c.text) }))
    .sort((a, b) => b.score - a.score);
  const best = candidates[0];
  if (best && best.score >= 0.9) return { text: best.text, encoding: best.encoding };
  return {
    error: `not valid UTF-8, and no legacy Chinese encoding (GB18030, Big5) decodes it as plausible text${
      best ? ` (best: ${best.encoding}, ${(best.score * 100).toFixed(0)}% plausible characters)` : ''
    }`,
  };
}

/**
 * The `read` stage: loads a file, decodes it and makes the `ArticleDoc`. It reports instead of throwing:
 * an unreadable, empty, oversized or undecodable file yields `{ok: false}` with a diagnostic naming the file.
 */
export async function readArticleFile(path: string, options: ReadOptions = {}): Promise<ReadResult> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const fail = (code: 'KG001' | 'KG002' | 'KG003' | 'KG004', message: string): ReadResult => ({
    ok: false,
    diagnostics: [diagnostic(code, 'read', `${path}: ${message}`, { file: path })],
  });
  let bytes: Uint8Array;
  try {
    const info = await stat(path);
    if (!info.isFile()) return fail('KG001', 'expected a regular file');
    if (info.size > maxBytes) return fail('KG004', `expected at most ${maxBytes} bytes, found ${info.size}`);
    bytes = await readFile(path);
  } catch (error) {
    return fail('KG001', (error as Error).message);
  }
  return decodeArticle(path, bytes);
}

/** Turns bytes already in memory into an `ArticleDoc`; see `readArticleFile`. */
export function decodeArticle(source: string, bytes: Uint8Array): ReadResult {
  const decoded = decodeBytes(bytes);
  if ('error' in decoded) {
    return { ok: false, diagnostics: [diagnostic('KG003', 'read', `${source}: ${decoded.error}`, { file: source })] };
  }
  if (decoded.text.trim().length === 0) {
    return {
      ok: false,
      diagnostics: [diagnostic('KG002', 'read', `${source}: expected article text, found an empty file`, { file: source })],
    };
  }
  const diagnostics: Diagnostic[] = [];
  if (decoded.text.includes('\u0000')) {
    diagnostics.push(diagnostic('KG006', 'read', `${source}: the text contains NUL characters; they are kept as they are`, { file: source }));
  }
  if (decoded.text.includes('\uFFFD')) {
    diagnostics.push(
      diagnostic('KG005', 'read', `${source}: the text already contains U+FFFD replacement characters`, { file: source }),
    );
  }
  const doc: ArticleDoc = { articleId: articleIdOf(decoded.text), source, original: decoded.text };
  return { ok: true, doc, diagnostics, encoding: decoded.encoding };
}
