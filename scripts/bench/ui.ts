// UI bench: the screens' queries on a database of 50,000 reports. The corpus is imported once through the
// real import service (real extraction, findings, blocks, offset maps); its rows are then copied, in one
// transaction, into 50,000 documents (every copy goes through the documents_fts trigger, so the trigram
// index holds 50,000 real texts), with their fields, findings, sections, similarity signatures and a spread
// of review statuses.
// Times report.get (target < 200 ms) and reports.list unfiltered / filtered / full-text / 2-char query
// (target < 100 ms each) through the same service.call the UI uses, and prints whether targets are met.
//   node --import tsx scripts/bench/ui.ts [--reports N] [--keep] [--db BENCH.db (reuse a kept database)]
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir, cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDatabase, type Db } from '../../src-main/core/db/open.js';
import { importPaths } from '../../src-main/core/import/import-service.js';
import { createService } from '../../src-main/core/service.js';
import type { ApiResult } from '../../src-main/shared/contract.js';
import { random } from './_random.js';

const SELF = fileURLToPath(import.meta.url);
const DOCS_DIR = resolve(SELF, '..', '..', '..', '..', 'shared', 'corpus', 'docs');
const args = process.argv.slice(2);
const N = Number(args[args.indexOf('--reports') + 1]) || 50_000;
const KEEP = args.includes('--keep');
const REUSE = args.includes('--db') ? args[args.indexOf('--db') + 1] : undefined;
const GET_TARGET = 200;
const LIST_TARGET = 100;


