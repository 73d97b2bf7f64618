import type { JsonFinding } from '../host/output';

const COLORS = { error: '\x1b[31m', warning: '\x1b[33m', info: '\x1b[36m', hint: '\x1b[2m', dim: '\x1b[2m', reset: '\x1b[0m' };

/** `path:line:col  severity  message  rule`, one line a finding, then a summary. */
export function formatStylish(
  results: { path: string; findings: JsonFinding[] }[],
  summary: { files: number; errors: number; warnings: number; infos: number },
  color: boolean,
): string {
  const c = (k: keyof typeof COLORS, s: string): string => (color ? COLORS[k] + s + COLORS.reset : s);
  const lines: string[] = [];
  for (const r of results) {
    for (const f of r.findings) {
      lines.push(`${r.path}:${f.line}:${f.column}  ${c(f.severity, f.severity)}  ${f.message}  ${c('dim', f.rule)}`);
    }
  }
  const total = summary.errors + summary.warnings + summary.infos;
  const plural = (n: number, w: string): string => `${n} ${w}${n === 1 ? '' : 's'}`;
  lines.push(
    total === 0
      ? `${plural(summary.files, 'file')} checked: no problems`
      : `\n${plural(total, 'problem')} (${plural(summary.errors, 'error')}, ${plural(summary.warnings, 'warning')}, ${summary.infos} info) in ${plural(summary.files, 'file')}`,
  );
  return lines.join('\n') + '\n';
}
