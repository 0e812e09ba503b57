import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { decodeBytes, canonicalCharset } from '../../../src-main/core/import/decode.js';
import { ImportError } from '../../../src-main/core/import/errors.js';
import { DOCS_DIR } from '../../helpers/corpus.js';

const simplified = ['004_43d0b42a4a6d771f.txt', '001_e37cf357f63797f5.txt', 'pingtan-2021.txt', 'web-005.txt'];
const traditional = ['000_28c6ce0be4e3de16.txt', '002_6573d09d6fa79426.txt'];
const read = (f: string) => readFileSync(join(DOCS_DIR, f), 'utf8');

function withBom(bom: number[], body: Buffer): Buffer {
  return Buffer.concat([Buffer.from(bom), body]);
}

describe('decodeBytes', () => {
  for (const f of simplified) {
    it(`${f}: GB18030, UTF-16LE/BE with and without BOM, UTF-8 with BOM all come back identical`, () => {
      const text = read(f);
      const cases: Array<[string, Buffer]> = [
        ['gb18030', iconv.encode(text, 'gb18030')],
        ['utf-16le', withBom([0xff, 0xfe], iconv.encode(text, 'utf-16le'))],
        ['utf-16le', iconv.encode(text, 'utf-16le')],
        ['utf-16be', withBom([0xfe, 0xff], iconv.encode(text, 'utf-16be'))],
        ['utf-16be', iconv.encode(text, 'utf-16be')],
        ['utf-8', withBom([0xef, 0xbb, 0xbf], Buffer.from(text, 'utf8'))],
        ['utf-8', Buffer.from(text, 'utf8')],
      ];
      for (const [encoding, bytes] of cases) {
        const d = decodeBytes(bytes);
        expect(d.encoding).toBe(encoding);
        expect(d.text).toBe(text);
        expect(d.confidence).toBeGreaterThan(0.5);
        expect(d.confidence).toBeLessThanOrEqual(1);
      }
    });
  }

  for (const f of traditional) {
    it(`${f}: the traditional text as Big5 comes back identical (and not as GB18030)`, () => {
      // The mirror copies carry pinyin with tone marks, which Big5 cannot hold: encode the characters only.
      // Characters Big5 lacks (pinyin tone marks, no-break spaces) are left out of the fixture.
      const text = Array.from(read(f))
        .filter((c) => iconv.decode(iconv.encode(c, 'big5'), 'big5') === c)
        .join('');
      const bytes = iconv.encode(text, 'big5');
      expect(iconv.decode(bytes, 'big5')).toBe(text); // the fixture itself is lossless
      const d = decodeBytes(bytes);
      expect(d.encoding).toBe('big5');
      expect(d.text).toBe(text);
      // and the same text in GB18030 is recognised as GB18030
      const g = decodeBytes(iconv.encode(text, 'gb18030'));
      expect(g.encoding).toBe('gb18030');
      expect(g.text).toBe(text);
    });
  }

  it('tells short GBK from Big5 (a short line, where chardet guesses Shift_JIS)', () => {
    for (const s of ['政府信息公开工作年度报告', '本年度共收到申请12件', '索引号：001-2021']) {
      expect(decodeBytes(iconv.encode(s, 'gbk'))).toMatchObject({ encoding: 'gb18030', text: s });
    }
    for (const s of ['政府資訊公開工作年度報告', '本年度共收到申請12件']) {
      expect(decodeBytes(iconv.encode(s, 'big5'))).toMatchObject({ encoding: 'big5', text: s });
    }
  });

  it('uses a declared charset only as a hint', () => {
    const text = read('pingtan-2021.txt');
    // declared GB2312 but the bytes are UTF-8: UTF-8 wins
    expect(decodeBytes(Buffer.from(text, 'utf8'), 'gb2312').encoding).toBe('utf-8');
    // declared UTF-8 but the bytes are GBK: GB18030 wins
    expect(decodeBytes(iconv.encode(text, 'gbk'), 'utf-8')).toMatchObject({ encoding: 'gb18030', text });
    // declared GB2312 and it is: taken
    expect(decodeBytes(iconv.encode(text, 'gbk'), 'gb2312')).toMatchObject({ encoding: 'gb18030', text });
  });

  it('maps charset labels', () => {
    expect(canonicalCharset('GB2312')).toBe('gb18030');
    expect(canonicalCharset('"gbk"')).toBe('gb18030');
    expect(canonicalCharset('UTF-8')).toBe('utf-8');
    expect(canonicalCharset('big5')).toBe('big5');
    expect(canonicalCharset('shift_jis')).toBeNull();
  });

  it('refuses empty, binary and undecodable bytes with Chinese messages', () => {
    const err = (b: Uint8Array) => {
      try {
        decodeBytes(b);
      } catch (e) {
        expect(e).toBeInstanceOf(ImportError);
        return (e as ImportError).message;
      }
      throw new Error('expected an ImportError');
    };
    expect(err(new Uint8Array())).toContain('文件为空');
    expect(err(Buffer.from('   \n\t  '))).toContain('文件为空');
    const binary = new Uint8Array(4096).map((_, i) => (i * 7919) % 256);
    expect(err(binary)).toContain('文件不是文本');
    const png = readFileSync(join(DOCS_DIR, 'pingtan-2021-lo.docx')); // zip bytes
    expect(err(png)).toMatch(/文件不是文本|无法识别文字编码/);
    // Latin-1 bytes that are neither UTF-8 nor Chinese in any legacy encoding
    const latin = Buffer.from('Caf\xe9 na\xefve r\xe9sum\xe9 \xe0 la cr\xe8me br\xfbl\xe9e, tr\xe8s \xe9l\xe9gant. '.repeat(20), 'latin1');
    expect(err(latin)).toContain('无法识别文字编码');
  });
});
