// Export bench: a database of 20,000 approved reports whose figures are the corpus gold figures varied at
// random, exported to .xlsx by exportWorkbook. Prints the time and the peak RSS of the export (measured in
// a child process that does nothing else, sampling process.memoryUsage().rss every 50 ms) against the
// targets: under 20 s and under 400 MB.
//   node --import tsx scripts/bench/export.ts [--reports N] [--keep]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { openDatabase, type Db } from '../../src-main/core/db/open.js';
import { exportWorkbook } from '../../src-main/core/export/index.js';
import { random } from './_random.js';

const TARGET_SECONDS = 20;
const TARGET_MB = 400;
const SELF = fileURLToPath(import.meta.url);
const GOLD_DIR = resolve(SELF, '..', '..', '..', '..', 'shared', 'corpus', 'gold');

type Gold = { doc: string; complete: boolean; fields: Record<string, number | string | null> };


function buildDb(path: string, count: number): { fields: number } {
  const golds = readdirSync(GOLD_DIR)
    .filter((f) => f.endsWith('.json'))
    .map((f) => JSON.parse(readFileSync(join(GOLD_DIR, f), 'utf8')) as Gold)
    .filter((g) => g.complete && typeof g.fields.format === 'string');
  const db: Db = openDatabase(path);
  db.pragma('synchronous = OFF');
  const rnd = random(20_000);
  const insDoc = db.prepare(
    `INSERT INTO documents (id, sha256, kind, file_name, size, encoding, encoding_confidence, text, normalized_text,
       start_map, end_map, blocks, imported_at) VALUES (?, ?, 'txt', ?, 0, 'utf-8', 1, '', '', x'', x'', '[]', ?)`,
  );
  const insReport = db.prepare(
    `INSERT INTO reports (document_id, status, format, agency, year, published, extracted_at, decided_at, decided_by)
     VALUES (?, 'approved', ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT(document_id) DO UPDATE SET status = excluded.status, format = excluded.format, agency = excluded.agency,
       year = excluded.year, published = excluded.published, extracted_at = excluded.extracted_at,
       decided_at = excluded.decided_at, decided_by = excluded.decided_by`,
  );
  const insField = db.prepare(
    `INSERT INTO extracted_fields (document_id, key, value, approx, method, confidence, source) VALUES (?, ?, ?, 0, 'table-cell', 1, NULL)`,
  );
  const insCorrection = db.prepare(
    `INSERT INTO corrections (document_id, key, old_value, new_value, extracted_value, source, reviewer, at)
     VALUES (?, ?, ?, ?, ?, NULL, '王复核', ?)`,
  );
  const insFinding = db.prepare(
    `INSERT INTO findings (document_id, rule_id, severity, keys, numbers, message, fingerprint) VALUES (?, ?, ?, ?, '{}', ?, ?)`,
  );
  const insDecision = db.prepare(
    `INSERT INTO finding_decisions (document_id, fingerprint, decision, reason, reviewer, at) VALUES (?, ?, 'dismissed', '原文如此', '李审核', ?)`,
  );
  let fields = 0;
  const at = '2026-02-01T01:30:00.000Z';
  db.transaction(() => {
    for (let id = 1; id <= count; id++) {
      const g = golds[id % golds.length];
      const year = Number(g.fields.year);
      insDoc.run(id, `bench-${id}`, `bench-${id}-${g.doc}`, at);
      insReport.run(id, g.fields.format, `${g.fields.agency ?? '某机关'}${id}`, year, `${year + 1}-01-2${id % 10}`, at, at, '李审核');
      const varied: Array<[string, number | string | null]> = [];
      for (const [key, value] of Object.entries(g.fields)) {
        // figures vary by −50 %…+50 %; 本年增/减 may turn negative; money keeps two decimals
        let v = value;
        if (typeof value === 'number' && key.includes('.')) {
          const f = 0.5 + rnd();
          v = key.endsWith('.change') ? Math.round(value * f - 5 * rnd()) : key.endsWith('amount') || key.endsWith('fees') || key.endsWith('budget') ? Math.round(value * f * 100) / 100 : Math.round(value * f);
        }
        varied.push([key, v]);
      }
      for (const [key, v] of varied) insField.run(id, key, JSON.stringify(v));
      fields += varied.length;
      if (id % 100 === 0) {
        const [key, v] = varied[varied.length - 1];
        insCorrection.run(id, key, JSON.stringify(v), JSON.stringify(typeof v === 'number' ? v + 1 : v), JSON.stringify(v), at);
      }
      if (id % 10 === 0) {
        insFinding.run(id, 'T3-BALANCE', 'error', '["t3.new.total"]', '表三“总计”列：新收+结转≠总计+结转下年度', 'T3-BALANCE:t3.new.total');
        insFinding.run(id, 'LATE-PUBLICATION', 'warning', '["published"]', '发布日期晚于1月31日', 'LATE-PUBLICATION:published');
        insDecision.run(id, 'LATE-PUBLICATION:published', at);
      }
    }
  })();
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  return { fields };
}

