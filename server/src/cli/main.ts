import * as path from 'path';
import { parseArgs } from 'util';
import { ClaimEngine, LineIndex, RULES, type Finding, type LintConfig, type SeveritySetting } from '../engine';
import { expandOperands, formatOf, readArticle, UsageError, type FoundFile } from '../host/files';
import { claimToJson, findingToJson, type DocumentLookup, type JsonClaim, type JsonFinding } from '../host/output';
import { formatStylish } from './stylish';

export interface CliParams {
  argv: string[];
  cwd: string;
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  /** Whether stdout is a terminal (colours in stylish output). */
  color?: boolean;
}

export const VERSION = '0.1.0';

const USAGE = `Usage: claimlint [lint] <files|folders|globs...> [options]
       claimlint claims <files|folders|globs...> [--format json]
       claimlint rules

Lints news articles (.txt, .md, .markdown) for claims with no attribution,
vague sources and, across files, contradicted claims.

Options:
  --format stylish|json   output format (default: stylish)
  --max-warnings N        exit 1 when there are more than N warnings
  --quiet                 report errors only
  --rule ID=SEVERITY      set a rule's severity (error|warning|info|hint|off); repeatable
  --no-color              plain stylish output
  -h, --help              show this help
  -v, --version           show the version

Exit codes: 0 no errors, 1 errors (or too many warnings), 2 usage or I/O error.`;

interface Options {
  command: 'lint' | 'claims' | 'rules';
  operands: string[];
  format: 'stylish' | 'json';
  maxWarnings: number;
  quiet: boolean;
  config: LintConfig;
  color: boolean;
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
  if (format !== 'stylish' && format !== 'json') throw new UsageError(`unknown format "${format}" (use stylish or json)`);
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
  if (command !== 'rules' && operands.length === 0) throw new UsageError('no files, folders or globs given (see claimlint --help)');
  return { command, operands, format, maxWarnings, quiet: !!values.quiet, config: { rules }, color: color && !values['no-color'] };
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
  const engine = new ClaimEngine();
  const texts = new Map<string, { text: string; index: LineIndex; display: string }>();
  let ioError = false;
  for (const f of files) {
    let read;
    try {
      read = readArticle(f.absolute);
    } catch (e) {
      params.stderr(`claimlint: cannot read ${f.display}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}\n`);
      ioError = true;
      continue;
    }
    if (read.text === null) {
      params.stderr(`claimlint: skipping ${f.display}: ${read.skipped}\n`);
      continue;
    }
    engine.set({ uri: f.absolute, text: read.text, format: formatOf(f.absolute) });
    texts.set(f.absolute, { text: read.text, index: new LineIndex(read.text), display: f.display });
  }
  const lookup: DocumentLookup = {
    display: (uri) => texts.get(uri)?.display ?? path.relative(params.cwd, uri).split(path.sep).join('/'),
    index: (uri) => texts.get(uri)?.index ?? null,
  };
  if (opts.command === 'claims') {
    const claims: JsonClaim[] = [];
    for (const [uri, t] of texts) for (const c of engine.claims(uri)) claims.push(claimToJson(c, t.display, t.index, lookup));
    params.stdout(JSON.stringify({ version: 1, claims }, null, opts.format === 'json' ? undefined : 2) + '\n');
    return ioError ? 2 : 0;
  }
  const results: { path: string; findings: JsonFinding[] }[] = [];
  const summary = { files: texts.size, errors: 0, warnings: 0, infos: 0 };
  for (const [uri, t] of texts) {
    let findings: Finding[] = engine.lint(uri, opts.config);
    if (opts.quiet) findings = findings.filter((f) => f.severity === 'error');
    for (const f of findings) {
      if (f.severity === 'error') summary.errors++;
      else if (f.severity === 'warning') summary.warnings++;
      else summary.infos++;
    }
    results.push({ path: t.display, findings: findings.map((f) => findingToJson(f, t.text, t.index, lookup)) });
  }
  if (opts.format === 'json') {
    params.stdout(JSON.stringify({ version: 1, files: results, summary }) + '\n');
  } else {
    params.stdout(formatStylish(results, summary, opts.color));
  }
  if (ioError) return 2;
  if (summary.errors > 0) return 1;
  if (opts.maxWarnings >= 0 && summary.warnings > opts.maxWarnings) {
    if (opts.format !== 'json') params.stderr(`claimlint: too many warnings (${summary.warnings}, max ${opts.maxWarnings})\n`);
    return 1;
  }
  return 0;
}
