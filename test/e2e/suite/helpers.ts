// Helpers for the extension-host suite. Everything waits on events (or polls)
// against a deadline; nothing sleeps for a fixed time.
import { spawn } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'claimlint.claimlint';
export const CORE_RULES = ['unattributed-claim', 'unattributed-quote', 'vague-attribution'] as const;
/** How long to wait for the language server to publish something. */
export const DEADLINE_MS = 30_000;

export const SEVERITY: Record<string, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};
const SEVERITY_NAME = ['error', 'warning', 'info', 'hint'];

export function extension(): vscode.Extension<unknown> {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  if (!ext) {
    const ids = vscode.extensions.all.filter((e) => !e.id.startsWith('vscode.')).map((e) => e.id);
    throw new Error(`extension ${EXTENSION_ID} is not installed (non-builtin extensions: ${ids.join(', ') || 'none'})`);
  }
  return ext;
}

/**
 * Resolves once the extension is active; rejects at once with the activation
 * error if activating it failed (so a suite stops instead of waiting on deadlines).
 */
export async function activeExtension(): Promise<vscode.Extension<unknown>> {
  const ext = extension();
  try {
    await ext.activate();
  } catch (e) {
    throw new Error(`activating ${EXTENSION_ID} failed: ${(e as Error).message}`);
  }
  return ext;
}

export function workspaceDir(): string {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the test window has no workspace folder');
  return folder.uri.fsPath;
}

/** The article files the runner copied into the workspace (sorted by name). */
export function seedFiles(): string[] {
  const dir = workspaceDir();
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => path.join(dir, f));
}

export function ruleOf(d: vscode.Diagnostic): string {
  const code = d.code;
  if (code === undefined) return '';
  if (typeof code === 'object') return String(code.value);
  return String(code);
}

export function claimlintDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'claimlint');
}

export function describeRange(r: vscode.Range): string {
  return `${r.start.line + 1}:${r.start.character + 1}-${r.end.line + 1}:${r.end.character + 1}`;
}

/** A one-line, comparable description of a diagnostic (1-based positions like the CLI). */
export function diagnosticKey(d: vscode.Diagnostic): string {
  return `${ruleOf(d)} ${SEVERITY_NAME[d.severity]} ${describeRange(d.range)} ${d.message}`;
}

export function summarize(diags: readonly vscode.Diagnostic[]): string {
  return diags.length ? diags.map((d) => `    ${diagnosticKey(d)}`).join('\n') : '    (none)';
}

/**
 * Resolves with the first truthy value of `check`, evaluated now, on every
 * diagnostics change and every `pollMs`; rejects after `timeoutMs` with
 * `describe()` (the state at the deadline) in the message.
 */
export function waitFor<T>(
  what: string,
  check: () => T | undefined | null | false,
  options: { timeoutMs?: number; pollMs?: number; describe?: () => string } = {},
): Promise<T> {
  const timeoutMs = options.timeoutMs ?? DEADLINE_MS;
  return new Promise<T>((resolve, reject) => {
    let done = false;
    const finish = (fn: () => void): void => {
      if (done) return;
      done = true;
      sub.dispose();
      clearInterval(poll);
      clearTimeout(timer);
      fn();
    };
    const attempt = (): void => {
      if (done) return;
      try {
        const v = check();
        if (v) finish(() => resolve(v));
      } catch (e) {
        finish(() => reject(e));
      }
    };
    const sub = vscode.languages.onDidChangeDiagnostics(attempt);
    const poll = setInterval(attempt, options.pollMs ?? 250);
    const timer = setTimeout(() => {
      finish(() => reject(new Error(`timed out after ${timeoutMs / 1000} s waiting for ${what}${options.describe ? `\n${options.describe()}` : ''}`)));
    }, timeoutMs);
    attempt();
  });
}

/** Waits until the claimlint diagnostics of `uri` satisfy `predicate`; returns them. */
export function waitForDiagnostics(
  uri: vscode.Uri,
  what: string,
  predicate: (diags: vscode.Diagnostic[]) => boolean,
  timeoutMs = DEADLINE_MS,
): Promise<vscode.Diagnostic[]> {
  return waitFor(
    `${what} in ${path.basename(uri.fsPath)}`,
    () => {
      const diags = claimlintDiagnostics(uri);
      return predicate(diags) ? diags : undefined;
    },
    { timeoutMs, describe: () => `  claimlint diagnostics at the deadline:\n${summarize(claimlintDiagnostics(uri))}` },
  );
}

