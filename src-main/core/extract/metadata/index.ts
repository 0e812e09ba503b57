// agency, year, published: from the title (in the text or the HTML <title>), the page header, and the
// first sentences — all read in a window that starts a little before the report's own opening (origin.ts),
// so site chrome above it does not matter. Each comes with the span it was read from.
import { normalize } from '../../normalize/index.js';
import { field, type ExtractContext } from '../source.js';
import type { ExtractedField, ExtractionNote } from '../types.js';
import { formatFromTables } from '../format.js';
import { findSections } from '../sections.js';
import { findAgencyInBody, findFrequentName, topSelfReference } from './agency.js';
import { notAReport } from './document-kind.js';
import { metadataWindow } from './origin.js';
import { findPublished } from './published.js';
import { findTitles, type Span, type TitleCandidate } from './title.js';
import { findFrequentYear, findPeriodYear, findYearStatement } from './year.js';

const KIND_ORDER: Record<TitleCandidate['kind'], number> = { line: 0, bracket: 1, verb: 2 };
/** characters from the top of the page (or 1,500 past the title) in which a labelled publication date is read */
const PUBLISHED_WINDOW = 3000;
const KIND_CONFIDENCE: Record<TitleCandidate['kind'], number> = { line: 0.95, bracket: 0.85, verb: 0.8 };

function byKind(cands: TitleCandidate[]): TitleCandidate[] {
  return [...cands].sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.at - b.at);
}

export interface MetadataResult {
  fields: ExtractedField[];
  notes: ExtractionNote[];
  year?: number;
  /** false when the page is another kind of document (a notice about reports): nothing of a report is read
   *  from what it mentions */
  report: boolean;
}

