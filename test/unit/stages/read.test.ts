import { createHash } from 'node:crypto';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleIdOf, decodeArticle, decodeBytes, readArticleFile } from '../../../pipeline/stages/read.ts';

const SENTENCE = '小米近日通过实控的瀚星投资，战略入股宁德时代合资企业——上海快卜。';
const TRADITIONAL = '小米產投由小米科技有限責任公司旗下的天津金星創業投資有限公司全資擁有，實際控制人為雷軍。';

describe('read: decoding', () => {
  it.each([
    ['utf-8', Buffer.from(SENTENCE, 'utf8'), SENTENCE],
    ['utf-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SENTENCE, 'utf8')]), SENTENCE],
    ['utf-16le with BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(SENTENCE, 'utf16le')]), SENTENCE],
    ['utf-16be with BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(SENTENCE, 'utf16le').swap16()]), SENTENCE],
    ['utf-8 with a stray NUL', Buffer.from(`${SENTENCE}\u0000${SENTENCE}`, 'utf8'), `${SENTENCE}\u0000${SENTENCE}`],
  ])('decodes %s', (_name, bytes, expected) => {
    const decoded = decodeBytes(bytes);
    expect(decoded).toMatchObject({ text: expected });
  });

  it('decodes GB18030 and Big5 text that is not UTF-8', () => {
    const gbk = new Uint8Array([0xd0, 0xa1, 0xc3, 0xd7, 0xcd, 0xb6, 0xd7, 0xca, 0xc4, 0xfe, 0xb5, 0xc2, 0xca, 0xb1, 0xb4, 0xfa, 0xa1, 0xa3]);
    expect(decodeBytes(gbk)).toEqual({ text: '小米投资宁德时代。', encoding: 'gb18030' });
    const big5 = new Uint8Array([0xa4, 0x70, 0xa6, 0xcc, 0xa7, 0xeb, 0xb8, 0xea, 0xa1, 0x43]);
    const decoded = decodeBytes(big5);
    expect('text' in decoded && decoded.text).toBe('小米投資。');
  });

  it('refuses binary data instead of guessing', () => {
    const decoded = decodeBytes(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0xff, 0x00]));
    expect(decoded).toHaveProperty('error');
  });

  it('refuses UTF-16 without a byte-order mark rather than guess', () => {
    expect(decodeBytes(Buffer.from('Xiaomi invests in CATL.', 'utf16le'))).toEqual({ error: 'contains NUL bytes: binary data, or UTF-16 without a byte-order mark' });
  });

  it('refuses bytes after a byte-order mark that do not decode', () => {
    expect(decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, 0xff, 0xfe, 0xc0]))).toEqual({ error: 'bytes after the utf-8 byte-order mark do not decode as utf-8' });
  });

  it('keeps a stray NUL and says so (KG006)', () => {
    const result = decodeArticle('nul.txt', Buffer.from(`${SENTENCE}\u0000`, 'utf8'));
    expect(result.ok).toBe(true);
    expect(result.ok && result.doc.original).toBe(`${SENTENCE}\u0000`);
    expect(result.diagnostics).toEqual([expect.objectContaining({ code: 'KG006', severity: 'warning', file: 'nul.txt' })]);
  });

  it('warns about text that already holds replacement characters (KG005)', () => {
    const result = decodeArticle('fffd.txt', Buffer.from(`${SENTENCE}\uFFFD`, 'utf8'));
    expect(result.ok).toBe(true);
    expect(result.diagnostics).toEqual([expect.objectContaining({ code: 'KG005', file: 'fffd.txt' })]);
  });

  it('gives the same id to the same text wherever it lies', () => {
    expect(articleIdOf(`${TRADITIONAL}\r\n`)).toBe(articleIdOf(TRADITIONAL));
    expect(articleIdOf(TRADITIONAL)).toMatch(/^[0-9a-f]{16}$/);
  });

  it('reports an empty file with its name', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kg-read-'));
    const file = join(dir, 'empty.txt');
    await writeFile(file, '  \n');
    const result = await readArticleFile(file);
    expect(result.ok).toBe(false);
    expect(result.diagnostics[0]).toMatchObject({ code: 'KG002', file });
    expect(result.diagnostics[0]!.message).toContain(file);
  });

  it('reports a file over the size limit', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kg-read-'));
    const file = join(dir, 'big.txt');
    await writeFile(file, SENTENCE.repeat(100));
    const result = await readArticleFile(file, { maxBytes: 1000 });
    expect(result.diagnostics[0]).toMatchObject({ code: 'KG004' });
  });

  it.each([
    ['binary data', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]), /contains NUL bytes/],
    ['bytes no encoding reads as text', Buffer.from([0x80, 0x81, 0xfe, 0xff, 0x80, 0x81, 0xfe, 0xff, 0xc0, 0xc1]), /^.*: not valid UTF-8, and no legacy Chinese encoding \(GB18030, Big5\) decodes it as plausible text/],
  ])('reports %s as KG003 with the file name', async (_what, bytes, message) => {
    const dir = await mkdtemp(join(tmpdir(), 'kg-read-'));
    const file = join(dir, 'bad.txt');
    await writeFile(file, bytes);
    const result = await readArticleFile(file);
    expect(result.ok).toBe(false);
    expect(result.diagnostics).toEqual([expect.objectContaining({ code: 'KG003', severity: 'error', file })]);
    expect(result.diagnostics[0]!.message.startsWith(`${file}: `)).toBe(true);
    expect(result.diagnostics[0]!.message).toMatch(message);
  });

  it('reports a path that is not a regular file, or is missing, as KG001', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kg-read-'));
    expect((await readArticleFile(dir)).diagnostics[0]).toMatchObject({ code: 'KG001', message: `${dir}: expected a regular file` });
    const missing = join(dir, 'gone.txt');
    expect((await readArticleFile(missing)).diagnostics[0]).toMatchObject({ code: 'KG001', file: missing, message: expect.stringContaining('ENOENT') });
  });

  it('reports the default limit: a file just over 5 MB is refused, one at 5 MB is read', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kg-read-'));
    const at = join(dir, 'at-limit.txt');
    const over = join(dir, 'over-limit.txt');
    await writeFile(at, Buffer.alloc(5 * 1024 * 1024, 'a'));
    await writeFile(over, Buffer.alloc(5 * 1024 * 1024 + 1, 'a'));
    expect((await readArticleFile(at)).ok).toBe(true);
    expect((await readArticleFile(over)).diagnostics[0]).toMatchObject({ code: 'KG004', message: `${over}: expected at most 5242880 bytes, found 5242881` });
  });
});

describe('read: article ids', () => {
  it.each([
    ['Simplified text with ASCII and full-width punctuation', `${SENTENCE}（000969）“快卜”`],
    ['a decomposed accent, which NFC composes', 'Ame\u0301lie投资了快卜。'],
    ['a compatibility ideograph, which NFC maps to the unified one', '\uf900投资了快卜。'],
    ['Hangul jamo, which NFC composes into a syllable', '\u1100\u1161 투자'],
    ['line ends of every kind', `${SENTENCE}\r\n${SENTENCE}\r${SENTENCE}\n`],
  ])('hashes the NFC form, line-normalised and trimmed: %s', (_name, text) => {
    const reference = createHash('sha256').update(text.normalize('NFC').replace(/\r\n?/g, '\n').trim()).digest('hex').slice(0, 16);
    expect(articleIdOf(text)).toBe(reference);
  });

  it('gives the same id to the composed and the decomposed form', () => {
    expect(articleIdOf('Ame\u0301lie')).toBe(articleIdOf('Am\u00e9lie'));
  });
});
