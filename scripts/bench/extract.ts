// Extraction bench: extractReport over every corpus document (parsed and normalised once, outside the
// timing), repeated many times. Prints the time per report — median and 95th percentile — overall and by
// format and by source kind, against the target: under 10 ms median for text reports.
//   node --import tsx scripts/bench/extract.ts [--rounds N]
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { NormalizedText, ParsedDocument } from '../../src-main/core/document.js';
import { extractReport } from '../../src-main/core/extract/index.js';
import { parseFile } from '../../src-main/core/import/parse-file.js';
import { normalize } from '../../src-main/core/normalize/index.js';

const TARGET_MEDIAN_MS = 10;
const DOCS = resolve(fileURLToPath(import.meta.url), '..', '..', '..', '..', 'shared', 'corpus', 'docs');
const roundsArg = process.argv.indexOf('--rounds');
const ROUNDS = roundsArg > 0 ? Number(process.argv[roundsArg + 1]) : 30;

interface Doc {
  name: string;
  parsed: ParsedDocument;
  norm: NormalizedText;
  format: string;
}

const docs: Doc[] = [];
for (const name of readdirSync(DOCS).sort()) {
  try {
    const parsed = await parseFile(new Uint8Array(readFileSync(join(DOCS, name))), name);
    const norm = normalize(parsed.text);
    docs.push({ name, parsed, norm, format: extractReport({ parsed, norm }).format ?? 'unknown' });
  } catch (e) {
    console.log(`skip ${name}: ${e instanceof Error ? e.message : String(e)}`);
  }
}

// warm-up: let the JIT compile the regexes and the table readers
for (let i = 0; i < 3; i++) for (const d of docs) extractReport({ parsed: d.parsed, norm: d.norm });

const times = new Map<Doc, number[]>();
for (let r = 0; r < ROUNDS; r++) {
  for (const d of docs) {
    const t0 = performance.now();
    extractReport({ parsed: d.parsed, norm: d.norm });
    const ms = performance.now() - t0;
    const list = times.get(d) ?? [];
    list.push(ms);
    times.set(d, list);
  }
}

const pct = (xs: number[], p: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(p * s.length))];
};
const line = (label: string, xs: number[]): string =>
  `${label.padEnd(24)} n=${String(xs.length).padStart(5)}  median ${pct(xs, 0.5).toFixed(2)} ms  p95 ${pct(xs, 0.95).toFixed(2)} ms  max ${Math.max(...xs).toFixed(2)} ms`;

console.log(`extractReport: ${docs.length} corpus documents × ${ROUNDS} rounds`);
const groups = new Map<string, number[]>();
for (const [d, xs] of times) {
  const size = d.norm.text.length >= 5000 ? 'whole reports (≥5000 chars)' : 'excerpts (<5000 chars)';
  for (const g of ['all', `format ${d.format}`, `kind ${d.parsed.kind}`, size]) groups.set(g, [...(groups.get(g) ?? []), ...xs]);
}
for (const [g, xs] of [...groups.entries()].sort()) console.log(line(g, xs));
const slowest = [...times.entries()].map(([d, xs]) => [d.name, pct(xs, 0.5)] as const).sort((a, b) => b[1] - a[1]).slice(0, 5);
console.log('slowest (median):', slowest.map(([n, ms]) => `${n} ${ms.toFixed(2)} ms`).join(', '));
const textMedian = pct(groups.get('kind txt') ?? [], 0.5);
console.log(`text reports median ${textMedian.toFixed(2)} ms — target < ${TARGET_MEDIAN_MS} ms: ${textMedian < TARGET_MEDIAN_MS ? 'met' : 'NOT met'}`);
process.exitCode = textMedian < TARGET_MEDIAN_MS ? 0 : 1;
