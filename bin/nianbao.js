#!/usr/bin/env node
// Runs the bundled CLI (npm run build:cli makes out/cli/nianbao.mjs).
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join } from 'node:path';

const bundle = join(dirname(fileURLToPath(import.meta.url)), '..', 'out', 'cli', 'nianbao.mjs');
if (!existsSync(bundle)) {
  console.error('命令行尚未构建：请先运行 npm run build:cli');
  process.exit(2);
}
const { main } = await import(pathToFileURL(bundle).href);
process.exitCode = await main(process.argv.slice(2));
