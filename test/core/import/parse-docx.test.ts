import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocx, parseDocxWithMammoth } from '../../../src-main/core/import/parse-docx.js';
import { docxToHtmlFast } from '../../../src-main/core/import/docx-fast.js';
import { ImportError } from '../../../src-main/core/import/errors.js';
import { DOCS_DIR, ORIGINALS_DIR, goldFor } from '../../helpers/corpus.js';
import { at, checkBlockModel, tables } from './helpers.js';
import { PERSON_COLS, TABLE3_ROWS, buildEmptyDocx, buildImageOnlyDocx, buildTable3Docx } from './docx-fixtures.js';

async function importError(p: Promise<unknown>): Promise<ImportError> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(ImportError);
    return e as ImportError;
  }
  throw new Error('expected an ImportError');
}

describe('parseDocx', () => {
  it('reads the official 2021 template: its three tables with merged cells', async () => {
    const doc = await parseDocx(readFileSync(join(ORIGINALS_DIR, 'template-2021.docx')));
    checkBlockModel(doc);
    expect(doc.kind).toBe('docx');
    const ts = tables(doc);
    expect(ts.length).toBeGreaterThanOrEqual(3);
    const t3 = ts.find((t) => t.cells.some((c) => c.text.includes('申请人情况')))!;
    expect(t3).toBeDefined();
    const natural = t3.cells.find((c) => c.text === '自然人')!;
    expect(natural.rowSpan).toBe(2);
    const result = t3.cells.find((c) => c.text.startsWith('三、本年度办理结果'))!;
    expect(result.rowSpan).toBeGreaterThan(10);
  });

  for (const f of ['huaian-2024.docx', 'pingtan-2019-lo.docx', 'pingtan-2021-lo.docx', 'pingtan-2023-template.docx']) {
    it(`${f}: block model with exact offsets`, async () => {
      const doc = await parseDocx(readFileSync(join(DOCS_DIR, f)));
      checkBlockModel(doc);
      expect(tables(doc).length).toBeGreaterThan(0);
      expect(doc.notes).toEqual([]);
    });
  }

  it('a built table 三 (pingtan-2021 figures) comes back with the right spans and texts', async () => {
    const gold = goldFor('pingtan-2021.html')!;
    const doc = await parseDocx(await buildTable3Docx(gold.fields));
    checkBlockModel(doc);
    const [t] = tables(doc);
    expect(t.rowCount).toBe(3 + TABLE3_ROWS.length);
    expect(t.colCount).toBe(10);
    expect(t.cells[t.grid[0][0]]).toMatchObject({ row: 0, col: 0, rowSpan: 3, colSpan: 3 });
    expect(at(t, 2, 2)).toContain('勾稽关系');
    expect(t.cells[t.grid[0][3]]).toMatchObject({ text: '申请人情况', colSpan: 7 });
    expect(t.cells[t.grid[1][3]]).toMatchObject({ text: '自然人', rowSpan: 2 });
    expect(t.cells[t.grid[1][4]]).toMatchObject({ text: '法人或其他组织', colSpan: 5 });
    expect(t.cells[t.grid[2][9]]).toMatchObject({ text: '总计', row: 1, rowSpan: 2 });
    expect(at(t, 2, 4)).toBe('商业企业');
    // vertical merges of the label column
    expect(t.cells[t.grid[5][0]]).toMatchObject({ text: '三、本年度办理结果', rowSpan: 4 });
    expect(at(t, 8, 0)).toBe('三、本年度办理结果');
    expect(t.cells[t.grid[7][1]]).toMatchObject({ text: '（三）不予公开', rowSpan: 2 });
    expect(at(t, 8, 2)).toBe('2.其他法律行政法规禁止公开');
    expect(t.cells[t.grid[3][0]]).toMatchObject({ colSpan: 3 });
    // every figure at its grid position
    TABLE3_ROWS.forEach((r, i) => {
      PERSON_COLS.forEach((c, j) => expect(at(t, 3 + i, 3 + j)).toBe(String(gold.fields[`${r.key}.${c}`])));
    });
    expect(doc.text).toContain('一、本年新收政府信息公开申请数量 | 64 | 0 | 0 | 2 | 0 | 4 | 70');
  });

  it('imports a .docx holding only an image with a note instead of dropping it', async () => {
    const doc = await parseDocx(await buildImageOnlyDocx());
    expect(doc.text).toBe('');
    expect(doc.notes.join('')).toContain('只包含图片');
  });

  it('imports a .docx with no text with a note', async () => {
    const doc = await parseDocx(await buildEmptyDocx());
    expect(doc.text).toBe('');
    expect(doc.notes.join('')).toContain('没有可提取的文字');
  });

  it('refuses corrupt and non-docx bytes with a Chinese message', async () => {
    const good = readFileSync(join(DOCS_DIR, 'pingtan-2021-lo.docx'));
    const truncated = good.subarray(0, Math.floor(good.length / 2));
    expect((await importError(parseDocx(truncated))).message).toContain('不是有效的 Word 文档（.docx）');
    expect((await importError(parseDocx(Buffer.from('这不是 Word 文档')))).message).toContain('不是有效的 Word 文档（.docx）');
    const ole = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512)]);
    expect((await importError(parseDocx(ole))).message).toContain('.doc');
    // a zip that is not a Word document
    const { default: JSZip } = await import('jszip');
    const zip = new JSZip();
    zip.file('hello.txt', '你好');
    const notWord = await zip.generateAsync({ type: 'nodebuffer' });
    expect((await importError(parseDocx(notWord))).message).toContain('不是有效的 Word 文档（.docx）');
  });
});

describe('fast .docx reader', () => {
  const inputs: Array<[string, () => Promise<Buffer>]> = [
    ['template-2021.docx', async () => readFileSync(join(ORIGINALS_DIR, 'template-2021.docx'))],
    ...['huaian-2024.docx', 'pingtan-2019-lo.docx', 'pingtan-2021-lo.docx', 'pingtan-2023-template.docx'].map(
      (f) => [f, async () => readFileSync(join(DOCS_DIR, f))] as [string, () => Promise<Buffer>],
    ),
    ['built table 三', async () => buildTable3Docx(goldFor('pingtan-2021.html')!.fields)],
    ['built image-only', buildImageOnlyDocx],
    ['built empty', buildEmptyDocx],
  ];
  for (const [name, make] of inputs) {
    it(`${name}: handles it and gives exactly mammoth's block model`, async () => {
      const bytes = await make();
      expect(docxToHtmlFast(bytes)).not.toBeNull();
      const fast = await parseDocx(bytes);
      const slow = await parseDocxWithMammoth(bytes);
      expect(fast.text).toBe(slow.text);
      expect(fast.blocks).toEqual(slow.blocks);
      expect(fast.notes).toEqual(slow.notes);
    });
  }

  it('hands documents with footnotes to mammoth', async () => {
    const { Document, Packer, Paragraph, TextRun, FootnoteReferenceRun } = await import('docx');
    const bytes = await Packer.toBuffer(
      new Document({
        footnotes: { 1: { children: [new Paragraph('脚注内容')] } },
        sections: [{ children: [new Paragraph({ children: [new TextRun('正文'), new FootnoteReferenceRun(1)] })] }],
      }),
    );
    expect(docxToHtmlFast(bytes)).toBeNull();
    const doc = await parseDocx(bytes);
    expect(doc.text).toContain('正文');
    expect(doc.text).toContain('脚注内容');
  });
});
