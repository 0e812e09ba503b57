// Import throughput and memory: a couple of thousand reports made from the corpus (figures, year and agency
// varied so every file hashes differently), imported with the worker pool into a temp database.
// Run: node --import tsx scripts/bench/import.ts [--count N] [--workers N] [--only txt|html|docx]
//      [--into FILE.db]  import into a copy of an existing database (e.g. the UI bench's, kept with --keep)
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import iconv from 'iconv-lite';
import { build } from 'esbuild';
import { openDatabase } from '../../src-main/core/db/open.js';
import { importPaths, defaultWorkerCount } from '../../src-main/core/import/import-service.js';

const PROJECT = join(import.meta.dirname, '..', '..');
const DOCS = join(PROJECT, '..', 'shared', 'corpus', 'docs');
const GOLD = join(PROJECT, '..', 'shared', 'corpus', 'gold');
const arg = (name: string, dflt: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : dflt;
};
const total = arg('count', 2000);
const workers = arg('workers', defaultWorkerCount());
const TARGETS = { txt: 100, html: 100, docx: 30 } as const;
const RSS_TARGET_MB = 500;

// Deterministic pseudo-random numbers so runs are comparable.
let seed = 12345;
const rand = (n: number) => {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed % n;
};
// A distinct agency per copy (20 × 20 × 5 names), as in a real batch: one report per agency and year.
const A = '青白金玉长安平和兴华新永宁泰丰盛福康庆昌';
const B = '山河湖溪川江海林岭源阳泉口桥城港田原州坪';
const SUFFIX = ['区', '县', '镇', '乡', '市'];
const agencyName = (k: number) => A[k % 20] + B[Math.floor(k / 20) % 20] + SUFFIX[Math.floor(k / 400) % 5];

/** Gold labels by document name (gold files are named after the document, with or without its extension). */
const GOLD_AGENCY = new Map<string, string>(
  readdirSync(GOLD)
    .filter((f) => f.endsWith('.json'))
    .map((f) => JSON.parse(readFileSync(join(GOLD, f), 'utf8')) as { doc: string; fields: { agency?: string } })
    .filter((g) => typeof g.fields.agency === 'string')
    .map((g) => [g.doc, g.fields.agency as string]),
);

/** The place name a corpus document's gold label gives (e.g. 柳北区 from 柳北区人民政府). */
function placeOf(doc: string): string | null {
  const agency = GOLD_AGENCY.get(doc);
  return agency ? agency.replace(/(人民政府|办事处|管委会)$/, '') : null;
}

/** Varies the figures (numbers other than years), sometimes the year, and renames the agency. */
function vary(text: string, k: number, place: string | null): string {
  let out = text
    .replace(/(?<![\d.])\d{1,3}(?![\d.年])/g, (m) => String(Number(m) + rand(7)))
    .replace(/20(1\d|2\d)年/g, (m) => (rand(4) === 0 ? `20${10 + rand(15)}年` : m));
  if (place) out = out.split(place).join(agencyName(k));
  return out;
}

/** Varies only text between tags, so markup stays valid. */
function varyHtml(html: string, k: number, place: string | null): string {
  return html.replace(/>([^<]+)</g, (_m, t: string) => `>${vary(t, k, place)}<`) + `<!-- copy ${k} -->`;
}

const W_T = /<w:t(\s[^>]*)?>([^<]*)<\/w:t>/g;

/**
 * Varies a document.xml paragraph by paragraph: Word splits text into runs anywhere (a place name can span
 * three runs), so each paragraph's text is varied whole and put into its first run.
 */
function varyDocxXml(xml: string, k: number, place: string | null): string {
  return xml.replace(/<w:p[ >][\s\S]*?<\/w:p>/g, (para) => {
    const joined = [...para.matchAll(W_T)].map((m) => m[2]).join('');
    if (!joined) return para;
    const varied = vary(joined, k, place);
    let first = true;
    return para.replace(W_T, (_m, a: string | undefined) => {
      const out = first ? varied : '';
      first = false;
      return `<w:t${a ?? ''}>${out}</w:t>`;
    });
  });
}

async function makeCorpus(dir: string): Promise<Record<'txt' | 'html' | 'docx', string>> {
  const files = readdirSync(DOCS);
  const byKind = {
    txt: files.filter((f) => f.endsWith('.txt')),
    html: files.filter((f) => f.endsWith('.html')),
    docx: files.filter((f) => f.endsWith('.docx')),
  };
  const share = { txt: Math.round(total * 0.4), html: Math.round(total * 0.4), docx: total - 2 * Math.round(total * 0.4) };
  const dirs = { txt: join(dir, 'txt'), html: join(dir, 'html'), docx: join(dir, 'docx') };
  for (const d of Object.values(dirs)) mkdirSync(d);
  for (let k = 0; k < share.txt; k++) {
    const src = byKind.txt[k % byKind.txt.length];
    writeFileSync(join(dirs.txt, `${k}-${src}`), vary(readFileSync(join(DOCS, src), 'utf8'), k, placeOf(src)) + `\n（副本 ${k}）\n`);
  }
  for (let k = 0; k < share.html; k++) {
    const src = byKind.html[k % byKind.html.length];
    const raw = readFileSync(join(DOCS, src));
    // The GB2312 page is varied as text and encoded back to GBK, so the batch keeps a legacy-encoded share.
    const gbk = src.includes('gb2312');
    const varied = varyHtml(gbk ? iconv.decode(raw, 'gb18030') : raw.toString('utf8'), k, placeOf(src));
    const out = gbk ? iconv.encode(varied, 'gbk') : varied;
    writeFileSync(join(dirs.html, `${k}-${src}`), out);
  }
  const zips = await Promise.all(byKind.docx.map(async (f) => JSZip.loadAsync(readFileSync(join(DOCS, f)))));
  const places = byKind.docx.map(placeOf);
  const xmls = await Promise.all(zips.map((z) => z.file('word/document.xml')!.async('string')));
  for (let k = 0; k < share.docx; k++) {
    const i = k % zips.length;
    const zip = zips[i];
    zip.file('word/document.xml', varyDocxXml(xmls[i], k, places[i]));
    const buf = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    writeFileSync(join(dirs.docx, `${k}-${byKind.docx[i]}`), buf);
  }
  return dirs;
}

