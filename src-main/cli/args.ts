// A small argument parser: the commands declare their options as data.

export class UsageError extends Error {}

export interface OptionSpec {
  /** takes a value (--db FILE) or is a flag (--json) */
  value: boolean;
}

export interface ParsedArgs {
  positionals: string[];
  options: Record<string, string | boolean | undefined>;
}

export interface Command {
  options: Record<string, OptionSpec>;
  run(args: ParsedArgs): Promise<number>;
}

export function parseArgs(argv: string[], spec: Record<string, OptionSpec>): ParsedArgs {
  const positionals: string[] = [];
  const options: ParsedArgs['options'] = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!a.startsWith('--')) {
      positionals.push(a);
      continue;
    }
    const eq = a.indexOf('=');
    const name = a.slice(2, eq < 0 ? undefined : eq);
    const opt = spec[name];
    if (!opt) throw new UsageError(`未知选项：--${name}`);
    if (opt.value) {
      const v = eq >= 0 ? a.slice(eq + 1) : argv[++i];
      if (v === undefined || v === '') throw new UsageError(`选项 --${name} 需要一个值`);
      options[name] = v;
    } else {
      if (eq >= 0) throw new UsageError(`选项 --${name} 不带值`);
      options[name] = true;
    }
  }
  return { positionals, options };
}