/** The child: only the export, with its own RSS sampled every 50 ms. */
async function child(dbPath: string, out: string): Promise<void> {
  const db = openDatabase(dbPath);
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 50);
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const result = await exportWorkbook(db, { out });
  const seconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  clearInterval(timer);
  peak = Math.max(peak, process.memoryUsage().rss);
  db.close();
  process.stdout.write(JSON.stringify({ seconds, cpuSeconds: (cpu.user + cpu.system) / 1e6, peakMb: peak / 1048576, reports: result.reports, findings: result.findings, corrections: result.corrections }));
}

/** Reads the file back with exceljs's streaming reader: the zip and every sheet parse, rows counted. */
async function verify(out: string): Promise<Record<string, number>> {
  const rows: Record<string, number> = {};
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(out, { worksheets: 'emit', sharedStrings: 'cache', styles: 'ignore', hyperlinks: 'ignore' });
  for await (const ws of reader) {
    let n = 0;
    for await (const _row of ws) n++;
    rows[(ws as unknown as { name: string }).name] = n;
  }
  return rows;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args[0] === '--child') return child(args[1], args[2]);
  const countArg = args.indexOf('--reports');
  const count = countArg >= 0 ? Number(args[countArg + 1]) : 20_000;
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-bench-export-'));
  try {
    const dbPath = join(dir, 'bench.db');
    const out = join(dir, '汇总.xlsx');
    const t0 = performance.now();
    const { fields } = buildDb(dbPath, count);
    console.log(`数据库：${count} 份已通过报告，${fields} 个字段值，建库 ${((performance.now() - t0) / 1000).toFixed(1)} 秒，${(statSync(dbPath).size / 1048576).toFixed(0)} MB`);

    const r = spawnSync(process.execPath, ['--import', 'tsx', SELF, '--child', dbPath, out], { encoding: 'utf8', maxBuffer: 1 << 20 });
    if (r.status !== 0) {
      console.error(r.stderr);
      process.exitCode = 1;
      return;
    }
    const m = JSON.parse(r.stdout) as { seconds: number; cpuSeconds: number; peakMb: number; reports: number; findings: number; corrections: number };
    const size = statSync(out).size / 1048576;
    console.log(`导出：${m.reports} 份报告，校验问题 ${m.findings} 条，修改记录 ${m.corrections} 条，文件 ${size.toFixed(1)} MB`);
    const okTime = m.seconds < TARGET_SECONDS;
    const okMem = m.peakMb < TARGET_MB;
    console.log(`用时 ${m.seconds.toFixed(1)} 秒（目标 < ${TARGET_SECONDS} 秒）：${okTime ? '达标' : '未达标'}；CPU 时间 ${m.cpuSeconds.toFixed(1)} 秒（含压缩线程），系统负载 ${loadavg()[0].toFixed(1)}（${cpus().length} 核）`);
    console.log(`峰值内存 RSS ${m.peakMb.toFixed(0)} MB（目标 < ${TARGET_MB} MB）：${okMem ? '达标' : '未达标'}`);
    const t1 = performance.now();
    const rows = await verify(out);
    console.log(`回读校验（${((performance.now() - t1) / 1000).toFixed(1)} 秒）：${Object.entries(rows).map(([k, v]) => `${k} ${v} 行`).join('，')}`);
    if (!okTime || !okMem) process.exitCode = 1;
  } finally {
    if (!process.argv.includes('--keep')) rmSync(dir, { recursive: true, force: true });
    else console.log(`保留：${dir}`);
  }
}

await main();
