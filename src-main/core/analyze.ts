// After import, re-extraction or a correction: store the extraction, key the agency, check the report
// (single-report rules and the cross-report rules against its neighbours in the database), save the
// findings, and re-check the reports whose cross-report picture this one changes (the same agency's
// next-year report, whose 上年结转 and 五 are compared with this one).
import type { Db } from './db/open.js';
import type { ExtractionResult, SectionRef } from './extract/types.js';
import { saveExtraction, getReviewedValues } from './db/fields-repo.js';
import { saveFindings } from './db/findings-repo.js';
import { refreshAgencyKey, sameAgencyReports, type AgencyReport } from './agency/links.js';
import { checkReport } from './validate/index.js';
import { asFormat } from './validate/from-extraction.js';
import { checkCrossReport, type CrossContext, type DuplicateCandidate, type OtherReport } from './validate/cross-report.js';
import type { Finding, ReportForCheck } from './validate/types.js';
import type { TextSignature } from './validate/text-signature.js';
import { saveSignature, signatureOf } from './db/signatures-repo.js';
import { stmt } from './db/statements.js';
import { normalizedTextOf } from './db/documents-repo.js';
import { documentsWithPhrase } from './db/text-index.js';
import { documentsSharingKeys, signPending } from './db/signature-index.js';

type DocRow = { file_name: string; text: string; normalized_text: string; html_title: string | null };


/** The stored report as the checks see it: reviewed values (corrections win), texts and sections. */
export function loadReportForCheck(db: Db, documentId: number): ReportForCheck | undefined {
  const doc = stmt(db, 'SELECT file_name, text, normalized_text, html_title FROM documents WHERE id = ?').get(documentId) as DocRow | undefined;
  if (!doc) return undefined;
  const fields = getReviewedValues(db, documentId);
  const stored = stmt(db, 'SELECT format FROM reports WHERE document_id = ?').get(documentId) as { format: string | null } | undefined;
  const sections = stmt(db, 'SELECT no, title, norm_start AS normStart, norm_end AS normEnd FROM sections WHERE document_id = ? ORDER BY no')
    .all(documentId) as SectionRef[];
  const notes = (stmt(db, 'SELECT keys, message FROM extraction_notes WHERE document_id = ? ORDER BY rowid').all(documentId) as { keys: string; message: string }[])
    .map((n) => ({ keys: JSON.parse(n.keys) as string[], message: n.message }));
  return {
    format: asFormat(fields.format) ?? asFormat(stored?.format),
    notes,
    fields,
    text: doc.text,
    normText: doc.normalized_text,
    sections,
    fileName: doc.file_name,
    htmlTitle: doc.html_title ?? undefined,
  };
}

function yearOfRow(db: Db, documentId: number): number | null {
  return (stmt(db, 'SELECT year FROM reports WHERE document_id = ?').get(documentId) as { year: number | null } | undefined)?.year ?? null;
}

function other(db: Db, documentId: number, fileName: string): OtherReport | undefined {
  const report = loadReportForCheck(db, documentId);
  return report ? { documentId, fileName, report } : undefined;
}

/** a possible duplicate: compared by its stored signature; its text is read only if the signatures cannot decide */
function candidate(db: Db, documentId: number): DuplicateCandidate | undefined {
  const doc = stmt(db, 'SELECT file_name FROM documents WHERE id = ?').get(documentId) as { file_name: string } | undefined;
  const signature = doc && signatureOf(db, documentId);
  if (!doc || !signature) return undefined;
  return {
    documentId,
    fileName: doc.file_name,
    signature,
    normText: () => normalizedTextOf(db, documentId) ?? '',
  };
}

/** how many passages of a report are looked up in the full-text index when the key index cannot decide */
const PROBES = 3;
const PROBE_LENGTH = 12;
const PROBE = new RegExp(`[\\u4e00-\\u9fff]{${PROBE_LENGTH}}`);

/** Earlier documents sharing passages with this one, through the trigram index (the key index's fallback). */
function passageProbes(db: Db, documentId: number, normText: string): number[] {
  const hits = new Map<number, number>();
  let probes = 0;
  for (let p = 1; p <= PROBES; p++) {
    // a run of CJK letters near the p-th quarter: no digits (they differ between copies), no quotes
    const from = Math.floor((normText.length * p) / (PROBES + 1));
    const m = PROBE.exec(normText.slice(from, from + 400));
    if (!m) continue;
    probes++;
    for (const id of documentsWithPhrase(db, m[0], documentId)) hits.set(id, (hits.get(id) ?? 0) + 1);
  }
  const need = Math.max(1, probes - 1);
  return [...hits].filter(([, n]) => n >= need).map(([id]) => id);
}

