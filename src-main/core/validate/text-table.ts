// TEXT-TABLE-MISMATCH: a figure stated in the narrative differs from the table's figure for the same thing.
// Each figure is data: the sections its sentence appears in, the sentence patterns (the number is group 1,
// or a fixed 0 for "没有…" sentences), and the table keys whose sum it must equal, per format.
import type { ReportFormat } from '../fields.js';
import type { Finding, ReportForCheck } from './types.js';
import { finding } from './types.js';
import { countOf, numberOf, numbersOf, sameNumber, show, type Fields } from './values.js';
import { sectionText } from './sections.js';
import { fieldLabel } from './field-labels.js';

interface Pattern {
  re: RegExp;
  /** the figure when the sentence says none at all */
  zero?: boolean;
}

interface NarrativeFigure {
  label: string;
  /** sections to search in 2019/2021 reports (pre-2019 reports: the whole text) */
  sections: number[];
  patterns: Pattern[];
  /** keys whose sum is the table figure */
  keys: Partial<Record<ReportFormat, string[]>>;
  /** other table figures the sentence may mean (收到 may count the carried-over ones too) */
  alternatives?: (f: Fields) => number[];
  /** a match that is a sub-count (其中网络申请5件) or another figure (行政复议申请0件), not this one */
  exclude?: (match: string) => boolean;
}

const N = '(\\d+)';
const NEW_2019_2021 = ['t3.new.total'];

export const NARRATIVE_FIGURES: readonly NarrativeFigure[] = [
  {
    label: '收到申请',
    sections: [1, 3],
    patterns: [
      { re: new RegExp(`(?:收到|受理|新收|接收|接到)[^。;,，\\n]{0,20}?申请(?:公开)?(?:共计|总计|合计|共|数量为|数为|为)?${N}件`, 'g') },
      { re: new RegExp(`(?:收到|受理|新收|接收|接到)(?:各类)?(?:政府信息公开)?(?:申请)?(?:共计|总计|合计|共)?${N}件(?:政府信息公开)?(?:依)?申请`, 'g') },
    ],
    keys: { '2021': NEW_2019_2021, '2019': NEW_2019_2021, pre2019: ['stat.apply.received'] },
    alternatives: (f) => [countOf(f, 't3.new.total') + countOf(f, 't3.carried.total')],
    exclude: (m) =>
      /其中|上年|结转|复议|诉讼|举报|投诉|咨询/.test(m) ||
      // 网络申请5件 is a channel's count; 通过邮寄、网络提交的各类…申请共计81件 is the total
      (/(?:网络|网上|当面|信函|邮寄|传真|电子邮件|来信|现场|自然人|法人|企业)[^、,，]{0,4}申请/.test(m) && !/各类|共计|总计|合计|共/.test(m)),
  },
  {
    label: '结转下年度',
    sections: [1, 3],
    patterns: [
      { re: new RegExp(`${N}件[^。;,，\\n]{0,6}?结转(?:至|到)?下一?年度?`, 'g') },
      { re: new RegExp(`结转(?:至|到)?下一?年度?(?:继续)?(?:办理)?(?:的)?(?:申请)?(?:有|共|为)?${N}件`, 'g') },
    ],
    keys: { '2021': ['t3.carry_forward.total'], '2019': ['t3.carry_forward.total'] },
  },
  {
    label: '上年结转',
    sections: [1, 3],
    patterns: [{ re: new RegExp(`上一?年度?结转(?:的)?(?:政府信息公开)?(?:申请)?(?:有|共|为)?${N}件`, 'g') }],
    keys: { '2021': ['t3.carried.total'], '2019': ['t3.carried.total'] },
  },
  {
    label: '行政复议',
    sections: [1, 4],
    patterns: [
      { re: new RegExp(`行政复议(?:申请|案件)?(?:共计|共|总计)?${N}(?:件|起|宗)`, 'g') },
      { re: new RegExp(`${N}(?:件|起|宗)(?:政府信息公开)?(?:行政)?复议`, 'g') },
      { re: /(?:没有|未发生|未出现|未有|未收到|未接到|无)[^。;,，\n]{0,20}?行政复议(?![^。;,，\n]{0,4}(?:被|纠错|纠正|败诉))/g, zero: true },
    ],
    keys: { '2021': ['t4.review.total'], '2019': ['t4.review.total'], pre2019: ['stat.review.total'] },
  },
  {
    label: '行政诉讼',
    sections: [1, 4],
    patterns: [
      { re: new RegExp(`行政诉讼(?:案件)?(?:共计|共|总计)?${N}(?:件|起|宗)`, 'g') },
      { re: new RegExp(`${N}(?:件|起|宗)(?:政府信息公开)?行政诉讼`, 'g') },
      { re: /(?:没有|未发生|未出现|未有|未收到|未接到|无)[^。;,，\n]{0,30}?行政诉讼(?![^。;,，\n]{0,4}(?:被|纠错|纠正|败诉))/g, zero: true },
    ],
    keys: {
      '2021': ['t4.suit_direct.total', 't4.suit_after.total'],
      '2019': ['t4.suit_direct.total', 't4.suit_after.total'],
      pre2019: ['stat.suit.total'],
    },
  },
  {
    label: '主动公开政府信息',
    sections: [],
    patterns: [{ re: new RegExp(`主动公开(?:各类)?(?:政府)?信息(?:共计|总计|合计|共|累计)?${N}条(?![余多])`, 'g') }],
    keys: { pre2019: ['stat.proactive'] },
  },
];

