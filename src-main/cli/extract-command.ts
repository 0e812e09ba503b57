// `nianbao extract <files…> [--json]`: read, extract and check files without a database. With --json one
// JSON object per line per file ({"file","ok","format","fields","approx","sources","findings"} or
// {"file","ok":false,"error"}); without it a short Chinese summary per file. A bad file never stops the others.
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { ParsedDocument } from '../core/document.js';
import { extractReport } from '../core/extract/index.js';
import type { ExtractionResult } from '../core/extract/types.js';
import { FIELD_BY_KEY, type FieldValue } from '../core/fields.js';
import { parseFile } from '../core/import/parse-file.js';
import { normalize } from '../core/normalize/index.js';
import { checkReport, reportForCheckFromExtraction, type Finding } from '../core/validate/index.js';
import { UsageError, type Command } from './args.js';

export interface ExtractLine {
  file: string;
  ok: true;
  format: string | null;
  fields: Record<string, FieldValue>;
  approx: Record<string, true>;
  sources: Record<string, { start: number; end: number; text: string }>;
  findings: Finding[];
}

export interface ExtractFailure {
  file: string;
  ok: false;
  error: string;
}

/** Extracts one file; every failure becomes a Chinese message. */
export async function extractFile(path: string): Promise<ExtractLine | ExtractFailure> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(path));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const error = code === 'ENOENT' ? '文件不存在' : code === 'EISDIR' ? '这是一个文件夹，不是文件' : `无法读取文件（${code ?? String(e)}）`;
    return { file: path, ok: false, error };
  }
  let parsed: ParsedDocument;
  try {
    parsed = await parseFile(bytes, basename(path));
  } catch (e) {
    return { file: path, ok: false, error: e instanceof Error && /[\u4e00-\u9fff]/.test(e.message) ? e.message : `无法解析文件：${String(e)}` };
  }
  try {
    const norm = normalize(parsed.text);
    const result = extractReport({ parsed, norm });
    let findings: Finding[] = [];
    try {
      findings = checkReport(reportForCheckFromExtraction(result, parsed, norm, { fileName: basename(path) }));
    } catch {
      findings = [];
    }
    return toLine(path, result, findings);
  } catch (e) {
    return { file: path, ok: false, error: `提取失败：${e instanceof Error ? e.message : String(e)}` };
  }
}

function toLine(path: string, result: ExtractionResult, findings: Finding[]): ExtractLine {
  const fields: ExtractLine['fields'] = {};
  const approx: ExtractLine['approx'] = {};
  const sources: ExtractLine['sources'] = {};
  for (const f of result.fields) {
    fields[f.key] = f.value;
    if (f.approx) approx[f.key] = true;
    if (f.source) sources[f.key] = { start: f.source.start, end: f.source.end, text: f.source.text };
  }
  return { file: path, ok: true, format: result.format, fields, approx, sources, findings };
}

const FORMAT_NAMES: Record<string, string> = {
  '2021': '2021 版格式（国办公开办函〔2021〕30号）',
  '2019': '2019 版格式（国办公开办函〔2019〕60号）',
  pre2019: '旧条例时期格式（2019 年以前）',
};
const SEVERITY_NAMES = { error: '错误', warning: '警告', info: '提示' } as const;

function summary(line: ExtractLine | ExtractFailure): string {
  if (!line.ok) return `✗ ${line.file}\n  无法处理：${line.error}`;
  const f = line.fields;
  const figures = Object.keys(f).filter((k) => FIELD_BY_KEY.has(k) && k.includes('.'));
  const out = [
    `✓ ${line.file}`,
    `  报告主体：${f.agency ?? '（未识别）'}    年度：${f.year ?? '（未识别）'}    发布日期：${f.published ?? '（未识别）'}`,
    `  格式：${line.format ? FORMAT_NAMES[line.format] : '（未识别）'}`,
    `  提取数字 ${figures.length} 项${Object.keys(line.approx).length ? `（其中约数 ${Object.keys(line.approx).length} 项）` : ''}`,
  ];
  if (line.findings.length === 0) out.push('  校验：未发现问题');
  else {
    out.push(`  校验问题 ${line.findings.length} 条：`);
    for (const x of line.findings.slice(0, 10)) out.push(`    [${SEVERITY_NAMES[x.severity]}] ${x.message}`);
    if (line.findings.length > 10) out.push(`    …另有 ${line.findings.length - 10} 条`);
  }
  return out.join('\n');
}

const command: Command = {
  options: { json: { value: false } },
  async run({ positionals, options }) {
    if (positionals.length === 0) throw new UsageError('请指定要提取的文件，例如：nianbao extract 报告.docx');
    for (const path of positionals) {
      const line = await extractFile(path);
      console.log(options.json ? JSON.stringify(line) : summary(line));
    }
    return 0;
  },
};

export default command;
