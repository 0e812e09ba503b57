// `nianbao import <paths…> [--db FILE] [--json] [--workers N]`: import files and folders into the database.
// Exit 0 when the run completed (even with per-file failures), 2 for bad usage or an unusable database,
// 130 when interrupted (Ctrl+C; files already written stay).
import { openCliDatabase } from './open-db.js';
import { importPaths, type ImportProgress, type ImportSummary } from '../core/import/import-service.js';
import { UsageError, type Command } from './args.js';

const command: Command = {
  options: {
    db: { value: true },
    json: { value: false },
    workers: { value: true },
  },
  async run({ positionals, options }) {
    if (positionals.length === 0) throw new UsageError('请指定要导入的文件或文件夹，例如：nianbao import 报告/');
    let workers: number | undefined;
    if (options.workers !== undefined) {
      const w = String(options.workers);
      if (!/^\d+$/.test(w)) throw new UsageError(`--workers 须为非负整数：${w}`);
      workers = Number(w);
    }
    const { db, dbPath } = openCliDatabase(options.db);
    const controller = new AbortController();
    const onSigint = () => controller.abort();
    process.once('SIGINT', onSigint);
    const bar = process.stderr.isTTY ? progressBar() : undefined;
    try {
      const summary = await importPaths(db, positionals, { workers, signal: controller.signal, onProgress: bar });
      if (bar) process.stderr.write('\r\x1b[K');
      printSummary(summary, dbPath);
      if (options.json) {
        console.log(
          JSON.stringify({
            imported: summary.imported,
            duplicates: summary.duplicates,
            unsupported: summary.unsupported.length,
            failed: summary.failed,
          }),
        );
      }
      // Ctrl+C: what was written stays; the run did not complete.
      return summary.cancelled ? 130 : 0;
    } finally {
      process.off('SIGINT', onSigint);
      db.close();
    }
  },
};

export default command;

function progressBar(): (p: ImportProgress) => void {
  let last = 0;
  return (p) => {
    const now = Date.now();
    if (now - last < 100 && p.done < p.total) return;
    last = now;
    const width = 30;
    const filled = p.total ? Math.round((p.done / p.total) * width) : width;
    const name = p.current.length > 40 ? '…' + p.current.slice(-39) : p.current;
    process.stderr.write(
      `\r\x1b[K[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${p.done}/${p.total} 新导入 ${p.imported} 重复 ${p.duplicates} 失败 ${p.failed}  ${name}`,
    );
  };
}

function printSummary(s: ImportSummary, dbPath: string): void {
  const lines: string[] = [];
  if (s.cancelled) lines.push('导入已取消：尚未写入的文件未导入。');
  lines.push(`导入完成（数据库：${dbPath}）`);
  lines.push(`  新导入：${s.imported} 份`);
  lines.push(`  重复（已在库中，只记录路径）：${s.duplicates} 份`);
  lines.push(`  不支持的文件：${s.unsupported.length} 个`);
  for (const u of s.unsupported) lines.push(`    ${u}`);
  lines.push(`  失败：${s.failed.length} 个`);
  for (const f of s.failed) lines.push(`    ${f.file}：${f.error}`);
  console.log(lines.join('\n'));
}
