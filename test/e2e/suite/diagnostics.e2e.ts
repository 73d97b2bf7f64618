// The editor shows exactly what the CLI reports, and hovers explain the findings.
import * as assert from 'assert';
import * as path from 'path';
import * as vscode from 'vscode';
import {
  activeExtension,
  CORE_RULES,
  claimlintDiagnostics,
  describeRange,
  diagnosticKey,
  findingKey,
  findingsByFile,
  hoverText,
  openDocument,
  ruleOf,
  runCliJson,
  seedFiles,
  summarize,
  waitForDiagnostics,
  waitForExactly,
  workspaceDir,
  type CliFinding,
} from './helpers';

export function registerDiagnosticsTests(): void {
  suite('diagnostics equal the CLI findings', () => {
    let expected: Map<string, CliFinding[]>;

    suiteSetup(async () => {
      await activeExtension();
      // The whole folder at once: cross-document findings need the same index the server builds.
      const dir = workspaceDir();
      expected = findingsByFile(await runCliJson(['lint', '.'], dir), dir);
      const total = [...expected.values()].reduce((n, f) => n + f.length, 0);
      assert.ok(total > 0, 'the CLI reports no findings on the seeds');
      const rules = new Set([...expected.values()].flat().map((f) => f.rule));
      for (const rule of CORE_RULES) assert.ok(rules.has(rule), `the seeds never trigger ${rule} (rules: ${[...rules].join(', ')})`);
    });

    for (const file of seedFiles()) {
      test(`${path.basename(file)}: same rules, ranges, severities and messages`, async () => {
        const findings = expected.get(file);
        assert.ok(findings, `the CLI did not report ${file}`);
        const editor = await openDocument(file);
        await waitForExactly(editor.document.uri, findings.map(findingKey), 'the CLI findings');
      });
    }

    test('related locations equal the CLI ones', async () => {
      const problems: string[] = [];
      for (const file of seedFiles()) {
        const uri = vscode.Uri.file(file);
        const diags = claimlintDiagnostics(uri);
        for (const f of expected.get(file) ?? []) {
          const key = findingKey(f);
          const d = diags.find((x) => diagnosticKey(x) === key);
          if (!d) {
            problems.push(`${path.basename(file)}: no diagnostic for ${key}`);
            continue;
          }
          const want = f.related.map((r) => `${path.basename(r.path)}:${r.line}:${r.column}-${r.endLine}:${r.endColumn}`).sort();
          const got = (d.relatedInformation ?? []).map((r) => `${path.basename(r.location.uri.fsPath)}:${describeRange(r.location.range)}`).sort();
          if (want.join(' ') !== got.join(' ')) problems.push(`${path.basename(file)} ${f.rule} line ${f.line}: CLI related [${want.join(', ')}], editor [${got.join(', ')}]`);
        }
      }
      assert.deepStrictEqual(problems, []);
    });
  });

  suite('hover', () => {
    suiteSetup(activeExtension);

    for (const rule of CORE_RULES) {
      test(`at the start of a ${rule} finding it names the rule`, async () => {
        let target: { file: string; diag: vscode.Diagnostic } | undefined;
        for (const file of seedFiles()) {
          const editor = await openDocument(file);
          const diags = await waitForDiagnostics(editor.document.uri, 'claimlint diagnostics', (d) => d.length > 0);
          const diag = diags.find((d) => ruleOf(d) === rule);
          if (diag) {
            target = { file, diag };
            break;
          }
        }
        assert.ok(target, `no seed file has a ${rule} diagnostic`);
        const uri = vscode.Uri.file(target.file);
        const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, target.diag.range.start);
        const text = hoverText(hovers ?? []);
        assert.ok(text.includes(rule), `hover at ${path.basename(target.file)} ${summarize([target.diag]).trim()} does not mention ${rule}:\n${text}`);
        assert.ok(/claimlint/i.test(text), `hover does not say it comes from claimlint:\n${text}`);
      });
    }

    test('on a claim other files report, it links the corroborating line, then other statements about the event', async () => {
      // seed 000 line 4: the State Department's "no U.S.-Russia military plans to retake … Raqqa", which 001 line 6 reports too
      const file = seedFiles().find((f) => path.basename(f).startsWith('000_'));
      const other = seedFiles().find((f) => path.basename(f).startsWith('001_'));
      assert.ok(file && other, 'seeds 000 and 001 are missing');
      const editor = await openDocument(file);
      await waitForDiagnostics(editor.document.uri, 'claimlint diagnostics', (d) => d.length > 0);
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, new vscode.Position(3, 5));
      const text = hoverText(hovers ?? []);
      const corroborated = text.indexOf('Corroborated by 1 file:');
      const sameEvent = text.indexOf('Other statements about this event in');
      assert.ok(corroborated >= 0 && sameEvent > corroborated, `hover lacks its corroboration and same-event sections, in that order:\n${text}`);
      const target = `${vscode.Uri.file(other).toString()}#L6`;
      assert.ok(text.slice(corroborated, sameEvent).includes(`(${target})`), `the corroboration does not link ${target}:\n${text}`);
    });
  });

  suite('quick fixes', () => {
    suiteSetup(activeExtension);

    test('a name variant offers the other file’s spelling, and applying it changes only the name', async () => {
      const file = seedFiles().find((f) => path.basename(f).startsWith('002_'));
      assert.ok(file, 'seed 002 is missing');
      const first = vscode.Uri.file(seedFiles()[0]);
      const editor = await openDocument(file);
      const uri = editor.document.uri;
      const original = editor.document.getText();
      try {
        const diags = await waitForDiagnostics(uri, 'a name-variant diagnostic on “Raqa”', (d) => d.some((x) => ruleOf(x) === 'name-variant' && editor.document.getText(x.range) === 'Raqa'));
        const variant = diags.find((x) => ruleOf(x) === 'name-variant' && editor.document.getText(x.range) === 'Raqa')!;
        const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, variant.range, vscode.CodeActionKind.QuickFix.value);
        const fix = (actions ?? []).find((a) => a.title.startsWith('Spell it “Raqqa”'));
        assert.ok(fix?.edit, `no “Spell it Raqqa” fix among: ${(actions ?? []).map((a) => a.title).join(' | ')}`);
        const line = editor.document.lineAt(variant.range.start.line).text;
        assert.ok(await vscode.workspace.applyEdit(fix.edit), 'applyEdit failed');
        const fixed = line.slice(0, variant.range.start.character) + 'Raqqa' + line.slice(variant.range.end.character);
        assert.strictEqual(editor.document.lineAt(variant.range.start.line).text, fixed);
        // the server re-lints the edited text: that spelling is no longer a variant
        await waitForDiagnostics(uri, 'no name-variant on the fixed name', (d) => !d.some((x) => ruleOf(x) === 'name-variant' && x.range.start.line === variant.range.start.line && x.range.start.character === variant.range.start.character));
        // …and the other open seeds no longer see “Raqa” in it (waited for, so that the restore below is the last change they see)
        await waitForDiagnostics(first, `${path.basename(first.fsPath)} without its variant against “Raqa”`, (d) => !d.some((x) => ruleOf(x) === 'name-variant' && x.message.includes('“Raqa”')));
      } finally {
        // put the original text back through an edit (as the fix came), and on disk too (whether or not the
        // editor saved the fixed text meanwhile): the next suites expect the seed as it was
        if (editor.document.getText() !== original) {
          const back = new vscode.WorkspaceEdit();
          back.replace(uri, new vscode.Range(editor.document.positionAt(0), editor.document.positionAt(editor.document.getText().length)), original);
          assert.ok(await vscode.workspace.applyEdit(back), 'restoring the seed failed');
        }
        if (editor.document.isDirty) await editor.document.save();
      }
      // leave the workspace as the next suites expect it: the server has the original text again, and
      // the other open seeds show their Raqqa/Raqa variants again
      await waitForDiagnostics(uri, 'the “Raqa” name variant again', (d) => d.some((x) => ruleOf(x) === 'name-variant' && editor.document.getText(x.range) === 'Raqa'));
      await waitForDiagnostics(first, `${path.basename(first.fsPath)}'s name variant against “Raqa” again`, (d) => d.some((x) => ruleOf(x) === 'name-variant' && x.message.includes('“Raqa”')));
    });
  });
}
