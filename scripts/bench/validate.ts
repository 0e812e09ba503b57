// Checks bench: checkReport over every corpus document's extracted values (parsed, normalised and
// extracted once, outside the timing), and recheckReport (what runs after each correction: load the
// reviewed values, single-report and cross-report rules, save findings) in a real SQLite file holding the
// whole corpus. Target: checkReport of a full 2021 report well under 5 ms.
//   node --import tsx scripts/bench/validate.ts [--rounds N]
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createHash } from 'node:crypto';
import { extractReport } from '../../src-main/core/extract/index.js';
import { parseFile } from '../../src-main/core/import/parse-file.js';
import { normalize } from '../../src-main/core/normalize/index.js';
import { checkReport, reportForCheckFromExtraction, type ReportForCheck } from '../../src-main/core/validate/index.js';
import { openDatabase } from '../../src-main/core/db/open.js';
import { insertDocument } from '../../src-main/core/db/documents-repo.js';
import { recheckReport, storeAnalysis } from '../../src-main/core/analyze.js';

const TARGET_MS = 5;
const DOCS = resolve(fileURLToPath(import.meta.url), '..', '..', '..', '..', 'shared', 'corpus', 'docs');
const roundsArg = process.argv.indexOf('--rounds');
const ROUNDS = roundsArg > 0 ? Number(process.argv[roundsArg + 1]) : 50;

const dir = mkdtempSync(join(tmpdir(), 'nianbao-bench-validate-'));
const db = openDatabase(join(dir, 'bench.db'));
const reports: { name: string; format: string; report: ReportForCheck; id: number }[] = [];
for (const name of readdirSync(DOCS).sort()) {
  const bytes = new Uint8Array(readFileSync(join(DOCS, name)));
  const parsed = await parseFile(bytes, name);
  const norm = normalize(parsed.text);
  const extraction = extractReport({ parsed, norm });
  const id = db.transaction(() => {
    const docId = insertDocument(db, { sha256: createHash('sha256').update(bytes).digest('hex'), fileName: name, size: bytes.length, parsed, norm });
    storeAnalysis(db, docId, extraction);
    return docId;
  })();
  reports.push({ name, format: extraction.format ?? 'unknown', report: reportForCheckFromExtraction(extraction, parsed, norm), id });
}

const pct = (xs: number[], p: number): number => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))];
const line = (label: string, xs: number[]): string =>
  `${label.padEnd(26)} n=${String(xs.length).padStart(5)}  median ${pct(xs, 0.5).toFixed(3)} ms  p95 ${pct(xs, 0.95).toFixed(3)} ms  max ${Math.max(...xs).toFixed(3)} ms`;

for (let i = 0; i < 5; i++) for (const r of reports) checkReport(r.report); // warm-up
const byFormat = new Map<string, number[]>();
// full reports (all three tables read), as opposed to the corpus's page openings
const full2021: number[] = [];
for (let round = 0; round < ROUNDS; round++) {
  for (const r of reports) {
    const t0 = performance.now();
    checkReport(r.report);
    const ms = performance.now() - t0;
    const list = byFormat.get(r.format) ?? [];
    list.push(ms);
    byFormat.set(r.format, list);
    if (r.format === '2021' && Object.keys(r.report.fields).length >= 150) full2021.push(ms);
  }
}
console.log(`checkReport: ${reports.length} corpus documents × ${ROUNDS} rounds`);
for (const [format, xs] of [...byFormat].sort()) console.log(line(`  format ${format}`, xs));
console.log(line('  full 2021 reports', full2021));
console.log(`  target: median under ${TARGET_MS} ms for a full 2021 report — ${pct(full2021, 0.5) < TARGET_MS ? 'met' : 'NOT met'}`);

const recheck: number[] = [];
for (let round = 0; round < Math.max(3, Math.floor(ROUNDS / 5)); round++) {
  for (const r of reports) {
    const t0 = performance.now();
    recheckReport(db, r.id);
    recheck.push(performance.now() - t0);
  }
}
console.log(line('recheckReport (SQLite)', recheck));
db.close();
rmSync(dir, { recursive: true, force: true });
