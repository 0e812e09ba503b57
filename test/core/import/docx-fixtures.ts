// .docx files built with the `docx` package for tests: table 三 of a real report (figures from its gold file)
// with the template's vertical and horizontal merges, and a document that holds only an image.
import { Document, ImageRun, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';

export const PERSON_COLS = ['natural', 'business', 'research', 'nonprofit', 'legal', 'other', 'total'] as const;

export interface Table3Row {
  /** label cells: [text, rowSpan, colSpan]; rows under a vertical merge give only their own labels */
  labels: Array<[string, number, number]>;
  key: string;
}

/** The top of table 三 as the 2021 template lays it out (3 header rows, label columns 0–2, figures 3–9). */
export const TABLE3_ROWS: Table3Row[] = [
  { labels: [['一、本年新收政府信息公开申请数量', 1, 3]], key: 't3.new' },
  { labels: [['二、上年结转政府信息公开申请数量', 1, 3]], key: 't3.carried' },
  { labels: [['三、本年度办理结果', 4, 1], ['（一）予以公开', 1, 2]], key: 't3.public' },
  { labels: [['（二）部分公开（区分处理的，只计这一情形，不计其他情形）', 1, 2]], key: 't3.partial' },
  { labels: [['（三）不予公开', 2, 1], ['1.属于国家秘密', 1, 1]], key: 't3.withheld.secret' },
  { labels: [['2.其他法律行政法规禁止公开', 1, 1]], key: 't3.withheld.law' },
];

const cell = (text: string, rowSpan = 1, columnSpan = 1) =>
  new TableCell({ children: [new Paragraph(text)], rowSpan, columnSpan });

export async function buildTable3Docx(fields: Record<string, number | string | null>): Promise<Buffer> {
  const header = [
    new TableRow({ children: [cell('（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', 3, 3), cell('申请人情况', 1, 7)] }),
    new TableRow({ children: [cell('自然人', 2, 1), cell('法人或其他组织', 1, 5), cell('总计', 2, 1)] }),
    new TableRow({ children: ['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'].map((t) => cell(t)) }),
  ];
  const body = TABLE3_ROWS.map(
    (r) =>
      new TableRow({
        children: [...r.labels.map(([t, rs, cs]) => cell(t, rs, cs)), ...PERSON_COLS.map((c) => cell(String(fields[`${r.key}.${c}`] ?? '')))],
      }),
  );
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph('平潭综合实验区2021年政府信息公开工作年度报告'),
          new Paragraph('三、收到和处理政府信息公开申请情况'),
          new Table({ rows: [...header, ...body] }),
          new Paragraph('四、政府信息公开行政复议、行政诉讼情况'),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

/** A 1×1 PNG. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

export async function buildImageOnlyDocx(): Promise<Buffer> {
  const doc = new Document({
    sections: [{ children: [new Paragraph({ children: [new ImageRun({ type: 'png', data: PNG, transformation: { width: 100, height: 100 } })] })] }],
  });
  return Packer.toBuffer(doc);
}

export async function buildEmptyDocx(): Promise<Buffer> {
  return Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('')] }] }));
}
