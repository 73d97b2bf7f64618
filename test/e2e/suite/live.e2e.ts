// Diagnostics follow edits, settings and server restarts without reloading the window.
import * as assert from 'assert';
import * as path from 'path';
import * as vscode from 'vscode';
import {
  activeExtension,
  claimlintDiagnostics,
  describeRange,
  diagnosticKey,
  openDocument,
  revert,
  ruleOf,
  seedFiles,
  setSetting,
  summarize,
  waitFor,
  waitForDiagnostics,
  waitForExactly,
} from './helpers';

const NEW_CLAIM = 'The army fired 300 rockets at the city on Tuesday.';
/** 0-based line the new sentence is inserted at (after the body paragraphs of the first seed). */
const INSERT_LINE = 9;

export function registerLiveTests(): void {
  suite('live updates', () => {
    let editor: vscode.TextEditor;
    let uri: vscode.Uri;
    /** The first seed's diagnostics as the server publishes them with default settings. */
    let baseline: string[];
    let baselineDiags: vscode.Diagnostic[];

    suiteSetup(async () => {
      await activeExtension();
      editor = await openDocument(seedFiles()[0]);
      uri = editor.document.uri;
      const diags = await waitForDiagnostics(uri, 'claimlint diagnostics', (d) => d.length > 0);
      baselineDiags = diags;
      baseline = diags.map(diagnosticKey);
      assert.ok(
        diags.some((d) => ruleOf(d) === 'unattributed-claim'),
        `${path.basename(uri.fsPath)} needs an unattributed-claim for these tests:\n${summarize(diags)}`,
      );
    });

    teardown(async () => {
      // Leave the document and the settings as they were, whatever a test did.
      if (editor.document.isDirty) await revert(editor);
      const config = vscode.workspace.getConfiguration('claimlint');
      for (const key of ['rules', 'enable', 'languages']) {
        if (config.inspect(key)?.globalValue !== undefined) await setSetting(key, undefined);
      }
      await waitForExactly(uri, baseline, 'the baseline diagnostics again');
    });

    async function insertClaim(): Promise<vscode.Diagnostic> {
      assert.ok(editor.document.lineCount > INSERT_LINE, 'the first seed is too short');
      const edit = new vscode.WorkspaceEdit();
      edit.insert(uri, new vscode.Position(INSERT_LINE, 0), `${NEW_CLAIM}\n`);
      assert.ok(await vscode.workspace.applyEdit(edit), 'applyEdit failed');
      assert.strictEqual(editor.document.lineAt(INSERT_LINE).text, NEW_CLAIM);
      const diags = await waitForDiagnostics(uri, `an unattributed-claim on the inserted line ${INSERT_LINE + 1}`, (d) =>
        d.some((x) => ruleOf(x) === 'unattributed-claim' && x.range.start.line === INSERT_LINE),
      );
      return diags.find((x) => ruleOf(x) === 'unattributed-claim' && x.range.start.line === INSERT_LINE)!;
    }

    test('an inserted unattributed sentence gets an unattributed-claim diagnostic', async () => {
      const d = await insertClaim();
      assert.deepStrictEqual(
        [d.range.start.character, d.range.end.line, d.range.end.character],
        [0, INSERT_LINE, NEW_CLAIM.length],
        `range of ${summarize([d]).trim()}`,
      );
      assert.strictEqual(d.severity, vscode.DiagnosticSeverity.Warning);
      // the findings below the insertion moved down one line with it
      const movedDown = baselineDiags.filter((x) => x.range.start.line >= INSERT_LINE).map((x) => describeRange(x.range.with(x.range.start.translate(1), x.range.end.translate(1))));
      const below = claimlintDiagnostics(uri).filter((x) => x.range.start.line > INSERT_LINE).map((x) => describeRange(x.range));
      assert.deepStrictEqual(below.sort(), movedDown.sort(), 'ranges of the diagnostics below the insertion');
    });

    test('claimlint.rules {"unattributed-claim": "off"} removes those diagnostics without a restart', async () => {
      const others = baseline.filter((k) => !k.startsWith('unattributed-claim '));
      await setSetting('rules', { 'unattributed-claim': 'off' });
      await waitForExactly(uri, others, 'only the other rules’ diagnostics');
    });

    test('claimlint.rules {"unattributed-claim": "error"} makes them errors', async () => {
      const want = baseline.map((k) => k.replace(/^unattributed-claim \S+ /, 'unattributed-claim error '));
      await setSetting('rules', { 'unattributed-claim': 'error' });
      const diags = await waitForExactly(uri, want, 'unattributed-claim diagnostics as errors');
      for (const d of diags) {
        if (ruleOf(d) === 'unattributed-claim') assert.strictEqual(d.severity, vscode.DiagnosticSeverity.Error);
      }
    });

    test('claimlint.enable false clears the diagnostics', async () => {
      await setSetting('enable', false);
      await waitForDiagnostics(uri, 'no claimlint diagnostics', (d) => d.length === 0);
    });

    test('claimlint.languages without plaintext clears the diagnostics of a .txt article', async () => {
      await setSetting('languages', ['markdown']);
      await waitForDiagnostics(uri, 'no claimlint diagnostics', (d) => d.length === 0);
    });

    test('claimlint.restartServer restarts the server and the diagnostics come back', async () => {
      let cleared = false;
      const sub = vscode.languages.onDidChangeDiagnostics((e) => {
        if (e.uris.some((u) => u.toString() === uri.toString()) && claimlintDiagnostics(uri).length === 0) cleared = true;
      });
      try {
        await vscode.commands.executeCommand('claimlint.restartServer');
        await waitForExactly(uri, baseline, 'the diagnostics after the restart');
        await waitFor('the old diagnostics to have been cleared by the restart', () => cleared, { timeoutMs: 1000 });
      } finally {
        sub.dispose();
      }
      // the new server answers edits too
      await insertClaim();
    });

    // Cross-document linking (an edit in one file changing another file's findings) comes later.
    test('editing one file changes the diagnostics of another open file', async () => {
      const file = (prefix: string): string => seedFiles().find((f) => path.basename(f).startsWith(prefix))!;
      const a = await openDocument(file('002_'));
      const b = await openDocument(file('004_'));
      const hasMismatch = (diags: vscode.Diagnostic[]): boolean => diags.some((d) => ruleOf(d) === 'quote-mismatch');
      await waitForDiagnostics(b.document.uri, 'the Davis quote-mismatch', hasMismatch);
      // make 002's version of the Davis quote identical to 004's: 004's mismatch must go, without touching 004
      const text = a.document.getText();
      const from = 'supporting and enabling the Assad regime and our focus is exclusively on degrading and defeating [ISIS]';
      const at = text.indexOf(from);
      assert.ok(at >= 0, 'the Davis quote is in 002');
      const edit = new vscode.WorkspaceEdit();
      edit.replace(a.document.uri, new vscode.Range(a.document.positionAt(at), a.document.positionAt(at + from.length)), 'supporting the Assad regime and our focus is solely on degrading and defeating ISIL');
      assert.ok(await vscode.workspace.applyEdit(edit));
      await waitForDiagnostics(b.document.uri, 'no quote-mismatch once 002 quotes Davis the same way', (d) => !hasMismatch(d));
      assert.strictEqual(b.document.isDirty, false);
      // typing the old words back brings the mismatch back
      const now = a.document.getText();
      const at2 = now.indexOf('supporting the Assad regime and our focus is solely on degrading and defeating ISIL');
      const back = new vscode.WorkspaceEdit();
      back.replace(a.document.uri, new vscode.Range(a.document.positionAt(at2), a.document.positionAt(at2 + 'supporting the Assad regime and our focus is solely on degrading and defeating ISIL'.length)), from);
      assert.ok(await vscode.workspace.applyEdit(back));
      await waitForDiagnostics(b.document.uri, 'the quote-mismatch back after restoring 002', hasMismatch);
      await revert(a);
    });
  });
}
