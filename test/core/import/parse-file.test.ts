import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { kindOf, parseFile } from '../../../src-main/core/import/parse-file.js';
import { ImportError, SIZE_LIMITS } from '../../../src-main/core/import/errors.js';
import { corpusDocs } from '../../helpers/corpus.js';
import { checkBlockModel } from './helpers.js';

describe('parseFile', () => {
  describe('every corpus file parses into a consistent block model', () => {
    for (const path of corpusDocs()) {
      it(basename(path), async () => {
        const doc = await parseFile(readFileSync(path), basename(path));
        checkBlockModel(doc);
        expect(doc.kind).toBe(kindOf(path));
        expect(doc.text.length).toBeGreaterThan(100);
        expect(doc.text).not.toContain('\r');
        expect(doc.encodingConfidence).toBeGreaterThan(0.5);
      });
    }
  });

  it('.txt: CRLF and CR become \\n, one paragraph per non-empty line, trimmed, with offsets', async () => {
    const doc = await parseFile(Buffer.from('标题\r\n\r\n  第一段  \r第二段\n\n\n表头 | 数值\n'), 'a.txt');
    expect(doc.text).toBe('标题\n\n  第一段  \n第二段\n\n\n表头 | 数值\n');
    expect(doc.blocks.map((b) => b.type === 'paragraph' && b.text)).toEqual(['标题', '第一段', '第二段', '表头 | 数值']);
    checkBlockModel(doc);
  });

  it('kind by extension, case-insensitive', () => {
    expect(kindOf('报告.TXT')).toBe('txt');
    expect(kindOf('a.htm')).toBe('html');
    expect(kindOf('a.HTML')).toBe('html');
    expect(kindOf('a.docx')).toBe('docx');
    expect(kindOf('a.doc')).toBeNull();
    expect(kindOf('a.pdf')).toBeNull();
    expect(kindOf('noext')).toBeNull();
  });

  it('refuses unsupported, empty and oversized input with Chinese messages', async () => {
    const fail = async (bytes: Uint8Array, name: string) => {
      try {
        await parseFile(bytes, name);
      } catch (e) {
        expect(e).toBeInstanceOf(ImportError);
        return (e as Error).message;
      }
      throw new Error('expected failure');
    };
    expect(await fail(Buffer.from('x'), 'a.pdf')).toContain('不支持的文件类型');
    expect(await fail(new Uint8Array(), 'a.txt')).toContain('文件为空');
    expect(await fail(new Uint8Array(), 'a.docx')).toContain('文件为空');
    // a view that claims to be bigger than the limit (no need to allocate it)
    const big = { length: SIZE_LIMITS.txt + 1, byteLength: SIZE_LIMITS.txt + 1 } as unknown as Uint8Array;
    expect(await fail(big, 'a.txt')).toMatch(/文件过大（超过 50 MB）/);
  });
});
