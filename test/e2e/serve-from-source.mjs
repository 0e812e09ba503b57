// Runs the CLI from source (node --import tsx …) for developers who have not built out/cli yet.
const m = await import('../../src-main/cli.ts');
process.exitCode = await m.main(process.argv.slice(2));
