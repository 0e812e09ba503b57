// Dev scorer for the table extractor (t2/t3/t4), same definitions as ../shared/tools/score-extraction.mjs:
//   node --import tsx scripts/dev/score-tables.ts [--verbose] [--only NAME] [--notes] [--facts] [--time]
// --facts: the figures each document states in its prose (narrative-facts.ts) and whether gold agrees
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseFile } from '../../src-main/core/import/parse-file.js';
import { normalize } from '../../src-main/core/normalize/index.js';
import { extractTables, locateTables } from '../../src-main/core/extract/tables/index.js';
import { flatDoc } from '../../src-main/core/extract/tables/flat-regions.js';
import { findFacts } from '../../src-main/core/extract/tables/narrative-facts.js';

const CORPUS = join(import.meta.dirname, '..', '..', '..', 'shared', 'corpus');
const argv = process.argv.slice(2);
const verbose = argv.includes('--verbose');
const showNotes = argv.includes('--notes');
const only = argv.includes('--only') ? argv[argv.indexOf('--only') + 1] : undefined;
const inScope = (k: string) => /^t[234]\./.test(k);

interface Gold { doc: string; complete: boolean; fields: Record<string, unknown>; ambiguous?: string[] }
const golds = readdirSync(join(CORPUS, 'gold')).filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(readFileSync(join(CORPUS, 'gold', f), 'utf8')) as Gold)
  .filter((g) => !only || g.doc.startsWith(only));

const tot = { gold: 0, correct: 0, wrong: 0, missed: 0, spurious: 0 };
const groups: Record<string, { gold: number; correct: number; wrong: number; spurious: number }> = {};
const times: number[] = [];
for (const g of golds) {
  const bytes = readFileSync(join(CORPUS, 'docs', g.doc));
  let parsed;
  try { parsed = await parseFile(new Uint8Array(bytes), g.doc); } catch (e) { console.log(`${g.doc}: PARSE FAILED ${(e as Error).message}`); continue; }
  const norm = normalize(parsed.text);
  const t0 = performance.now();
  const res = extractTables({ parsed, norm }, null);
  times.push(performance.now() - t0);
  if (argv.includes("--time")) { const t1 = performance.now(); for (let k = 0; k < 20; k++) extractTables({ parsed, norm }, null); console.log(`  time ${g.doc} ${((performance.now() - t1) / 20).toFixed(2)} ms, ${norm.text.length} chars`); }
  if (argv.includes('--facts')) {
    const d = flatDoc(norm.text);
    const { r2, r3, tablesFrom: from, tablesTo: to } = locateTables(d);
    for (const f of r2 || r3 ? findFacts(d.c.text, [[0, from], [to, d.c.text.length]]) : []) {
      const known = f.keys.every((k) => k in g.fields);
      const sum = f.keys.reduce((a, k) => a + Number(g.fields[k] ?? 0), 0);
      console.log(`  fact ${f.keys.join('+')} = ${f.value}${known ? (sum === f.value ? '' : `  (gold ${sum})`) : '  (not in gold)'}`);
    }
  }
  const got = new Map(res.fields.map((f) => [f.key, f.value]));
  const methods: Record<string, number> = {};
  let badSpan = 0;
  for (const f of res.fields) {
    methods[f.method] = (methods[f.method] ?? 0) + 1;
    if (typeof f.value === 'number') {
      const at = parsed.text.slice(f.source!.start, f.source!.end).replace(/[,，\s]/g, '');
      const want = String(Math.abs(f.value));
      if (!at.replace(/[\uff10-\uff19]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0)).includes(want) || f.source!.text !== parsed.text.slice(f.source!.start, f.source!.end)) badSpan++;
    }
  }
  let c = 0, w = 0, m = 0, s = 0;
  const lines: string[] = [];
  for (const [k, want] of Object.entries(g.fields)) {
    if (!inScope(k)) continue;
    const grp = k.split('.')[0];
    groups[grp] ??= { gold: 0, correct: 0, wrong: 0, spurious: 0 };
    groups[grp].gold++;
    if (!got.has(k)) { m++; lines.push(`  missed   ${k} = ${JSON.stringify(want)}`); continue; }
    const v = got.get(k);
    const ok = want === null || v === null ? want === v : typeof want === 'number' && typeof v === 'number' && Math.abs(want - v) < 1e-6;
    if (ok) { c++; groups[grp].correct++; } else { w++; groups[grp].wrong++; lines.push(`  wrong    ${k} = ${JSON.stringify(v)}, gold ${JSON.stringify(want)}`); }
  }
  if (g.complete) {
    for (const k of got.keys()) {
      if (inScope(k) && !(k in g.fields) && !(g.ambiguous ?? []).includes(k)) {
        s++; groups[k.split('.')[0]] ??= { gold: 0, correct: 0, wrong: 0, spurious: 0 }; groups[k.split('.')[0]].spurious++;
        lines.push(`  spurious ${k} = ${JSON.stringify(got.get(k))}`);
      }
    }
  }
  const n = Object.keys(g.fields).filter(inScope).length;
  tot.gold += n; tot.correct += c; tot.wrong += w; tot.missed += m; tot.spurious += s;
  if (n > 0 || s > 0 || res.fields.length > 0 || (showNotes && res.notes.length > 0)) console.log(`${g.doc}: ${c}/${n} correct, ${w} wrong, ${m} missed, ${s} spurious ${JSON.stringify(methods)}${badSpan ? ` BAD SPANS ${badSpan}` : ''}`);
  if (verbose) for (const l of lines) console.log(l);
  if (showNotes) for (const note of res.notes) console.log(`  note: ${note.message}`);
}
for (const [k, v] of Object.entries(groups)) {
  console.log(`${k}: accuracy ${(100 * v.correct / Math.max(1, v.gold)).toFixed(2)}% (${v.correct}/${v.gold}), precision ${(100 * v.correct / Math.max(1, v.correct + v.wrong + v.spurious)).toFixed(2)}%`);
}
times.sort((a, b) => a - b);
console.log(`tables: accuracy ${(100 * tot.correct / tot.gold).toFixed(2)}% (${tot.correct}/${tot.gold}); precision ${(100 * tot.correct / Math.max(1, tot.correct + tot.wrong + tot.spurious)).toFixed(2)}%; wrong ${tot.wrong}, missed ${tot.missed}, spurious ${tot.spurious}; median ${times[times.length >> 1]?.toFixed(2)} ms, max ${times[times.length - 1]?.toFixed(2)} ms`);
