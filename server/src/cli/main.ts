import * as path from 'path';
import { parseArgs } from 'util';
import { availableParallelism } from 'os';
import { layerLintConfig, NO_WORKSPACE_NAMES, RULES, type LintConfig, type SeveritySetting } from '../engine';
import { ALIASES_FILE, CONFIG_FILE, expandOperands, findUp, readAliasFile, readConfigFile, UsageError, type FoundFile } from '../host/files';
import type { JsonClaim } from '../host/output';
import type { JobFile } from './job';
import { runInProcess, runInWorkers, type JobOutput } from './parallel';
import { formatStylish } from './stylish';
import { formatGithub, formatSarif } from './ciFormats';

export interface CliParams {
  argv: string[];
  cwd: string;
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  /** Whether stdout is a terminal (colours in stylish output). */
  color?: boolean;
  /** The lint worker script (dist/cli/worker.js); without it the CLI lints in one thread. */
  workerScript?: string;
}

/**
 * Below this many files, a second thread does not pay: each thread indexes
 * every file and compiles the engine for itself. Measured on Reuters with 2
 * cores, two threads against one (three interleaved runs each, medians, with
 * the interrupt budget the bundle sets, see esbuild.mjs): ×0.99 at 1,000 files, ×1.21 at
 * 5,000. (Before that budget: ×0.69 at 1,000, ×0.87 at 5,000, ×1.10 at
 * 10,000.)
 */
const PARALLEL_MIN_FILES = 2000;
/** Threads used by default at most (each holds the whole workspace's index). */
const DEFAULT_MAX_JOBS = 4;

function jobCount(requested: number | 'auto', files: number, workerScript: string | undefined): number {
  if (!workerScript) return 1;
  const n = requested === 'auto' ? (files >= PARALLEL_MIN_FILES ? Math.min(availableParallelism(), DEFAULT_MAX_JOBS) : 1) : requested;
  return Math.max(1, Math.min(n, files));
}

export const VERSION = '0.1.0';

const USAGE = `Usage: claimlint [lint] <files|folders|globs...> [options]
       claimlint claims <files|folders|globs...> [--format json]
       claimlint rules

Lints news articles (.txt, .md, .markdown) for claims with no attribution,
vague sources and, across files, contradicted claims.

Options:
  -f, --format FORMAT     stylish (default), json, sarif (SARIF 2.1.0, for code
                          scanning) or github (GitHub Actions annotations)
  --max-warnings N        exit 1 when there are more than N warnings
  --quiet                 report errors only
  --rule ID=SEVERITY      set a rule's severity (error|warning|info|hint|off); repeatable
  --no-color              plain stylish output
  -j, --jobs N|auto       threads to lint with (default auto: one per core, up to
                          ${DEFAULT_MAX_JOBS}, from ${PARALLEL_MIN_FILES} files); the output does not depend on it
  -c, --config FILE       shared settings: {"rules": {ID: SEVERITY}, "softenCorroborated":
                          true|false}; by default .claimlint/config.json, found as
                          below; --rule wins over it
  --aliases FILE          extra names: alias groups (a JSON array of arrays of names),
                          or {"aliases": [[...]], "institutions": {COUNTRY: [NAME...]}};
                          by default .claimlint/aliases.json in the working folder or
                          the nearest folder above it that has one, as in the editor
  -h, --help              show this help
  -v, --version           show the version

Exit codes: 0 no errors, 1 errors (or too many warnings), 2 usage or I/O error.`;

const FORMATS = ['stylish', 'json', 'sarif', 'github'] as const;
type Format = (typeof FORMATS)[number];

interface Options {
  command: 'lint' | 'claims' | 'rules';
  operands: string[];
  format: Format;
  maxWarnings: number;
  quiet: boolean;
  config: LintConfig;
  color: boolean;
  jobs: number | 'auto';
  /** `--aliases FILE`, or undefined: look for .claimlint/aliases.json from the working folder up. */
  aliases?: string;
  /** `--config FILE`, or undefined: look for .claimlint/config.json from the working folder up. */
  configFile?: string;
}