export function extractMetadata(ctx: ExtractContext, htmlTitle?: string): MetadataResult {
  const full = ctx.norm.text;
  // Every reader looks from a little before the report's own opening: site chrome above it does not count.
  // Spans found in this view are shifted back to the whole text.
  const window = metadataWindow(full);
  const skip = window.start;
  const text = skip ? full.slice(skip) : full;
  const shift = <T extends { span: Span } | undefined>(hit: T): T => (hit && skip ? { ...hit, span: moved(hit.span, skip) } : hit);
  const titles = byKind(findTitles(text, 6000)).map((t) => (skip ? movedTitle(t, skip) : t));
  const fromHtml = htmlTitle ? byKind(findTitles(normalize(htmlTitle).text)) : [];
  const fields: ExtractedField[] = [];
  const notes: ExtractionNote[] = [];

  // A notice about reports (国办公开办函〔2021〕30号 and the like) mentions years, notices and bodies that are
  // no report's: it gets no year, agency or format from them (published stays: it is the page's date).
  const period = shift(findPeriodYear(text));
  const other = notAReport(text, {
    title: titles.some((t) => t.kind === 'line' || (t.kind === 'verb' && t.year !== undefined)) || fromHtml.length > 0,
    period: period !== undefined,
    get statement() {
      return findYearStatement(text) !== undefined;
    },
    get tables() {
      return formatFromTables(text) !== undefined;
    },
    get sections() {
      return findSections(text).length;
    },
  });
  if (other) {
    const shown = other.length > 40 ? `${other.slice(0, 40)}…` : other;
    notes.push({
      keys: ['year', 'format', 'agency'],
      message: `文档看起来不是政府信息公开工作年度报告（标题为“${shown}”，没有年度报告的标题、统计期限或表格），未从正文推断报告年度、格式和主体`,
    });
    return { fields: publishedOnly(ctx, text, shift, window.opening !== undefined ? [window.opening - skip] : undefined), notes, report: false };
  }

  // year: a title in the text, the HTML title, the statistical period, the most mentioned year
  let year: number | undefined;
  const hYear = fromHtml.find((t) => t.year !== undefined);
  // Site chrome may list other years' reports before the title: when title lines disagree, the one whose
  // year the HTML title, the statistical period, the body's most mentioned year or a sentence naming the
  // report's year confirms wins; when none
  // does, the lines are a list of other reports and that confirming source gives the year itself.
  const inBody = period ?? shift(findFrequentYear(text)) ?? shift(findYearStatement(text));
  const hint = hYear?.year ?? inBody?.year;
  const withYear = titles.filter((t) => t.year !== undefined);
  const lines = withYear.filter((t) => t.kind !== 'verb');
  const disagree = new Set(lines.map((t) => t.year)).size > 1;
  const tYear =
    lines.find((t) => t.year === hint) ?? (disagree && hint !== undefined ? undefined : (lines[0] ?? withYear[0]));
  if (tYear?.year !== undefined) {
    year = tYear.year;
    fields.push(field(ctx, 'year', year, 'metadata', KIND_CONFIDENCE[tYear.kind], tYear.yearSpan ?? null));
  } else if (hYear?.year !== undefined) {
    year = hYear.year;
    fields.push(field(ctx, 'year', year, 'metadata', 0.85, null));
  } else {
    const hit = inBody;
    if (hit) {
      year = hit.year;
      fields.push(field(ctx, 'year', year, 'metadata', hit.confidence, hit.span));
    }
  }

  // agency: a named title, the body's own naming, the HTML title, then a self-reference (我局) as a last resort
  const namedTitles = titles.filter((t) => t.agency && !t.agencyIsSelf);
  const named = namedTitles.find((t) => t.year === year) ?? namedTitles[0];
  const body = named ? undefined : shift(findAgencyInBody(text));
  const htmlNamed = fromHtml.find((t) => t.agency && !t.agencyIsSelf);
  const self = titles.find((t) => t.agency && t.agencyIsSelf);
  if (named?.agency) {
    // a title without a year is a weaker title
    const confidence = named.year === undefined ? KIND_CONFIDENCE[named.kind] - 0.1 : KIND_CONFIDENCE[named.kind];
    fields.push(field(ctx, 'agency', named.agency, 'metadata', confidence, named.agencySpan ?? null));
  } else if (body && !(htmlNamed && body.confidence < 0.8)) {
    fields.push(field(ctx, 'agency', body.name, 'metadata', body.confidence, body.span));
  } else if (htmlNamed?.agency) {
    fields.push(field(ctx, 'agency', htmlNamed.agency, 'metadata', 0.8, null));
  } else if (body) {
    fields.push(field(ctx, 'agency', body.name, 'metadata', body.confidence, body.span));
  } else {
    const frequent = shift(findFrequentName(text));
    const me = self?.agency ? undefined : shift(topSelfReference(text));
    if (frequent) {
      fields.push(field(ctx, 'agency', frequent.name, 'metadata', frequent.confidence, frequent.span));
      const how = frequent.rule === 'own-name' ? '是正文中自称时使用的名称（如本单位的制度、公众号或网站）' : '是正文中反复出现的名称';
      notes.push({ keys: ['agency'], message: `报告没有写明主体的标题，“${frequent.name}”${how}，请核对` });
    } else if (self?.agency || me) {
      // the report never names itself: a pronoun is no name (a wrong agency costs a reviewer more than a blank
      // one), so the agency is left for the reviewer and the note says how the report calls itself
      const name = self?.agency ?? me!.name;
      notes.push({ keys: ['agency'], message: `报告只以“${name}”自称，未写明机关名称，请人工填写报告主体` });
    } else {
      notes.push({ keys: ['agency'], message: '未能从标题或正文识别报告主体（发布机关名称）' });
    }
  }
  if (year === undefined) notes.push({ keys: ['year'], message: '未能从标题或正文识别报告年度' });

  // the page header sits near the title, which long site chrome (menus, link lists) may push down the page
  // (near the title — each line naming this report, a page may repeat it — or without one near its opening)
  const title = named ?? tYear;
  const anchors = title
    ? titles.filter((t) => t === title || (t.kind !== 'verb' && t.year === title.year && t.agency === title.agency)).map((t) => t.at - skip)
    : window.opening !== undefined ? [window.opening - skip] : undefined;
  const last = anchors?.length ? Math.max(...anchors) : 0;
  const pub = shift(findPublished(text, year, Math.max(PUBLISHED_WINDOW, last + PUBLISHED_WINDOW / 2), anchors));
  if (pub) fields.push(field(ctx, 'published', pub.value, 'metadata', pub.rank <= 2 ? 0.9 : 0.7, pub.span));
  return { fields, notes, year, report: true };
}

/** The page's labelled date near its top, for a page that is not a report. */
function publishedOnly(ctx: ExtractContext, text: string, shift: <T extends { span: Span } | undefined>(hit: T) => T, anchors?: number[]): ExtractedField[] {
  const pub = shift(findPublished(text, undefined, PUBLISHED_WINDOW, anchors));
  return pub ? [field(ctx, 'published', pub.value, 'metadata', pub.rank <= 2 ? 0.9 : 0.7, pub.span)] : [];
}

function moved(span: Span, by: number): Span {
  return { start: span.start + by, end: span.end + by };
}

function movedTitle(t: TitleCandidate, by: number): TitleCandidate {
  return {
    ...t,
    at: t.at + by,
    yearSpan: t.yearSpan && moved(t.yearSpan, by),
    agencySpan: t.agencySpan && moved(t.agencySpan, by),
  };
}
