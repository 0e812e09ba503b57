// The rules that need another report of the same database: CROSS-YEAR-CARRY, REPEATED-TEXT and
// DUPLICATE-REPORT. Pure functions of this report and the neighbours analyze.ts loads for it.
import { FIELDS } from '../fields.js';
import type { Finding, ReportForCheck } from './types.js';
import { finding } from './types.js';
import { numberOf, sameNumber, show, yearOf } from './values.js';
import { T3_COLUMNS, t3Key } from './t3-layout.js';
import { SECTION_SPECS, sectionText } from './sections.js';
import { containment, jaccard, shingles } from './shingles.js';
import { estimateJaccard, textSignature, type TextSignature } from './text-signature.js';

export const CROSS_RULES = ['CROSS-YEAR-CARRY', 'REPEATED-TEXT', 'DUPLICATE-REPORT'] as const;

export interface OtherReport {
  documentId: number;
  fileName: string;
  report: ReportForCheck;
}

export interface CrossContext {
  /** the same agency's report of the year before (if several, the caller picks one) */
  previous?: OtherReport;
  /** other paths the same bytes were imported from (document_paths) */
  paths?: string[];
  /** other documents that may hold the same report (same agency and year, or sharing passages) */
  candidates?: DuplicateCandidate[];
  /** this report's text signature (computed from its text when absent) */
  signature?: TextSignature;
}

/** A possible earlier copy: compared by its stored signature; its text is read only for a pair too close to call. */
export interface DuplicateCandidate {
  documentId: number;
  fileName: string;
  /** computed from normText() when absent */
  signature?: TextSignature;
  normText: () => string;
}

/** a candidate from a report already in memory */
export function candidateOf(o: OtherReport): DuplicateCandidate {
  return { documentId: o.documentId, fileName: o.fileName, normText: () => o.report.normText };
}

function agencyName(r: ReportForCheck): string {
  return typeof r.fields.agency === 'string' && r.fields.agency ? r.fields.agency : '同一机关';
}

/** R5, each column: this year's 上年结转 = last year's 结转下年度 */
export function checkCrossYearCarry(report: ReportForCheck, previous: OtherReport | undefined): Finding[] {
  if (!previous) return [];
  const prevYear = yearOf(previous.report.fields);
  const out: Finding[] = [];
  for (const c of T3_COLUMNS) {
    const carried = numberOf(report.fields, t3Key('carried', c.id));
    const before = numberOf(previous.report.fields, t3Key('carry_forward', c.id));
    if (carried === undefined || before === undefined) continue;
    if (sameNumber(carried ?? 0, before ?? 0)) continue;
    out.push(
      finding('CROSS-YEAR-CARRY', [t3Key('carried', c.id)],
        { [t3Key('carried', c.id)]: carried, previousCarryForward: before, previousDocumentId: previous.documentId },
        `表三"${c.label}"列：本年"上年结转"为 ${show(carried)}，但${agencyName(previous.report)} ${prevYear ?? '上一'}年度报告（${previous.fileName}）的"结转下年度继续办理"为 ${show(before)}`),
    );
  }
  return out;
}

/** more than this share of this year's text reappears in last year's: 年年雷同 */
export const REPEATED_SHARE = 0.5;
/** shorter texts say too little to call them copied ("无") */
const MIN_LETTERS = 60;

/** table labels and section titles every report of a format shares: not evidence of copying */
const TEMPLATE_SHINGLES: ReadonlySet<number> = (() => {
  const out = new Set<number>();
  const add = (s: string) => { for (const h of shingles(s)) out.add(h); };
  for (const f of FIELDS) add(f.label.replace(/^表[二三四](\(2019\))?|^统计表/, ''));
  for (const s of SECTION_SPECS) add(s.title);
  add('本列数据的勾稽关系为第一项加第二项之和等于第三项加第四项之和');
  return out;
})();