/**
 * Earlier documents that may be copies of this one, whatever their extracted agency or year: those sharing
 * half of its signature keys (db/signature-index.ts), after giving documents without keys theirs. Only when
 * the keys cannot decide (most of them shared by very many documents), or while an old database still has
 * documents waiting for their keys, are passages probed as well.
 */
function nearCopies(db: Db, documentId: number, normText: string, signature: TextSignature | undefined): number[] {
  if (!signature) return [];
  const signed = signPending(db, documentId);
  const found = documentsSharingKeys(db, documentId, signature);
  if (found.decided && signed) return found.ids;
  return [...new Set([...found.ids, ...passageProbes(db, documentId, normText)])];
}

/** What the cross-report rules compare this report with. */
export function crossContext(db: Db, documentId: number, normText?: string, same = sameAgencyReports(db, documentId)): CrossContext {
  const year = yearOfRow(db, documentId);
  const ctx: CrossContext = {};
  if (year !== null) {
    // several files of last year's report (html and docx of the same report): the earliest imported
    const prev = same.filter((r) => r.year === year - 1).sort((a, b) => a.documentId - b.documentId)[0];
    if (prev) ctx.previous = other(db, prev.documentId, prev.fileName);
  }
  const twins = new Set(same.filter((r) => r.year === year && year !== null && r.documentId < documentId).map((r) => r.documentId));
  const text = normText ?? normalizedTextOf(db, documentId);
  // read (or made, at first use) once: the key lookup and the duplicate comparison both use it
  const signature = text !== undefined ? signatureOf(db, documentId) : undefined;
  if (text !== undefined) for (const id of nearCopies(db, documentId, text, signature)) twins.add(id);
  if (twins.size) {
    ctx.signature = signature ?? signatureOf(db, documentId);
    ctx.candidates = [...twins].sort((a, b) => a - b).map((id) => candidate(db, id)).filter((c): c is DuplicateCandidate => c !== undefined);
  }
  ctx.paths = (stmt(db, 'SELECT path FROM document_paths WHERE document_id = ? ORDER BY added_at, path').all(documentId) as { path: string }[])
    .map((p) => p.path);
  return ctx;
}

/**
 * A newly imported report as the import worker saw it: the ReportForCheck that loadReportForCheck would
 * read back (a new document has no corrections) and its single-report findings, computed in the worker.
 */
export interface CheckedInWorker {
  report: ReportForCheck;
  findings: Finding[];
}

/** Checks one stored report (single-report and cross-report rules) and saves its findings. */
function checkAndSave(db: Db, documentId: number, same?: AgencyReport[], fresh?: CheckedInWorker): Finding[] {
  const report = fresh?.report ?? loadReportForCheck(db, documentId);
  if (!report) return [];
  const single = fresh?.findings ?? checkReport(report);
  const findings = [...single, ...checkCrossReport(report, documentId, crossContext(db, documentId, report.normText, same))];
  saveFindings(db, documentId, findings);
  return findings;
}

/** the reports whose cross-report findings read this one: the same agency's next-year reports */
function dependants(db: Db, documentId: number, same?: AgencyReport[]): number[] {
  const year = yearOfRow(db, documentId);
  if (year === null) return [];
  return (same ?? sameAgencyReports(db, documentId)).filter((r) => r.year === year + 1).map((r) => r.documentId);
}

function analyze(db: Db, documentId: number, extraction?: ExtractionResult, signature?: TextSignature, fresh?: CheckedInWorker): Finding[] {
  return db.transaction(() => {
    const before = dependants(db, documentId);
    if (signature) saveSignature(db, documentId, signature);
    if (extraction) saveExtraction(db, documentId, extraction);
    refreshAgencyKey(db, documentId);
    const same = sameAgencyReports(db, documentId);
    const findings = checkAndSave(db, documentId, same, fresh);
    const after = dependants(db, documentId, same);
    for (const id of new Set([...before, ...after])) checkAndSave(db, id);
    return findings;
  })();
}

/**
 * Called inside the per-file import transaction with the worker's extraction result, the signature of the
 * document's normalised text (computed here at first use when not given) and, for a new document, what the
 * worker already checked.
 */
export function storeAnalysis(db: Db, documentId: number, extraction: ExtractionResult, signature?: TextSignature, fresh?: CheckedInWorker): void {
  analyze(db, documentId, extraction, signature, fresh);
}

/** After a re-extraction of a stored document: same as import, corrections and decisions are kept. */
export function reanalyzeDocument(db: Db, documentId: number, extraction: ExtractionResult): Finding[] {
  return analyze(db, documentId, extraction);
}

/** After a correction (or a link/unlink): re-check the report and its dependants; returns its findings. */
export function recheckReport(db: Db, documentId: number): Finding[] {
  return analyze(db, documentId);
}
