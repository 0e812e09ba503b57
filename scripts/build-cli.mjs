// Bundles the CLI and the import worker for plain Node (no electron). node_modules stay external.
import { build } from 'esbuild';

await build({
  entryPoints: {
    nianbao: 'src-main/cli.ts',
    'parse-worker': 'src-main/core/import/parse-worker.ts',
  },
  outdir: 'out/cli',
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
});
