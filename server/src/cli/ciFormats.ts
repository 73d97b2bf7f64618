import { RULES, docsUrl, type Severity } from '../engine';
import type { JsonFinding, JsonRelated, JsonSuggestion } from '../host/output';

/** One linted file's findings, paths as displayed (relative to the current folder, `/`-separated). */
export interface FileFindings {
  path: string;
  findings: JsonFinding[];
}

/** GitHub Actions' command for each severity: info and hint are notices. */
const GITHUB_COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice', hint: 'notice' };

/** Escapes a workflow command's message (`%`, CR, LF) and, with `property`, its property values (also `:` and `,`). */
function githubEscape(s: string, property = false): string {
  let out = s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  if (property) out = out.replace(/:/g, '%3A').replace(/,/g, '%2C');
  return out;
}

/**
 * GitHub Actions workflow commands, one line a finding
 * (`::warning file=…,line=…,col=…,endLine=…,endColumn=…,title=…::message`):
 * the runner turns them into annotations on the pull request's lines.
 * Related locations are named in the message ("see a.txt:12").
 */
export function formatGithub(results: readonly FileFindings[]): string {
  const lines: string[] = [];
  for (const r of results) {
    for (const f of r.findings) {
      const props = [
        `file=${githubEscape(r.path, true)}`,
        `line=${f.line}`,
        `col=${f.column}`,
        `endLine=${f.endLine}`,
        `endColumn=${f.endColumn}`,
        `title=${githubEscape(`claimlint ${f.rule}`, true)}`,
      ];
      const see = f.related.length ? ` (see ${f.related.map((x) => `${x.path}:${x.line}`).join(', ')})` : '';
      lines.push(`::${GITHUB_COMMAND[f.severity]} ${props.join(',')}::${githubEscape(f.message + see)}`);
    }
  }
  return lines.length ? lines.join('\n') + '\n' : '';
}

/** SARIF's level for each severity. */
const SARIF_LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

/** A file path as a SARIF artifact URI, relative to the folder claimlint ran in (`%SRCROOT%`). */
function artifactUri(p: string): string {
  return p.split('/').map(encodeURIComponent).join('/');
}

function sarifLocation(path: string, r: { line: number; column: number; endLine: number; endColumn: number }): object {
  return {
    physicalLocation: {
      artifactLocation: { uri: artifactUri(path), uriBaseId: '%SRCROOT%' },
      region: { startLine: r.line, startColumn: r.column, endLine: r.endLine, endColumn: r.endColumn },
    },
  };
}

function relatedLocation(x: JsonRelated, id: number): object {
  return { id, ...sarifLocation(x.path, x), message: { text: `${x.relation}: ${x.text}` } };
}

/** A suggestion as a SARIF fix: its edits as replacements in the finding's file. */
function sarifFix(path: string, x: JsonSuggestion): object {
  return {
    description: { text: x.title },
    artifactChanges: [
      {
        artifactLocation: { uri: artifactUri(path), uriBaseId: '%SRCROOT%' },
        replacements: x.edits.map((e) => ({
          deletedRegion: { startLine: e.line, startColumn: e.column, endLine: e.endLine, endColumn: e.endColumn },
          insertedContent: { text: e.newText },
        })),
      },
    ],
  };
}

/**
 * A SARIF 2.1.0 log (GitHub code scanning, Azure DevOps, GitLab and most
 * static-analysis viewers read it): every rule with its description and
 * documentation, every finding with its level, location (columns in UTF-16
 * code units, SARIF's default) and related locations in the other files.
 */
export function formatSarif(results: readonly FileFindings[], version: string): string {
  const ruleIndex = new Map(RULES.map((r, i) => [r.id, i]));
  const sarifResults = results.flatMap((r) =>
    r.findings.map((f) => ({
      ruleId: f.rule,
      ruleIndex: ruleIndex.get(f.rule),
      level: SARIF_LEVEL[f.severity],
      message: { text: f.message },
      locations: [sarifLocation(r.path, f)],
      ...(f.related.length ? { relatedLocations: f.related.map((x, i) => relatedLocation(x, i + 1)) } : {}),
      ...(f.suggestions?.length ? { fixes: f.suggestions.map((x) => sarifFix(r.path, x)) } : {}),
    })),
  );
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'claimlint',
            version,
            informationUri: 'https://github.com/claimlint/claimlint',
            rules: RULES.map((r) => ({
              id: r.id,
              shortDescription: { text: r.description },
              helpUri: docsUrl(r),
              defaultConfiguration: { level: SARIF_LEVEL[r.defaultSeverity] },
            })),
          },
        },
        columnKind: 'utf16CodeUnits',
        results: sarifResults,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}
