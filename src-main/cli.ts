// `nianbao <command>`: the command line on top of core/. Each command lives in cli/<name>-command.ts.
import { parseArgs, UsageError, type Command } from './cli/args.js';
import { DatabaseError } from './core/db/open.js';

const COMMANDS: Record<string, () => Promise<{ default: Command }>> = {
  import: () => import('./cli/import-command.js'),
  extract: () => import('./cli/extract-command.js'),
  check: () => import('./cli/check-command.js'),
  export: () => import('./cli/export-command.js'),
  serve: () => import('./cli/serve-command.js'),
};

const HELP = `年报审核台 命令行

用法:
  nianbao import <文件或文件夹…> [--db FILE] [--json] [--workers N]   导入报告
  nianbao extract <文件…> [--json]                       提取并校验（不写数据库）
  nianbao check [--db FILE] [--json]                     列出数据库中每份报告的校验问题
  nianbao export --out FILE.xlsx [--db FILE] [--all] [--year YYYY] [--status S]   导出汇总表
  nianbao serve [--db FILE] [--port N]                   浏览器模式（仅本机 127.0.0.1）

数据库默认位于用户数据目录 nianbao-desk/nianbao.db，可用 --db 或环境变量 NIANBAO_DB 指定。`;

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    console.log(HELP);
    return name ? 0 : 2;
  }
  const load = COMMANDS[name];
  if (!load) {
    console.error(`未知命令：${name}\n\n${HELP}`);
    return 2;
  }
  const command = (await load()).default;
  try {
    const args = parseArgs(rest, command.options);
    return await command.run(args);
  } catch (e) {
    if (e instanceof UsageError) {
      console.error(`${e.message}\n\n${HELP}`);
      return 2;
    }
    // the database is missing, unusable or newer than this program
    if (e instanceof DatabaseError) {
      console.error(e.message);
      return 2;
    }
    throw e;
  }
}
