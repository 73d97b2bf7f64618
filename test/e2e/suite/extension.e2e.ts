// The extension as installed: manifest, activation, commands, lint-workspace, Markdown.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import {
  activeExtension,
  extension,
  findingKey,
  findingsByFile,
  openDocument,
  ruleOf,
  runCliJson,
  seedFiles,
  summarize,
  waitFor,
  waitForDiagnostics,
  waitForExactly,
  workspaceDir,
} from './helpers';

export function registerExtensionTests(): void {
  suite('activation', () => {
    test('is installed and activates when a plaintext article is opened', async () => {
      const ext = extension();
      console.log(`    (extension under test: ${ext.extensionPath})`);
      const events: string[] = ext.packageJSON.activationEvents ?? [];
      assert.ok(events.includes('onLanguage:plaintext'), `activationEvents: ${events.join(', ')}`);
      assert.ok(events.includes('onLanguage:markdown'), `activationEvents: ${events.join(', ')}`);
      const editor = await openDocument(seedFiles()[0]);
      assert.strictEqual(editor.document.languageId, 'plaintext');
      await waitFor('the extension to activate', () => ext.isActive);
      await activeExtension(); // surfaces an activation error
    });
  });

  suite('claimlint extension', () => {
    suiteSetup(activeExtension);

    test('contributes its commands and settings', async () => {
      const commands = await vscode.commands.getCommands(true);
      for (const id of ['claimlint.lintWorkspace', 'claimlint.restartServer', 'claimlint.showOutput']) {
        assert.ok(commands.includes(id), `command ${id} is not registered`);
      }
      const config = vscode.workspace.getConfiguration('claimlint');
      assert.strictEqual(config.get('enable'), true);
      assert.deepStrictEqual(config.get('rules'), {});
      assert.strictEqual(typeof config.get('debounceMs'), 'number');
      assert.deepStrictEqual(config.get('languages'), ['plaintext', 'markdown']);
    });

    test('ships the JSON schemas it contributes for .claimlint/config.json and aliases.json', () => {
      const ext = extension();
      const contributed = (ext.packageJSON.contributes.jsonValidation as { fileMatch: string; url: string }[]).map((v) => v.fileMatch);
      assert.deepStrictEqual(contributed, ['**/.claimlint/config.json', '**/.claimlint/aliases.json']);
      for (const v of ext.packageJSON.contributes.jsonValidation as { url: string }[]) {
        const file = path.join(ext.extensionPath, v.url);
        assert.ok(fs.existsSync(file), `${v.url} is not in the installed extension`);
        assert.strictEqual(typeof JSON.parse(fs.readFileSync(file, 'utf8')).$schema, 'string', v.url);
      }
    });

    test('claimlint.showOutput runs', async () => {
      await vscode.commands.executeCommand('claimlint.showOutput');
    });

    test('publishes diagnostics with source "claimlint" and { value: rule id, target: Uri } codes', async () => {
      const uri = vscode.Uri.file(seedFiles()[0]);
      const diags = await waitForDiagnostics(uri, 'claimlint diagnostics', (d) => d.length > 0);
      for (const d of diags) {
        assert.strictEqual(d.source, 'claimlint');
        assert.ok(typeof d.code === 'object' && d.code !== null, `code is not an object: ${JSON.stringify(d.code)}`);
        const code = d.code as { value: string | number; target: vscode.Uri };
        assert.strictEqual(typeof code.value, 'string');
        assert.ok(code.target instanceof vscode.Uri, `code.target is not a Uri: ${JSON.stringify(code.target)}`);
      }
      const rules = new Set(diags.map(ruleOf));
      assert.ok(rules.has('unattributed-claim'), `rules seen: ${[...rules].join(', ')}`);
    });

    test('claimlint.lintWorkspace publishes the CLI findings for files that are not open', async () => {
      const dir = workspaceDir();
      const open = new Set(vscode.workspace.textDocuments.map((d) => d.uri.fsPath));
      const closed = seedFiles().filter((f) => !open.has(f));
      assert.ok(closed.length > 0, 'every seed is already open');
      const expected = findingsByFile(await runCliJson(['lint', '.'], dir), dir);
      await vscode.commands.executeCommand('claimlint.lintWorkspace');
      for (const file of closed) {
        const want = (expected.get(file) ?? []).map(findingKey);
        await waitForExactly(vscode.Uri.file(file), want, 'the CLI findings after lintWorkspace');
      }
    });

    test('lints an untitled Markdown document', async () => {
      const doc = await vscode.workspace.openTextDocument({
        language: 'markdown',
        content: '# Rockets\n\nThe army fired 300 rockets at the city on Tuesday.\n',
      });
      await vscode.window.showTextDocument(doc, { preview: false });
      try {
        const diags = await waitForDiagnostics(doc.uri, 'an unattributed-claim on line 3', (d) =>
          d.some((x) => ruleOf(x) === 'unattributed-claim' && x.range.start.line === 2),
        );
        const claim = diags.find((x) => ruleOf(x) === 'unattributed-claim')!;
        assert.deepStrictEqual(
          [claim.range.start.character, claim.range.end.line, claim.range.end.character],
          [0, 2, 50],
          `range of ${summarize([claim])}`,
        );
      } finally {
        await vscode.window.showTextDocument(doc);
        await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      }
      await waitForDiagnostics(doc.uri, 'diagnostics to be cleared after closing', (d) => d.length === 0);
    });
  });
}