interface Mention {
  value: number;
  quote: string;
}

/** the text a figure is looked for in: the named sections of a 2019/2021 report, else the whole text */
function searchText(report: ReportForCheck, sections: number[]): string {
  if (report.format === 'pre2019' || !sections.length || !report.sections.length) return report.normText;
  return sections.map((no) => sectionText(report, no) ?? '').join('\n');
}

function mentions(text: string, fig: NarrativeFigure): Mention[] {
  const out: Mention[] = [];
  for (const p of fig.patterns) {
    p.re.lastIndex = 0;
    for (let m = p.re.exec(text); m; m = p.re.exec(text)) {
      if (fig.exclude?.(m[0])) continue;
      // "约/近/余/多": approximate figures are not compared
      const before = text.slice(Math.max(0, m.index - 2), m.index);
      if (/[约近逾]/.test(before)) continue;
      const value = p.zero ? 0 : Number(m[1]);
      const from = Math.max(0, text.lastIndexOf('。', m.index) + 1, text.lastIndexOf('\n', m.index) + 1, m.index - 40);
      const quote = text.slice(from, m.index + m[0].length).trim();
      out.push({ value, quote });
    }
  }
  return out;
}

export function checkTextTable(report: ReportForCheck): Finding[] {
  const format = report.format;
  if (!format) return [];
  const f = report.fields;
  const out: Finding[] = [];
  for (const fig of NARRATIVE_FIGURES) {
    const keys = fig.keys[format];
    if (!keys || !keys.every((k) => numberOf(f, k) !== undefined)) continue;
    const table = keys.reduce((s, k) => s + countOf(f, k), 0);
    const found = mentions(searchText(report, fig.sections), fig);
    if (!found.length) continue;
    const accepted = [table, ...(fig.alternatives?.(f) ?? [])];
    // One sentence that agrees with the table is enough: narratives also quote sub-counts.
    if (found.some((m) => accepted.some((a) => sameNumber(a, m.value)))) continue;
    const first = found[0];
    const tableName = keys.length > 1
      ? `表格中${keys.map((k) => `"${fieldLabel(k)}" ${show(numberOf(f, k))}`).join(' + ')} = ${table}`
      : `表格中"${fieldLabel(keys[0])}"为 ${table}`;
    out.push(
      finding('TEXT-TABLE-MISMATCH', keys, { ...numbersOf(f, keys), narrative: first.value, table },
        `正文称${fig.label} ${first.value} 件（"${first.quote}"），但${tableName}`, first.quote),
    );
  }
  return out;
}
