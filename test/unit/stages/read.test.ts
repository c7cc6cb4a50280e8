import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleIdOf, decodeBytes, readArticleFile } from '../../../pipeline/stages/read.ts';

const SENTENCE = '小米近日通过实控的瀚星投资，战略入股宁德时代合资企业——上海快卜。';
const TRADITIONAL = '小米產投由小米科技有限責任公司旗下的天津金星創業投資有限公司全資擁有，實際控制人為雷軍。';

describe('read: decoding', () => {
  it.each([
    ['utf-8', Buffer.from(SENTENCE, 'utf8'), SENTENCE],
    ['utf-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SENTENCE, 'utf8')]), SENTENCE],
    ['utf-16le with BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(SENTENCE, 'utf16le')]), SENTENCE],
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
});
