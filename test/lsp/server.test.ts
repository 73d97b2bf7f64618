import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import type { Diagnostic, Hover } from 'vscode-languageserver-protocol';
import { LspClient } from '../helpers/lsp';
import { ROOT, runCli } from '../helpers/spawn';

const SEEDS = path.join(ROOT, 'seeds');
const SEVERITY = ['', 'error', 'warning', 'info', 'hint'];

/** A diagnostic in the CLI's terms: rule, 1-based range, severity. */
function key(d: Diagnostic): string {
  return `${d.code} ${d.range.start.line + 1}:${d.range.start.character + 1}-${d.range.end.line + 1}:${d.range.end.character + 1} ${SEVERITY[d.severity!]}`;
}

describe('language server over stdio', function () {
  this.timeout(30000);
  let client: LspClient;

  beforeEach(async () => {
    client = new LspClient();
    await client.initialize(pathToFileURL(SEEDS).toString());
  });
  afterEach(async () => {
    await client.stop();
  });

  it('indexes the workspace at start-up', async () => {
    assert.deepStrictEqual(await client.indexed, { files: 5 });
  });

  it('publishes the same findings as the CLI for every seed, cross-document ones included', async () => {
    await client.indexed;
    const cli = JSON.parse(runCli(['lint', SEEDS, '--format', 'json']).stdout);
    for (const file of fs.readdirSync(SEEDS).sort()) {
      const abs = path.join(SEEDS, file);
      const uri = pathToFileURL(abs).toString();
      client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text: fs.readFileSync(abs, 'utf8') } });
      const published = await client.waitForDiagnostics((p) => p.uri === uri);
      const expected = cli.files.find((f: { path: string }) => f.path.endsWith(file)).findings.map(
        (f: { rule: string; line: number; column: number; endLine: number; endColumn: number; severity: string }) =>
          `${f.rule} ${f.line}:${f.column}-${f.endLine}:${f.endColumn} ${f.severity}`,
      );
      assert.ok(expected.length > 0, file);
      assert.deepStrictEqual(published.diagnostics.map(key), expected, file);
      // the same messages: nothing else is in the server's index (the start-up warm-up's copy of an article is gone)
      assert.deepStrictEqual(
        published.diagnostics.map((d) => d.message),
        cli.files.find((f: { path: string }) => f.path.endsWith(file)).findings.map((f: { message: string }) => f.message),
        file,
      );
      for (const d of published.diagnostics) {
        for (const r of d.relatedInformation ?? []) assert.match(r.location.uri, /^file:/, file);
        assert.strictEqual(d.source, 'claimlint');
        if (/quote-mismatch|name-variant|contradicted|disputed/.test(String(d.code))) assert.ok(d.relatedInformation?.length, `${file}: ${d.code} has related information`);
        assert.match(d.codeDescription!.href, new RegExp(`docs/rules/${d.code}\\.md$`));
      }
    }
  });

  it('answers hovers with the attribution or the reason for a finding', async () => {
    const uri = 'file:///virtual/article.txt';
    const text = 'Rebels took the town of Varna on May 3.\n"We will hold it," commander Ivo Tan told reporters.\n';
    client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text } });
    await client.waitForDiagnostics((p) => p.uri === uri);
    const flagged = (await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 3 } })) as Hover;
    const value = (flagged.contents as { value: string }).value;
    assert.match(value, /no attribution/);
    assert.match(value, /`unattributed-claim` \(warning\)/);
    assert.deepStrictEqual(flagged.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 39 } });
    const attributed = (await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 1, character: 5 } })) as Hover;
    assert.match((attributed.contents as { value: string }).value, /attributed to commander Ivo Tan → \*\*Ivo Tan\*\* — cue “told”/);
    // an act told in the passive names no source and says why that is no vague one
    const act = 'file:///virtual/act.txt';
    client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: act, languageId: 'plaintext', version: 1, text: 'The ferry contract was announced in February.\n' } });
    await client.waitForDiagnostics((p) => p.uri === act);
    const passive = (await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: act }, position: { line: 0, character: 5 } })) as Hover;
    assert.strictEqual((passive.contents as { value: string }).value, '**claimlint** · no source named — cue “was announced”\n\nNo vague source: it tells of an act done, not of anyone’s view.');
  });

  it('offers a name variant’s other spelling as a quick fix, only for diagnostics of the current version', async () => {
    await client.indexed;
    const uri = 'file:///virtual/raqa.txt';
    const text = 'Kurdish fighters said on Monday that they were closing in on Raqa, the group’s stronghold.\n';
    client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text } });
    const published = await client.waitForDiagnostics((p) => p.uri === uri && p.version === 1);
    const variant = published.diagnostics.find((d) => d.code === 'name-variant')!;
    assert.deepStrictEqual(variant.range, { start: { line: 0, character: 61 }, end: { line: 0, character: 65 } });
    const ask = (diagnostics: Diagnostic[]): Promise<unknown> =>
      client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: variant.range, context: { diagnostics } });
    assert.deepStrictEqual(await ask(published.diagnostics), [
      {
        title: 'Spell it “Raqqa”, as 000_2e87c517b4cf0386.txt does',
        kind: 'quickfix',
        diagnostics: [variant],
        edit: { documentChanges: [{ textDocument: { uri, version: 1 }, edits: [{ range: variant.range, newText: 'Raqqa' }] }] },
      },
    ]);
    // an edit before the name moves it: the old diagnostic's fix would replace the wrong characters
    client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'Syrian ' }],
    });
    assert.deepStrictEqual(await ask([variant]), []);
    const again = await client.waitForDiagnostics((p) => p.uri === uri && p.version === 2);
    const moved = again.diagnostics.find((d) => d.code === 'name-variant')!;
    assert.deepStrictEqual(moved.range, { start: { line: 0, character: 68 }, end: { line: 0, character: 72 } });
    assert.deepStrictEqual(await ask([variant]), []);
    assert.deepStrictEqual(
      ((await ask([moved])) as { edit: unknown }[]).map((a) => a.edit),
      [{ documentChanges: [{ textDocument: { uri, version: 2 }, edits: [{ range: moved.range, newText: 'Raqqa' }] }] }],
    );
  });

  it('applies the project’s .claimlint/config.json under the editor’s settings, and follows changes to it', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimlint-lsp-config-'));
    fs.mkdirSync(path.join(dir, '.claimlint'));
    const configFile = path.join(dir, '.claimlint', 'config.json');
    fs.writeFileSync(configFile, '{"rules": {"unattributed-claim": "error"}}');
    fs.writeFileSync(path.join(dir, 'a.txt'), 'Rebels took the town of Varna on May 3.\n');
    await client.stop();
    client = new LspClient();
    await client.initialize(pathToFileURL(dir).toString());
    await client.indexed;
    const uri = pathToFileURL(path.join(dir, 'a.txt')).toString();
    client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text: fs.readFileSync(path.join(dir, 'a.txt'), 'utf8') } });
    const first = await client.waitForDiagnostics((p) => p.uri === uri);
    assert.deepStrictEqual(first.diagnostics.map(key), ['unattributed-claim 1:1-1:40 error']);
    // a rule the editor sets wins over the project's
    client.settings = { debounceMs: 0, rules: { 'unattributed-claim': 'hint' } };
    let mark = client.publishedCount;
    client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const hinted = await client.waitForDiagnostics((p) => p.uri === uri, mark);
    assert.deepStrictEqual(hinted.diagnostics.map(key), ['unattributed-claim 1:1-1:40 hint']);
    client.settings = { debounceMs: 0 };
    mark = client.publishedCount;
    client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    assert.deepStrictEqual((await client.waitForDiagnostics((p) => p.uri === uri, mark)).diagnostics.map(key), ['unattributed-claim 1:1-1:40 error']);
    // the file changes on disk: the open document follows it
    fs.writeFileSync(configFile, '{"rules": {"unattributed-claim": "off"}}');
    mark = client.publishedCount;
    client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(configFile).toString(), type: 2 }] });
    assert.deepStrictEqual((await client.waitForDiagnostics((p) => p.uri === uri, mark)).diagnostics, []);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('updates on edits with the new version, applies settings without restart, and clears on close', async () => {
    const uri = 'file:///virtual/edit.txt';
    client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text: 'The mayor said the road is closed.\n' } });
    const first = await client.waitForDiagnostics((p) => p.uri === uri && p.version === 1);
    assert.deepStrictEqual(first.diagnostics, []);

    client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, text: 'Rebels took the town of Varna on May 3.\n' }],
    });
    const second = await client.waitForDiagnostics((p) => p.uri === uri && p.version === 2);
    assert.deepStrictEqual(second.diagnostics.map(key), ['unattributed-claim 2:1-2:40 warning']);

    client.settings = { debounceMs: 0, rules: { 'unattributed-claim': 'error' } };
    const mark = client.publishedCount;
    client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const third = await client.waitForDiagnostics((p) => p.uri === uri && p.diagnostics.some((d) => d.severity === 1), mark);
    assert.deepStrictEqual(third.diagnostics.map(key), ['unattributed-claim 2:1-2:40 error']);

    client.settings = { debounceMs: 0, rules: { 'unattributed-claim': 'off' } };
    const mark2 = client.publishedCount;
    client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const fourth = await client.waitForDiagnostics((p) => p.uri === uri && p.diagnostics.length === 0, mark2);
    assert.deepStrictEqual(fourth.diagnostics, []);

    const mark3 = client.publishedCount;
    client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    const closed = await client.waitForDiagnostics((p) => p.uri === uri, mark3);
    assert.deepStrictEqual(closed.diagnostics, []);
  });

  it('never publishes diagnostics for a stale version during a burst of edits', async () => {
    const uri = 'file:///virtual/burst.txt';
    client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text: '' } });
    await client.waitForDiagnostics((p) => p.uri === uri && p.version === 1);
    const mark = client.publishedCount;
    const line = 'Rebels took the town of Varna on May 3.';
    for (let i = 0; i < line.length; i++) {
      client.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri, version: i + 2 },
        contentChanges: [{ range: { start: { line: 0, character: i }, end: { line: 0, character: i } }, text: line[i] }],
      });
    }
    const last = line.length + 1;
    const final = await client.waitForDiagnostics((p) => p.uri === uri && p.version === last, mark);
    assert.deepStrictEqual(final.diagnostics.map(key), ['unattributed-claim 1:1-1:40 warning']);
    // every publication carries a version, and versions never go backwards
    const versions: number[] = [];
    for (let i = mark; ; i++) {
      const p = await client.waitForDiagnostics((x) => x.uri === uri, i);
      versions.push(p.version!);
      if (p === final) break;
    }
    assert.deepStrictEqual([...versions].sort((a, b) => a - b), versions);
    assert.ok(versions.length < line.length, `a burst of ${line.length} edits was published ${versions.length} times`);
  });

  it('an edit in one open file refreshes the cross-document findings of another', async () => {
    await client.indexed;
    const [a, b] = ['002_586ac0e9c24d228b.txt', '004_942511879fef9124.txt'].map((f) => path.join(SEEDS, f));
    const uriA = pathToFileURL(a).toString();
    const uriB = pathToFileURL(b).toString();
    client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: uriA, languageId: 'plaintext', version: 1, text: fs.readFileSync(a, 'utf8') } });
    client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: uriB, languageId: 'plaintext', version: 1, text: fs.readFileSync(b, 'utf8') } });
    const before = await client.waitForDiagnostics((p) => p.uri === uriB && p.diagnostics.some((d) => d.code === 'quote-mismatch'));
    assert.ok(before);
    // make 002's Davis quote identical to 004's: the mismatch in 004 must go away without touching 004
    const textA = fs.readFileSync(a, 'utf8');
    const fixed = textA.replace('supporting and enabling the Assad regime and our focus is exclusively on degrading and defeating [ISIS]', 'supporting the Assad regime and our focus is solely on degrading and defeating ISIL');
    assert.notStrictEqual(fixed, textA);
    const mark = client.publishedCount;
    client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: uriA, version: 2 }, contentChanges: [{ text: fixed }] });
    const after = await client.waitForDiagnostics((p) => p.uri === uriB && !p.diagnostics.some((d) => d.code === 'quote-mismatch'), mark);
    assert.strictEqual(after.version, 1);
    // and back: restoring 002 brings the mismatch back
    const mark2 = client.publishedCount;
    client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: uriA, version: 3 }, contentChanges: [{ text: textA }] });
    const back = await Promise.race([
      client.waitForDiagnostics((p) => p.uri === uriB && p.diagnostics.some((d) => d.code === 'quote-mismatch'), mark2),
      new Promise<null>((r) => setTimeout(() => r(null), 5000)),
    ]);
    assert.ok(back, 'the quote-mismatch came back in 004 after restoring 002');
  });

  it('related locations in a file that is not open follow that file when it changes on disk', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimlint-lsp-'));
    try {
      for (const f of ['002_586ac0e9c24d228b.txt', '004_942511879fef9124.txt']) fs.copyFileSync(path.join(SEEDS, f), path.join(dir, f));
      const own = new LspClient();
      await own.initialize(pathToFileURL(dir).toString());
      try {
        assert.deepStrictEqual(await own.indexed, { files: 2 });
        const b = path.join(dir, '004_942511879fef9124.txt');
        const uriB = pathToFileURL(b).toString();
        const relatedLine = (p: { diagnostics: Diagnostic[] }): number | undefined =>
          p.diagnostics.find((d) => d.code === 'quote-mismatch')?.relatedInformation?.[0].location.range.start.line;
        own.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: uriB, languageId: 'plaintext', version: 1, text: fs.readFileSync(b, 'utf8') } });
        const before = relatedLine(await own.waitForDiagnostics((p) => p.uri === uriB && relatedLine(p) !== undefined));
        assert.strictEqual(before, 16);
        // two lines more above the quote in 002, on disk
        const a = path.join(dir, '002_586ac0e9c24d228b.txt');
        fs.writeFileSync(a, 'Editor’s note: updated.\n\n' + fs.readFileSync(a, 'utf8'));
        const mark = own.publishedCount;
        own.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(a).toString(), type: 2 }] });
        const after = await Promise.race([
          own.waitForDiagnostics((p) => p.uri === uriB && relatedLine(p) !== before, mark),
          new Promise<null>((r) => setTimeout(() => r(null), 10000)),
        ]);
        assert.strictEqual(after && relatedLine(after), 18);
      } finally {
        await own.stop();
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('lints every article of the workspace on the lint-workspace command', async () => {
    const result = await client.connection.sendRequest('workspace/executeCommand', { command: 'claimlint.server.lintWorkspace', arguments: [] });
    assert.deepStrictEqual(result, { files: 5 });
    const uri = pathToFileURL(path.join(SEEDS, fs.readdirSync(SEEDS).sort()[2])).toString();
    const p = await client.waitForDiagnostics((x) => x.uri === uri);
    assert.ok(p.diagnostics.length > 0);
  });
});
