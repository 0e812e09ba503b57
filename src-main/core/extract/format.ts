// Which template the report follows: the words only one generation's tables use, then the report year, then
// the notice it cites (国办公开办函〔2019〕60号 / 〔2021〕30号).
import type { ReportFormat } from '../fields.js';

export interface FormatHit {
  format: ReportFormat;
  span: { start: number; end: number } | null;
  confidence: number;
  by: 'tables' | 'year' | 'notice';
}

/** Header words that only one generation's tables carry. */
export const FORMAT_MARKERS: Record<ReportFormat, string[]> = {
  '2021': ['本年制发件数', '本年废止件数', '现行有效件数', '逾期未缴费', '逾期不补正', '本年处理决定数量', '本年收费金额'],
  '2019': ['本年新制作数量', '本年新公开数量', '对外公开总数量', '政府集中采购', '采购总金额', '上一年项目数量'],
  pre2019: ['主动公开政府信息数', '主动公开文件数', '收到申请数', '申请办结数', '同意公开答复数', '历年累计'],
};

/**
 * Marker words that name a row or column only one generation's table has, so that one of them alone decides
 * (a fragment of table 二 holding only the （五）–（八） blocks: "本年处理决定数量", "本年收费金额（单位：万元）";
 * the 2019 table says "处理决定数量" and has no 收费金额).
 */
export const DECISIVE_MARKERS = new Set(['本年处理决定数量', '本年收费金额']);

/** The notices that defined the 2019 and 2021 templates (brackets and spaces are often lost). */
const NOTICES: { format: ReportFormat; pattern: RegExp }[] = [
  { format: '2021', pattern: /国办公开办函\s*[〔[(（【]?\s*2021\s*[〕\])）】]?\s*30\s*号/ },
  { format: '2019', pattern: /国办公开办函\s*[〔[(（【]?\s*2019\s*[〕\])）】]?\s*60\s*号/ },
];

const sp = (s: string): string => [...s].join('\\s*');
const MARKER_RES = (Object.keys(FORMAT_MARKERS) as ReportFormat[]).map((format) => ({
  format,
  re: new RegExp(FORMAT_MARKERS[format].map(sp).join('|'), 'g'),
}));

export function formatForYear(year: number): ReportFormat {
  if (year <= 2018) return 'pre2019';
  if (year <= 2020) return '2019';
  return '2021';
}

/**
 * The generation the report follows: its tables' words, else its year, else the notice it cites. `mentions`
 * false (a page that is not a report: metadata/document-kind.ts) keeps only the tables' words — a notice
 * about the format cites the notices too.
 */
export function detectFormat(text: string, year?: number, mentions = true): FormatHit | undefined {
  const tables = formatFromTables(text, year);
  if (tables || !mentions) return tables;
  if (year !== undefined) return { format: formatForYear(year), span: null, confidence: 0.8, by: 'year' };
  for (const n of NOTICES) {
    const m = n.pattern.exec(text);
    if (m) return { format: n.format, span: { start: m.index, end: m.index + m[0].length }, confidence: 0.7, by: 'notice' };
  }
  return undefined;
}

/** The generation whose tables' header words the text carries, if any. */
export function formatFromTables(text: string, year?: number): FormatHit | undefined {
  // tables: the generation with the most distinct marker words (at least two) wins
  let best: { format: ReportFormat; n: number; span: { start: number; end: number } } | undefined;
  for (const { format, re } of MARKER_RES) {
    re.lastIndex = 0;
    const seen = new Set<string>();
    let first: { start: number; end: number } | undefined;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      seen.add(m[0].replace(/\s+/g, ''));
      first ??= { start: m.index, end: m.index + m[0].length };
    }
    // Old-table words also turn up in later reports' sentences ("主动公开政府信息数696条"): against a
    // 2019-or-later year they count only as a real table (four distinct row labels or more).
    const decisive = [...seen].some((w) => DECISIVE_MARKERS.has(w));
    const needed = format === 'pre2019' && year !== undefined && year >= 2019 ? 4 : decisive ? 1 : 2;
    if (seen.size >= needed && first && (!best || seen.size > best.n)) best = { format, n: seen.size, span: first };
  }
  return best && { format: best.format, span: best.span, confidence: 0.95, by: 'tables' };
}