export function checkRepeatedText(report: ReportForCheck, previous: OtherReport | undefined): Finding[] {
  if (!previous) return [];
  const mine = sectionText(report, 5);
  const theirs = sectionText(previous.report, 5);
  // like with like: section 五 with section 五 when both have it, else whole report with whole report
  if (mine !== undefined && theirs !== undefined) {
    return similarityFinding({ text: mine, where: '第五部分"存在的主要问题及改进情况"', keys: ['section.5'] }, theirs, previous, report);
  }
  return similarityFinding({ text: report.normText, where: '报告全文', keys: ['section.all'] }, previous.report.normText, previous, report);
}

function similarityFinding(mine: { text: string; where: string; keys: string[] }, theirText: string, previous: OtherReport, report: ReportForCheck): Finding[] {
  const a = shingles(mine.text, undefined, TEMPLATE_SHINGLES);
  const b = shingles(theirText, undefined, TEMPLATE_SHINGLES);
  if (a.size < MIN_LETTERS) return [];
  const share = containment(a, b);
  if (share <= REPEATED_SHARE) return [];
  const pct = Math.round(share * 100);
  const prevYear = yearOf(previous.report.fields);
  return [
    finding('REPEATED-TEXT', mine.keys, { similarity: Math.round(share * 1000) / 1000, jaccard: Math.round(jaccard(a, b) * 1000) / 1000, previousDocumentId: previous.documentId },
      `${mine.where}约 ${pct}% 与${agencyName(report)} ${prevYear ?? '上一'}年度报告（${previous.fileName}）相同，疑似照搬上年内容`),
  ];
}

/** near-identical: the same report imported from another file (the same report laid out differently scores
 *  ~0.89 in the corpus; two years of one agency ~0.2) */
export const DUPLICATE_JACCARD = 0.85;
/** an estimate this close to the threshold (about 4 standard errors of a 512-hash signature) is checked
 *  exactly, from both texts' shingles, so the signatures never change which pairs are called duplicates */
export const UNCERTAIN = 0.06;

export function checkDuplicate(report: ReportForCheck, documentId: number, ctx: CrossContext): Finding[] {
  const reasons: string[] = [];
  const numbers: Record<string, number> = {};
  if (ctx.paths && ctx.paths.length > 1) {
    reasons.push(`同一文件已从 ${ctx.paths.length} 个位置导入（${ctx.paths.slice(0, 3).join('；')}${ctx.paths.length > 3 ? '……' : ''}）`);
    numbers.paths = ctx.paths.length;
  }
  // only earlier documents: the report imported second is the duplicate
  const earlier = (ctx.candidates ?? []).filter((c) => c.documentId < documentId);
  const mine = earlier.length ? (ctx.signature ?? textSignature(report.normText)) : undefined;
  if (mine && mine.shingles >= MIN_LETTERS) {
    let mySet: Set<number> | undefined;
    for (const c of earlier) {
      const theirs = c.signature ?? textSignature(c.normText());
      const est = estimateJaccard(mine, theirs);
      let sim = est.jaccard;
      if (!est.exact && Math.abs(sim - DUPLICATE_JACCARD) < UNCERTAIN) {
        mySet ??= shingles(report.normText);
        sim = jaccard(mySet, shingles(c.normText()));
      }
      if (sim < DUPLICATE_JACCARD) continue;
      reasons.push(`内容与已导入的 ${c.fileName}（#${c.documentId}）${sim === 1 ? '完全相同' : `几乎相同（相似度 ${Math.round(sim * 100)}%）`}`);
      numbers[`duplicateOf${c.documentId}`] = Math.round(sim * 1000) / 1000;
    }
  }
  if (!reasons.length) return [];
  return [finding('DUPLICATE-REPORT', [], numbers, `重复导入：${reasons.join('；')}`)];
}

export function checkCrossReport(report: ReportForCheck, documentId: number, ctx: CrossContext): Finding[] {
  return [
    ...checkCrossYearCarry(report, ctx.previous),
    ...checkRepeatedText(report, ctx.previous),
    ...checkDuplicate(report, documentId, ctx),
  ];
}