function copyCorpus(db: Db, seedPath: string, count: number): void {
  db.prepare('ATTACH DATABASE ? AS seed').run(seedPath);
  const seedIds = (db.prepare('SELECT id FROM seed.documents ORDER BY id').pluck().all() as number[]);
  const rnd = random(42);
  const statuses = ['pending', 'pending', 'pending', 'pending', 'pending', 'pending', 'approved', 'approved', 'approved', 'returned', 'rejected'];
  const insDoc = db.prepare(
    `INSERT INTO documents (sha256, kind, file_name, size, encoding, encoding_confidence, html_title, text, normalized_text,
                            start_map, end_map, blocks, notes, imported_at)
     SELECT sha256 || '-' || :i, kind, printf('%05d-', :i) || file_name, size, encoding, encoding_confidence, html_title, text,
            normalized_text, start_map, end_map, blocks, notes, :at
     FROM seed.documents WHERE id = :src`,
  );
  const updReport = db.prepare(
    `UPDATE reports SET (format, agency, agency_key, year, published, errors, warnings, infos, open_errors, extracted_at, checked_at) =
       (SELECT format, agency, agency_key, year, published, errors, warnings, infos, open_errors, extracted_at, checked_at
        FROM seed.reports WHERE document_id = :src),
       status = :status, decided_at = CASE WHEN :status = 'pending' THEN NULL ELSE :at END,
       decided_by = CASE WHEN :status = 'pending' THEN NULL ELSE '测试审核员' END
     WHERE document_id = :id`,
  );
  const copies = [
    db.prepare('INSERT INTO extracted_fields SELECT :id, key, value, approx, method, confidence, source FROM seed.extracted_fields WHERE document_id = :src'),
    db.prepare('INSERT INTO extraction_notes SELECT :id, keys, message FROM seed.extraction_notes WHERE document_id = :src'),
    db.prepare('INSERT INTO sections SELECT :id, no, title, norm_start, norm_end FROM seed.sections WHERE document_id = :src'),
    db.prepare(`INSERT INTO findings (document_id, rule_id, severity, keys, numbers, message, fingerprint, quote)
                SELECT :id, rule_id, severity, keys, numbers, message, fingerprint, quote FROM seed.findings WHERE document_id = :src`),
    db.prepare("INSERT INTO document_paths SELECT :id, '/bench/' || :id || '/' || file_name, :at FROM seed.documents WHERE id = :src"),
    // the duplicate search's signature and its keys, as an import stores them (so a later import into this
    // database does not first sign 50,000 reports)
    db.prepare('INSERT INTO text_signatures SELECT :id, shingles, sample, text_hash FROM seed.text_signatures WHERE document_id = :src'),
    db.prepare('INSERT INTO signature_keys SELECT key, :id FROM seed.signature_keys WHERE document_id = :src'),
    db.prepare('DELETE FROM signature_keys_pending WHERE document_id = :id AND :src IS NOT NULL'),
  ];
  const t0 = Date.now();
  db.transaction(() => {
    for (let i = 0; i < count; i++) {
      const src = seedIds[i % seedIds.length];
      const at = new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString();
      const id = Number(insDoc.run({ i, at, src }).lastInsertRowid);
      updReport.run({ id, src, at, status: statuses[Math.floor(rnd() * statuses.length)] });
      for (const c of copies) c.run(c.source.includes(':at') ? { id, src, at } : { id, src });
      if (i > 0 && i % 10_000 === 0) console.log(`  … ${i} reports (${((Date.now() - t0) / 1000).toFixed(0)} s)`);
    }
  })();
  db.exec('DETACH DATABASE seed');
  db.exec('ANALYZE');
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-bench-ui-'));
  console.log(`UI bench: ${N} reports; ${cpus().length} cores, load ${loadavg()[0].toFixed(2)}; in ${dir}`);
  try {
    let path = join(dir, 'bench.db');
    let db;
    if (REUSE && existsSync(REUSE)) {
      path = REUSE;
      db = openDatabase(path);
      console.log(`reusing ${path}: ${(db.prepare('SELECT count(*) FROM reports').pluck().get() as number)} reports`);
    } else {
      const seedPath = join(dir, 'seed.db');
      const seed = openDatabase(seedPath);
      const s = await importPaths(seed, [DOCS_DIR], { workers: 0 });
      seed.close();
      console.log(`seed: ${s.imported} corpus documents imported`);
      db = openDatabase(path);
      db.pragma('synchronous = OFF');
      const tBuild = Date.now();
      copyCorpus(db, seedPath, N);
      db.pragma('synchronous = NORMAL');
      console.log(`built ${N} reports in ${((Date.now() - tBuild) / 1000).toFixed(1)} s; database ${(statSync(path).size / 1024 / 1024).toFixed(0)} MB`);
    }

    const service = createService({ db, dbPath: path, mode: 'browser' });
    const time = async (channel: string, input: unknown, runs = 5): Promise<{ ms: number; result: ApiResult<unknown> }> => {
      let result = await service.call(channel, input); // warm-up
      const times: number[] = [];
      for (let i = 0; i < runs; i++) {
        const t = performance.now();
        result = await service.call(channel, input);
        times.push(performance.now() - t);
      }
      if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
      return { ms: median(times), result };
    };

    const rows: { what: string; ms: number; target: number; note: string }[] = [];
    const rnd = random(7);
    const getTimes: number[] = [];
    for (let i = 0; i < 20; i++) {
      const id = 1 + Math.floor(rnd() * (db.prepare('SELECT max(document_id) FROM reports').pluck().get() as number));
      const t = performance.now();
      const r = await service.call('report.get', { id, neighboursIn: { sort: { column: 'agency', dir: 'asc' }, status: ['pending'] } });
      getTimes.push(performance.now() - t);
      if (!r.ok) throw new Error(r.error.message);
    }
    rows.push({ what: 'report.get (20 random reports, neighbours in a filtered agency order)', ms: median(getTimes), target: GET_TARGET, note: `max ${Math.max(...getTimes).toFixed(1)} ms` });

    const lists: [string, unknown][] = [
      ['reports.list first page, default order', { limit: 100 }],
      ['reports.list page 250 (offset 25,000), sort by agency', { offset: 25_000, limit: 100, sort: { column: 'agency', dir: 'asc' } }],
      ['reports.list status+year+severity filters, sort by errors', { status: ['pending', 'returned'], year: [2019, 2020, 2021], severity: ['error'], sort: { column: 'errors', dir: 'desc' }, limit: 100 }],
      ['reports.list full text (≥3 chars, common): 行政复议', { query: '行政复议', limit: 100 }],
      ['reports.list full text (≥3 chars, rarer): 自然资源局', { query: '自然资源局', limit: 100, sort: { column: 'year', dir: 'desc' } }],
      ['reports.list full text + filters', { query: '信息公开', status: ['pending'], format: ['2021'], limit: 100 }],
      ['reports.list 2-char query: 复议', { query: '复议', limit: 100 }],
      ['reports.list 2-char query + filter: 街道', { query: '街道', format: ['pre2019'], limit: 100 }],
    ];
    for (const [what, input] of lists) {
      const { ms, result } = await time('reports.list', input);
      rows.push({ what, ms, target: LIST_TARGET, note: `${(result as { data: { total: number } }).data.total} hits` });
    }
    const facets = await time('reports.facets', {});
    rows.push({ what: 'reports.facets', ms: facets.ms, target: LIST_TARGET, note: '' });
    const dash = await time('dashboard.get', {}, 1);
    rows.push({ what: 'dashboard.get (not a target, for reference)', ms: dash.ms, target: Infinity, note: '' });

    let allMet = true;
    for (const r of rows) {
      const met = r.ms < r.target;
      if (r.target !== Infinity && !met) allMet = false;
      const target = r.target === Infinity ? '—' : `< ${r.target} ms ${met ? '✓ met' : '✗ MISSED'}`;
      console.log(`${r.what.padEnd(78)} ${r.ms.toFixed(1).padStart(8)} ms   ${target}   ${r.note}`);
    }
    console.log(allMet ? 'All UI targets met.' : 'Some UI targets were missed.');
    await service.close();
    db.close();
    process.exitCode = allMet ? 0 : 1;
  } finally {
    if (KEEP) console.log(`kept ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  }
}

await main();
