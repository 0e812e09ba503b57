// `nianbao export --out FILE.xlsx [--db FILE] [--all] [--year YYYY] [--status S]`: the summary workbook.
// Exit 0 written, 1 nothing to export or the file could not be written, 2 bad usage or an unusable database.
import { existsSync } from 'node:fs';
import { dirname, extname, resolve } from 'node:path';
import { openCliDatabase } from './open-db.js';
import { NothingToExportError, STATUS_LABEL, exportWorkbook, statusFromInput } from '../core/export/index.js';
import { UsageError, type Command } from './args.js';

const command: Command = {
  options: {
    out: { value: true },
    db: { value: true },
    all: { value: false },
    year: { value: true },
    status: { value: true },
  },
  async run({ positionals, options }) {
    if (positionals.length) throw new UsageError(`export 不接受参数：${positionals.join(' ')}`);
    const out = options.out;
    if (typeof out !== 'string') throw new UsageError('请用 --out 指定导出文件，例如 --out 汇总.xlsx');
    if (extname(out).toLowerCase() !== '.xlsx') throw new UsageError(`导出文件须以 .xlsx 结尾：${out}`);
    let year: number | undefined;
    if (options.year !== undefined) {
      const y = String(options.year);
      if (!/^\d{4}$/.test(y)) throw new UsageError(`--year 须为四位年份，例如 --year 2023：${y}`);
      year = Number(y);
    }
    let status;
    if (options.status !== undefined) {
      status = statusFromInput(String(options.status));
      if (!status) {
        const allowed = Object.entries(STATUS_LABEL).map(([code, label]) => `${label}（${code}）`).join('、');
        throw new UsageError(`--status 的值无效：${options.status}。可用：${allowed}`);
      }
      if (options.all) throw new UsageError('--all 与 --status 不能同时使用');
    }
    const outPath = resolve(out);
    if (!existsSync(dirname(outPath))) {
      console.error(`导出失败：文件夹不存在：${dirname(outPath)}`);
      return 1;
    }

    const { db } = openCliDatabase(options.db, { mustExist: true });
    try {
      const started = Date.now();
      let lastShown = 0;
      const result = await exportWorkbook(db, {
        out: outPath,
        all: options.all === true,
        year,
        status,
        onProgress: ({ done, total, sheet }) => {
          // a progress line on a terminal only, at most a few times a second
          if (!process.stderr.isTTY || Date.now() - lastShown < 300) return;
          lastShown = Date.now();
          process.stderr.write(`\r正在导出 ${sheet} … ${Math.floor((done / total) * 100)}%   `);
        },
      });
      if (process.stderr.isTTY && lastShown) process.stderr.write('\r\x1b[K');
      const secs = ((Date.now() - started) / 1000).toFixed(1);
      console.log(
        `已导出 ${result.reports} 份报告（校验问题 ${result.findings} 条，修改记录 ${result.corrections} 条），用时 ${secs} 秒。\n文件：${result.path}`,
      );
      return 0;
    } catch (e) {
      if (e instanceof NothingToExportError) {
        console.error(`${e.message}${!options.all && !status && e.counts.approved === 0 && hasOthers(e.counts) ? '\n如需导出未通过审核的报告，请加 --all 或 --status。' : ''}`);
        return 1;
      }
      const err = e as NodeJS.ErrnoException;
      if (err.code === 'EBUSY' || err.code === 'EPERM' || err.code === 'EACCES') {
        console.error(`导出失败：无法写入 ${outPath}（文件可能正被 Excel 或 WPS 打开，或没有写入权限）。`);
        return 1;
      }
      // SQLite errors while reading mean the database file is not usable
      if (err.name === 'SqliteError') {
        console.error(`数据库不可用：${err.message}`);
        return 2;
      }
      if (err.code) {
        console.error(`导出失败：${err.message}`);
        return 1;
      }
      throw e;
    } finally {
      db.close();
    }
  },
};

function hasOthers(counts: Record<string, number>): boolean {
  return Object.values(counts).some((n) => n > 0);
}

export default command;