/** Waits until the diagnostics of `uri` are exactly `expected` (as diagnosticKey strings, any order). */
export async function waitForExactly(uri: vscode.Uri, expected: readonly string[], what: string, timeoutMs = DEADLINE_MS): Promise<vscode.Diagnostic[]> {
  const want = [...expected].sort();
  try {
    return await waitForDiagnostics(uri, what, (diags) => sameList(diags.map(diagnosticKey).sort(), want), timeoutMs);
  } catch (e) {
    const got = claimlintDiagnostics(uri).map(diagnosticKey).sort();
    const missing = want.filter((k) => !got.includes(k));
    const extra = got.filter((k) => !want.includes(k));
    throw new Error(
      `${(e as Error).message.split('\n')[0]}\n  expected ${want.length}, got ${got.length}` +
        `\n  missing (expected, not shown by the editor):\n${missing.map((k) => `    ${k}`).join('\n') || '    (none)'}` +
        `\n  unexpected (shown by the editor, not expected):\n${extra.map((k) => `    ${k}`).join('\n') || '    (none)'}`,
    );
  }
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

export async function openDocument(file: string | vscode.Uri): Promise<vscode.TextEditor> {
  const uri = typeof file === 'string' ? vscode.Uri.file(file) : file;
  const doc = await vscode.workspace.openTextDocument(uri);
  return vscode.window.showTextDocument(doc, { preview: false });
}

/** Reverts the document to its content on disk (through the workbench, as a user would). */
export async function revert(editor: vscode.TextEditor): Promise<void> {
  await vscode.window.showTextDocument(editor.document, { preview: false });
  await vscode.commands.executeCommand('workbench.action.files.revert');
  await waitFor(`${path.basename(editor.document.uri.fsPath)} to be reverted`, () => !editor.document.isDirty);
}

// ---- the CLI -------------------------------------------------------------------------

export interface CliFinding {
  rule: string;
  severity: 'error' | 'warning' | 'info' | 'hint';
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  text: string;
  related: { path: string; line: number; column: number; endLine: number; endColumn: number; relation?: string; text?: string }[];
}
export interface CliReport {
  version: number;
  files: { path: string; findings: CliFinding[] }[];
  summary: Record<string, number>;
}

/** The CLI shipped inside the extension under test (its own dist/, not the repo's). */
export function cliPath(): string {
  return path.join(extension().extensionPath, 'dist', 'cli', 'claimlint.js');
}

/** Runs `claimlint <args> --format json` with cwd `cwd`; exit code 0 or 1 (findings) are fine. */
export function runCliJson(args: string[], cwd: string): Promise<CliReport> {
  const cli = cliPath();
  if (!fs.existsSync(cli)) return Promise.reject(new Error(`the extension has no CLI at ${cli}`));
  return new Promise((resolve, reject) => {
    // In desktop VS Code process.execPath is Electron; ELECTRON_RUN_AS_NODE makes it a plain node.
    const child = spawn(process.execPath, [cli, ...args, '--format', 'json'], {
      cwd,
      env: { ...process.env, ELECTRON_RUN_AS_NODE: '1', NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (b: Buffer) => (out += b.toString('utf8')));
    child.stderr.on('data', (b: Buffer) => (err += b.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0 && code !== 1) return reject(new Error(`claimlint ${args.join(' ')} exited ${code}: ${err}`));
      try {
        resolve(JSON.parse(out) as CliReport);
      } catch (e) {
        reject(new Error(`claimlint ${args.join(' ')} printed no JSON (${(e as Error).message}): ${out.slice(0, 500)} ${err}`));
      }
    });
  });
}

/** The diagnosticKey the editor should show for a CLI finding. */
export function findingKey(f: CliFinding): string {
  return `${f.rule} ${f.severity} ${f.line}:${f.column}-${f.endLine}:${f.endColumn} ${f.message}`;
}

/** Findings per absolute file path. */
export function findingsByFile(report: CliReport, cwd: string): Map<string, CliFinding[]> {
  const map = new Map<string, CliFinding[]>();
  for (const f of report.files) map.set(path.resolve(cwd, f.path), f.findings);
  return map;
}

// ---- settings ------------------------------------------------------------------------

export async function setSetting(key: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration('claimlint').update(key, value, vscode.ConfigurationTarget.Global);
}

export function hoverText(hovers: readonly vscode.Hover[]): string {
  const parts: string[] = [];
  for (const h of hovers) {
    for (const c of h.contents) {
      if (typeof c === 'string') parts.push(c);
      else parts.push(c.value);
    }
  }
  return parts.join('\n');
}