async function main(): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'nianbao-bench-import-'));
  try {
    const t0 = performance.now();
    const dirs = await makeCorpus(work);
    console.log(`生成 ${total} 份测试报告用时 ${((performance.now() - t0) / 1000).toFixed(1)} s（工作线程 ${workers} 个）`);
    // The shipped app runs bundled workers; bundle one (as build-cli does) instead of compiling .ts per worker.
    const workerPath = join(PROJECT, 'out', 'bench', 'parse-worker.mjs');
    await build({
      entryPoints: [join(PROJECT, 'src-main', 'core', 'import', 'parse-worker.ts')],
      outfile: workerPath,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      packages: 'external',
      logLevel: 'warning',
    });
    const intoAt = process.argv.indexOf('--into');
    if (intoAt > 0) {
      copyFileSync(process.argv[intoAt + 1], join(work, 'bench.db'));
      console.log(`导入到已有数据库的副本：${process.argv[intoAt + 1]}`);
    }
    const db = openDatabase(join(work, 'bench.db'));
    if (intoAt > 0) console.log(`  已有报告 ${(db.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n} 份`);
    let peak = process.memoryUsage().rss;
    const timer = setInterval(() => {
      peak = Math.max(peak, process.memoryUsage().rss);
    }, 50);
    const results: string[] = [];
    let allMet = true;
    const onlyAt = process.argv.indexOf('--only');
    const only = onlyAt > 0 ? process.argv[onlyAt + 1] : null;
    for (const kind of ['txt', 'html', 'docx'] as const) {
      if (only && kind !== only) continue;
      const start = performance.now();
      const cpu0 = process.cpuUsage(); // the whole process: main thread and worker threads
      const s = await importPaths(db, [dirs[kind]], { workers, workerPath });
      const secs = (performance.now() - start) / 1000;
      const cpu = process.cpuUsage(cpu0);
      const cpuMs = (cpu.user + cpu.system) / 1000 / Math.max(1, s.imported);
      peak = Math.max(peak, s.peakRss);
      const rate = s.imported / secs;
      const met = rate >= TARGETS[kind] && s.failed.length === 0;
      allMet &&= met;
      results.push(
        `${kind.padEnd(4)}: ${s.imported} 份 / ${secs.toFixed(2)} s = ${rate.toFixed(1)} 份/秒（目标 ≥ ${TARGETS[kind]}）${met ? '达标' : '未达标'}` +
          (s.failed.length ? `，失败 ${s.failed.length}：${s.failed[0].error}` : '') +
          (s.duplicates ? `，重复 ${s.duplicates}` : '') +
          `；CPU ${cpuMs.toFixed(1)} ms/份`,
      );
      const per = (ms: number) => (ms / Math.max(1, s.imported)).toFixed(1);
      const t = s.timings;
      // The main thread runs storeAnalysis (storing fields and findings, cross-report checks and the duplicate
      // search) inside each file's transaction; without it the import layer's own rate would be about this:
      const withoutAnalysis = s.imported / Math.max(0.001, secs - t.analysis / 1000);
      results.push(`      不计 storeAnalysis 的导入层估算：${withoutAnalysis.toFixed(1)} 份/秒`);
      results.push(
        `      每份平均：解析 ${per(t.parse)} ms，规范化 ${per(t.normalize)} ms，提取 ${per(t.extract)} ms，单篇校验 ${per(t.check)} ms（工作线程）；` +
          `写库 ${per(t.write - t.analysis)} ms，入库与跨报告校验 storeAnalysis ${per(t.analysis)} ms（主线程）`,
      );
    }
    clearInterval(timer);
    db.close();
    const peakMb = peak / 1024 / 1024;
    const rssMet = peakMb < RSS_TARGET_MB;
    allMet &&= rssMet;
    for (const r of results) console.log(r);
    console.log(`峰值内存 RSS（主线程与工作线程同一进程）：${peakMb.toFixed(0)} MB（目标 < ${RSS_TARGET_MB} MB）${rssMet ? '达标' : '未达标'}`);
    console.log(allMet ? '全部达标' : '有未达标项');
    // Wall-clock rates depend on what else the machine runs; the load average says how shared the cores were.
    console.log(`机器负载（1 分钟平均）：${loadavg()[0].toFixed(1)}，CPU 核数 ${availableParallelism()}`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

await main();
