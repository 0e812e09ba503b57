// Runs the real pipeline (parseFile → normalize → extractReport) over every labelled corpus document, once
// per test process, and scores it with the definitions of ../shared/tools/score-extraction.mjs.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { NormalizedText, ParsedDocument } from '../../../src-main/core/document.js';
import { extractReport } from '../../../src-main/core/extract/index.js';
import type { ExtractionResult } from '../../../src-main/core/extract/types.js';
import { parseFile } from '../../../src-main/core/import/parse-file.js';
import { normalize } from '../../../src-main/core/normalize/index.js';
import { DOCS_DIR, loadGolds, type Gold } from '../../helpers/corpus.js';

export interface CorpusRun {
  gold: Gold;
  parsed: ParsedDocument;
  norm: NormalizedText;
  result: ExtractionResult;
}

let cache: Promise<CorpusRun[]> | undefined;

export function runCorpus(): Promise<CorpusRun[]> {
  cache ??= Promise.all(
    loadGolds().map(async (gold) => {
      const parsed = await parseFile(new Uint8Array(readFileSync(join(DOCS_DIR, gold.doc))), gold.doc);
      const norm = normalize(parsed.text);
      return { gold, parsed, norm, result: extractReport({ parsed, norm }) };
    }),
  );
  return cache;
}

export interface Score {
  gold: number;
  correct: number;
  wrong: number;
  missed: number;
  spurious: number;
  accuracy: number;
  precision: number;
  failures: string[];
}

const nz = (s: unknown): string => String(s).normalize('NFKC').replace(/\s+/g, '');

function same(key: string, want: unknown, got: unknown, gold: Gold): boolean {
  if (want === null || got === null || got === undefined) return want === got;
  if (key === 'agency') return [want, ...(gold.aliases?.agency ?? [])].some((a) => nz(a) === nz(got));
  if (typeof want === 'number') return typeof got === 'number' && Math.abs(want - got) < 1e-6;
  return nz(want) === nz(got);
}

/** accuracy = correct / gold keys; precision = correct / (correct + wrong + spurious), as the scorer says. */
export function score(runs: CorpusRun[], inScope: (key: string) => boolean): Score {
  const s = { gold: 0, correct: 0, wrong: 0, missed: 0, spurious: 0, failures: [] as string[] };
  for (const { gold, result } of runs) {
    const out = new Map(result.fields.map((f) => [f.key, f.value]));
    for (const [key, want] of Object.entries(gold.fields)) {
      if (!inScope(key)) continue;
      s.gold++;
      if (!out.has(key)) {
        s.missed++;
        s.failures.push(`${gold.doc} missed ${key}`);
      } else if (same(key, want, out.get(key), gold)) s.correct++;
      else {
        s.wrong++;
        s.failures.push(`${gold.doc} wrong ${key} = ${JSON.stringify(out.get(key))}, gold ${JSON.stringify(want)}`);
      }
    }
    if (!gold.complete) continue;
    for (const key of out.keys()) {
      if (inScope(key) && !(key in gold.fields) && !gold.ambiguous?.includes(key) && !(gold.approx && key in gold.approx)) {
        s.spurious++;
        s.failures.push(`${gold.doc} spurious ${key}`);
      }
    }
  }
  return {
    ...s,
    accuracy: s.gold ? s.correct / s.gold : 0,
    precision: s.correct ? s.correct / (s.correct + s.wrong + s.spurious) : 0,
  };
}