function parse(argv: string[], color: boolean): Options | 'help' | 'version' {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      format: { type: 'string', short: 'f' },
      'max-warnings': { type: 'string' },
      quiet: { type: 'boolean', short: 'q' },
      rule: { type: 'string', multiple: true },
      'no-color': { type: 'boolean' },
      jobs: { type: 'string', short: 'j' },
      aliases: { type: 'string' },
      config: { type: 'string', short: 'c' },
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean', short: 'v' },
    },
  });
  if (values.help) return 'help';
  if (values.version) return 'version';
  let command: Options['command'] = 'lint';
  const operands = [...positionals];
  if (operands[0] === 'lint' || operands[0] === 'claims' || operands[0] === 'rules') command = operands.shift() as Options['command'];
  const format = values.format ?? 'stylish';
  if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError(`unknown format "${format}" (use ${FORMATS.join(', ')})`);
  let maxWarnings = -1;
  if (values['max-warnings'] !== undefined) {
    maxWarnings = Number(values['max-warnings']);
    if (!Number.isInteger(maxWarnings) || maxWarnings < 0) throw new UsageError(`--max-warnings takes a whole number, not "${values['max-warnings']}"`);
  }
  const rules: Record<string, SeveritySetting> = {};
  for (const r of values.rule ?? []) {
    const m = /^([a-z-]+)=(error|warning|info|hint|off)$/.exec(r);
    if (!m) throw new UsageError(`--rule takes ID=SEVERITY (error|warning|info|hint|off), not "${r}"`);
    if (!RULES.some((x) => x.id === m[1])) throw new UsageError(`unknown rule "${m[1]}" (see claimlint rules)`);
    rules[m[1]] = m[2] as SeveritySetting;
  }
  let jobs: Options['jobs'] = 'auto';
  if (values.jobs !== undefined && values.jobs !== 'auto') {
    jobs = Number(values.jobs);
    if (!Number.isInteger(jobs) || jobs < 1) throw new UsageError(`--jobs takes a whole number from 1, or auto, not "${values.jobs}"`);
  }
  if (command !== 'rules' && operands.length === 0) throw new UsageError('no files, folders or globs given (see claimlint --help)');
  if (command === 'claims' && format !== 'json' && format !== 'stylish') throw new UsageError(`claims prints JSON only, not "${format}"`);
  return { command, operands, format: format as Format, maxWarnings, quiet: !!values.quiet, config: { rules }, color: color && !values['no-color'], jobs, aliases: values.aliases, configFile: values.config };
}

/** Runs the CLI; returns the exit code. Never throws. */
export async function main(params: CliParams): Promise<number> {
  let opts: Options | 'help' | 'version';
  try {
    opts = parse(params.argv, params.color ?? false);
  } catch (e) {
    params.stderr(`claimlint: ${(e as Error).message}\n`);
    return 2;
  }
  if (opts === 'help') {
    params.stdout(USAGE + '\n');
    return 0;
  }
  if (opts === 'version') {
    params.stdout(VERSION + '\n');
    return 0;
  }
  if (opts.command === 'rules') {
    for (const r of RULES) params.stdout(`${r.id.padEnd(22)} ${r.defaultSeverity.padEnd(8)} ${r.description}\n`);
    return 0;
  }
  let files: FoundFile[];
  try {
    files = await expandOperands(opts.operands, params.cwd);
  } catch (e) {
    params.stderr(`claimlint: ${(e as Error).message}\n`);
    return 2;
  }
  // the project's own files, as the editor reads them: aliases and shared settings (command-line rules win)
  let aliases = NO_WORKSPACE_NAMES;
  let config = opts.config;
  try {
    const aliasFile = opts.aliases !== undefined ? path.resolve(params.cwd, opts.aliases) : findUp(params.cwd, ALIASES_FILE);
    if (aliasFile) aliases = readAliasFile(aliasFile);
    const configFile = opts.configFile !== undefined ? path.resolve(params.cwd, opts.configFile) : findUp(params.cwd, CONFIG_FILE);
    if (configFile) config = layerLintConfig(readConfigFile(configFile), config);
  } catch (e) {
    params.stderr(`claimlint: ${(e as Error).message}\n`);
    return 2;
  }
  const seen = new Set<string>();
  const jobFiles: JobFile[] = [];
  for (const f of files) {
    if (seen.has(f.absolute)) continue;
    seen.add(f.absolute);
    jobFiles.push({ n: jobFiles.length, absolute: f.absolute, display: f.display });
  }
  const jobs = jobCount(opts.jobs, jobFiles.length, params.workerScript);
  const display = (uri: string): string => path.relative(params.cwd, uri).split(path.sep).join('/');
  const run = { command: opts.command, config, quiet: opts.quiet, aliases } as const;
  let out: JobOutput;
  try {
    out = jobs > 1 ? await runInWorkers(jobFiles, run, display, jobs, params.workerScript!) : runInProcess(jobFiles, run, display);
  } catch (e) {
    params.stderr(`claimlint: internal error: ${(e as Error)?.stack ?? e}\n`);
    return 2;
  }
  for (const n of out.notices) params.stderr(`claimlint: ${n.message}\n`);
  const ioError = out.notices.some((n) => n.ioError);
  if (opts.command === 'claims') {
    const claims: JsonClaim[] = out.results.flatMap((r) => r.claims);
    params.stdout(JSON.stringify({ version: 1, claims }, null, opts.format === 'json' ? undefined : 2) + '\n');
    return ioError ? 2 : 0;
  }
  const results = out.results.map((r) => ({ path: r.path, findings: r.findings }));
  const summary = { files: out.results.length, errors: 0, warnings: 0, infos: 0 };
  for (const r of out.results) {
    summary.errors += r.counts.errors;
    summary.warnings += r.counts.warnings;
    summary.infos += r.counts.infos;
  }
  if (opts.format === 'json') params.stdout(JSON.stringify({ version: 1, files: results, summary }) + '\n');
  else if (opts.format === 'sarif') params.stdout(formatSarif(results, VERSION));
  else if (opts.format === 'github') params.stdout(formatGithub(results));
  else params.stdout(formatStylish(results, summary, opts.color));
  if (ioError) return 2;
  if (summary.errors > 0) return 1;
  if (opts.maxWarnings >= 0 && summary.warnings > opts.maxWarnings) {
    if (opts.format === 'stylish' || opts.format === 'github') params.stderr(`claimlint: too many warnings (${summary.warnings}, max ${opts.maxWarnings})\n`);
    return 1;
  }
  return 0;
}
