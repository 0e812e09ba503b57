// Whether the page is an annual report at all. Review offices also receive pages that only talk about
// reports — the State Council notices on the format (国办公开办函〔2019〕60号, 〔2021〕30号), a city's notice
// asking its units to compile theirs — and those mention years and notices that are no report's year or
// format. A page counts as another kind of document only when its own title says so (a notice: "关于…的通知")
// and nothing of a report shows: no report title, no statistical period, no sentence stating the report year,
// no table header words and no more than one section heading (a notice on the format describes the sections).
// Report openings with only metadata (excerpts) have no such title and stay reports.

/** How a document of another kind ends its title: "关于…的通知", "…的函", "…的意见". */
export const OTHER_DOCUMENT_KINDS = ['通知', '通报', '函', '意见', '公告', '通告', '决定', '批复', '办法', '方案', '要点'];

// A title of its own: short, with 关于, ending in 的 and the kind ("的通知", "的补充通知", "的实施意见"), nothing but
// a full stop after it. Menu words on neighbouring lines ("关于我们" / "通知公告") have no 的.
const OTHER_TITLE = new RegExp(`关于[^\\n。]{2,100}?的[\\u4e00-\\u9fff]{0,4}?(?:${OTHER_DOCUMENT_KINDS.join('|')})\\s*[。.]?\\s*$`);
const MAX_TITLE_LINE = 140;

/** What of a report the page shows. */
export interface ReportEvidence {
  /** a report title: a line of its own, the HTML <title>, or "现将…年度…报告如下" */
  title: boolean;
  /** the statistical-period sentence */
  period: boolean;
  /** a sentence stating the report year */
  statement: boolean;
  /** header words of the report's tables */
  tables: boolean;
  /** section headings found */
  sections: number;
}

/** Lines a title may be broken into ("…办公室\n关于政府信息公开工作年度报告\n有关事项的通知"). */
const MAX_TITLE_LINES = 3;

/** The first title of a notice (or the like) in the first `limit` characters, if any, its lines joined. */
export function otherDocumentTitle(text: string, limit = 3000): string | undefined {
  const lines = text
    .slice(0, limit)
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length > 0);
  for (let i = 0; i < lines.length; i++) {
    for (let k = 0; k < MAX_TITLE_LINES && k <= i; k++) {
      const title = lines.slice(i - k, i + 1).join('');
      if (title.length > MAX_TITLE_LINE) break;
      if (OTHER_TITLE.test(title)) return title;
    }
  }
  return undefined;
}

// A part of a year: "2022年上半年政府信息公开数据统计", "第三季度政务公开工作情况". Such a note has sections and year
// sentences of its own, so only a report title, the statistical period or the tables say it is a report.
const PART_OF_YEAR = /(?:上半年|下半年|半年度?|第?[一二三四1-4]季度|前三季度|[1１][-—–~～至]6月)/;
const DISCLOSURE_WORDS = /(?:政府信息公开|政务公开|信息公开)/;
const ENUMERATED = /^(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十\d]+[)）]|\d+[、.．])/;
const MAX_PART_TITLE_LINE = 60;

/** The first title line of a note on part of a year ("2022年上半年政府信息公开数据统计"), if any. */
export function partOfYearTitle(text: string, limit = 3000): string | undefined {
  for (const raw of text.slice(0, limit).split('\n')) {
    const line = raw.trim();
    if (line.length === 0 || line.length > MAX_PART_TITLE_LINE || ENUMERATED.test(line) || /[。,，;；]/.test(line)) continue;
    if (PART_OF_YEAR.test(line) && DISCLOSURE_WORDS.test(line)) return line;
  }
  return undefined;
}

/** The title of the other kind of document the page is, or undefined when it may be a report. */
export function notAReport(text: string, evidence: ReportEvidence): string | undefined {
  if (evidence.title || evidence.period || evidence.tables) return undefined;
  const part = partOfYearTitle(text);
  if (part) return part;
  if (evidence.statement || evidence.sections > 1) return undefined;
  return otherDocumentTitle(text);
}
