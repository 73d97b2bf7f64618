import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { spawn } from 'child_process';
import { BIN, ROOT, runCli } from '../helpers/spawn';

const made: string[] = [];

function tempDir(files: Record<string, string | Buffer>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimlint-cli-'));
  made.push(dir);
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

const CLAIM = 'Rebels took the town of Varna on May 3.\n';
const ATTRIBUTED = 'Rebels took the town of Varna on May 3, the army said.\n';

describe('claimlint CLI', () => {
  after(() => {
    for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('prints stylish findings and exits 0 when there are only warnings', () => {
    const dir = tempDir({ 'a.txt': CLAIM });
    const r = runCli(['a.txt'], dir);
    assert.strictEqual(r.code, 0);
    assert.strictEqual(
      r.stdout,
      'a.txt:1:1  warning  Unattributed claim: this statement has no source. It states a date and named actors: say who says so.  unattributed-claim\n\n1 problem (0 errors, 1 warning, 0 info) in 1 file\n',
    );
    assert.strictEqual(r.stderr, '');
  });

  it('exits quietly with the lint’s code when the reader of its output goes away (“claimlint … | head”)', async () => {
    // enough findings that the output outlasts the pipe's buffer, so the CLI is still writing when the reader leaves
    const files: Record<string, string> = {};
    for (let i = 0; i < 400; i++) files[`a${i}.txt`] = CLAIM.repeat(4);
    const dir = tempDir(files);
    const child = spawn(process.execPath, [BIN, '.', '--format', 'json'], { cwd: dir, env: { ...process.env, NO_COLOR: '1' } });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    assert.strictEqual(stderr, '');
    assert.strictEqual(code, 0);
  });

  it('prints the JSON format with 1-based UTF-16 ranges', () => {
    const dir = tempDir({ 'sub/b.md': '# Title\n\n“Ünïcödé” 😀 rebels took the town of Varna on May 3.\n' });
    const r = runCli(['.', '--format', 'json'], dir);
    assert.strictEqual(r.code, 0);
    assert.deepStrictEqual(JSON.parse(r.stdout), {
      version: 1,
      files: [
        {
          path: 'sub/b.md',
          findings: [
            {
              rule: 'unattributed-claim',
              severity: 'warning',
              message: 'Unattributed claim: this statement has no source. It states a date and named actors: say who says so.',
              line: 3,
              column: 1,
              endLine: 3,
              endColumn: 53, // 52 UTF-16 code units: the emoji counts as two
              text: '“Ünïcödé” 😀 rebels took the town of Varna on May 3.',
              related: [],
            },
          ],
        },
      ],
      summary: { files: 1, errors: 0, warnings: 1, infos: 0 },
    });
  });

  it('exits 1 on errors and on more warnings than --max-warnings', () => {
    const dir = tempDir({ 'a.txt': CLAIM });
    assert.strictEqual(runCli(['a.txt', '--rule', 'unattributed-claim=error'], dir).code, 1);
    const r = runCli(['a.txt', '--max-warnings', '0'], dir);
    assert.strictEqual(r.code, 1);
    assert.match(r.stderr, /too many warnings \(1, max 0\)/);
    assert.strictEqual(runCli(['a.txt', '--max-warnings', '1'], dir).code, 0);
  });

  it('--quiet reports errors only; a rule can be turned off', () => {
    const dir = tempDir({ 'a.txt': CLAIM });
    assert.strictEqual(runCli(['a.txt', '--quiet'], dir).stdout, '1 file checked: no problems\n');
    assert.strictEqual(runCli(['a.txt', '--rule', 'unattributed-claim=off'], dir).stdout, '1 file checked: no problems\n');
  });

  it('exits 2 with a one-line message on usage and I/O errors', () => {
    const dir = tempDir({ 'a.txt': CLAIM });
    for (const [args, msg] of [
      [['missing-folder'], 'claimlint: no such file or directory: missing-folder\n'],
      [[], 'claimlint: no files, folders or globs given (see claimlint --help)\n'],
      [['a.txt', '--format', 'xml'], 'claimlint: unknown format "xml" (use stylish, json, sarif, github)\n'],
      [['a.txt', '--max-warnings', 'lots'], 'claimlint: --max-warnings takes a whole number, not "lots"\n'],
      [['a.txt', '--rule', 'nope=error'], 'claimlint: unknown rule "nope" (see claimlint rules)\n'],
      [['nothing/*.txt'], 'claimlint: no files match nothing/*.txt\n'],
      [['a.txt', '--jobs', '0'], 'claimlint: --jobs takes a whole number from 1, or auto, not "0"\n'],
    ] as [string[], string][]) {
      const r = runCli(args, dir);
      assert.strictEqual(r.code, 2, args.join(' '));
      assert.strictEqual(r.stderr, msg);
      assert.strictEqual(r.stdout, '');
    }
    assert.strictEqual(runCli(['a.txt', '--unknown'], dir).code, 2);
  });

  it('walks folders for .txt/.md/.markdown, skipping node_modules, .git and .gitignored files', () => {
    const dir = tempDir({
      'one.txt': CLAIM,
      'two.markdown': CLAIM,
      'notes.rtf': CLAIM,
      'node_modules/x/three.txt': CLAIM,
      'drafts/.gitignore': 'old/\n',
      'drafts/old/four.txt': CLAIM,
      'drafts/five.md': ATTRIBUTED,
      '.gitignore': 'ignored.txt\n',
      'ignored.txt': CLAIM,
    });
    const r = runCli(['.', '--format', 'json'], dir);
    assert.deepStrictEqual(
      JSON.parse(r.stdout).files.map((f: { path: string }) => f.path),
      ['drafts/five.md', 'one.txt', 'two.markdown'],
    );
  });

  it('expands globs', () => {
    const dir = tempDir({ 'a/x.txt': CLAIM, 'a/y.txt': CLAIM, 'b/z.txt': CLAIM });
    const r = runCli(['a/*.txt', '--format', 'json'], dir);
    assert.deepStrictEqual(JSON.parse(r.stdout).files.map((f: { path: string }) => f.path), ['a/x.txt', 'a/y.txt']);
  });

  it('reads the workspace alias groups as the editor does: .claimlint/aliases.json, found upwards, or --aliases', function () {
    this.timeout(60_000); // nine CLI runs
    // two names of one company: only the alias groups say so (a near miss without them)
    const dir = tempDir({ 'news/a.txt': 'On Monday, Acme Industries cut 300 jobs.\n', 'news/b.txt': 'On Monday, Widgetco did not cut any jobs.\n', 'groups.json': '[["Acme Industries", "Widgetco"]]' });
    const rules = (r: { stdout: string }): string[] => (JSON.parse(r.stdout) as { files: { path: string; findings: { rule: string }[] }[] }).files.flatMap((f) => f.findings.map((x) => `${f.path} ${x.rule}`));
    const unattributed = ['news/a.txt unattributed-claim', 'news/b.txt unattributed-claim'];
    const contradicted = ['news/a.txt contradicted-claim', 'news/a.txt unattributed-claim', 'news/b.txt contradicted-claim', 'news/b.txt unattributed-claim'];
    assert.deepStrictEqual(rules(runCli(['news', '--format', 'json'], dir)), unattributed);
    const explicit = runCli(['news', '--format', 'json', '--aliases', 'groups.json'], dir);
    assert.deepStrictEqual([explicit.code, explicit.stderr, rules(explicit)], [0, '', contradicted]);
    // the same from two threads: the workers get the groups too
    assert.strictEqual(runCli(['news', '--format', 'json', '--aliases', 'groups.json', '--jobs', '2'], dir).stdout, explicit.stdout);
    fs.mkdirSync(path.join(dir, '.claimlint'));
    fs.copyFileSync(path.join(dir, 'groups.json'), path.join(dir, '.claimlint', 'aliases.json'));
    assert.strictEqual(runCli(['news', '--format', 'json'], dir).stdout, explicit.stdout);
    // from a folder below the one holding .claimlint/
    assert.deepStrictEqual(rules(runCli(['.', '--format', 'json'], path.join(dir, 'news'))), contradicted.map((x) => x.replace('news/', '')));
    for (const [file, content, msg] of [
      ['missing.json', null, `claimlint: cannot read ${path.join(dir, 'missing.json')}: ENOENT\n`],
      ['object.json', '{"Acme": "Widgetco"}', `claimlint: ${path.join(dir, 'object.json')}: unknown key "Acme" (expected "aliases" or "institutions")\n`],
      ['string.json', '"Acme"', `claimlint: ${path.join(dir, 'string.json')} must be an array of arrays of names, or an object with "aliases" and "institutions"\n`],
      ['inst.json', '{"institutions": {"Velna": "Osterhaus"}}', `claimlint: ${path.join(dir, 'inst.json')}: the institutions of "Velna" must be an array of names\n`],
    ] as [string, string | null, string][]) {
      if (content !== null) fs.writeFileSync(path.join(dir, file), content);
      const r = runCli(['news', '--aliases', file], dir);
      assert.deepStrictEqual([r.code, r.stdout, r.stderr], [2, '', msg]);
    }
    // the object form: alias groups under "aliases"
    fs.writeFileSync(path.join(dir, 'named.json'), '{"aliases": [["Acme Industries", "Widgetco"]]}');
    assert.strictEqual(runCli(['news', '--format', 'json', '--aliases', 'named.json'], dir).stdout, explicit.stdout);
    // a broken workspace file fails the run instead of being left out unnoticed
    fs.writeFileSync(path.join(dir, '.claimlint', 'aliases.json'), '[["Acme"');
    const broken = runCli(['news'], dir);
    assert.strictEqual(broken.code, 2);
    assert.match(broken.stderr, /^claimlint: cannot read .*aliases\.json: /);
  });

  it('reads institutions of states from the alias file, in every thread: a party they name is their state\'s', function () {
    this.timeout(60_000); // four CLI runs
    const dir = tempDir({
      'news/a.txt': 'Norland diplomats have discussed the Norland plan with Velnish officials, the ministry said.\n',
      'news/b.txt': 'Osterhaus has not received a Norland plan for the border crossings, a spokeswoman said on Tuesday.\n',
      'names.json': JSON.stringify({ aliases: [['Velna', 'Velnish']], institutions: { Velna: ['Osterhaus'] } }),
      'groups.json': JSON.stringify([['Velna', 'Velnish']]),
    });
    const disputes = (r: { stdout: string }): string[] =>
      (JSON.parse(r.stdout) as { files: { path: string; findings: { rule: string; related?: { path: string }[] }[] }[] }).files.flatMap((f) =>
        f.findings.filter((x) => x.rule === 'disputed-claim').map((x) => `${f.path} → ${x.related?.map((l) => l.path).join(' ')}`),
      );
    const withInstitutions = runCli(['news', '--format', 'json', '--aliases', 'names.json'], dir);
    assert.deepStrictEqual([withInstitutions.code, withInstitutions.stderr, disputes(withInstitutions)], [0, '', ['news/a.txt → news/b.txt', 'news/b.txt → news/a.txt']]);
    assert.strictEqual(runCli(['news', '--format', 'json', '--aliases', 'names.json', '--jobs', '2'], dir).stdout, withInstitutions.stdout);
    // near miss: the alias group alone does not make Osterhaus Velna's
    assert.deepStrictEqual(disputes(runCli(['news', '--format', 'json', '--aliases', 'groups.json'], dir)), []);
  });

  it('reads the project’s shared settings: .claimlint/config.json, found upwards, or --config; --rule wins over them', function () {
    this.timeout(60_000); // eight CLI runs
    const dir = tempDir({ 'news/a.txt': CLAIM, 'news/b.txt': ATTRIBUTED, '.claimlint/config.json': '{"rules": {"unattributed-claim": "error", "name-variant": "off"}}' });
    const plain = runCli(['news'], dir);
    assert.deepStrictEqual([plain.code, plain.stdout], [1, 'news/a.txt:1:1  error  Unattributed claim: this statement has no source. It states a date and named actors: say who says so. 1 other file reports it too.  unattributed-claim\n\n1 problem (1 error, 0 warnings, 0 info) in 2 files\n']);
    // from a folder below, and overridden on the command line
    assert.strictEqual(runCli(['.'], path.join(dir, 'news')).code, 1);
    const overridden = runCli(['news', '--rule', 'unattributed-claim=warning'], dir);
    assert.deepStrictEqual([overridden.code, overridden.stdout.split('  ')[1]], [0, 'warning']);
    // softening: b.txt corroborates a.txt, so a's claim is info where the project asks for it
    fs.writeFileSync(path.join(dir, 'soft.json'), '{"softenCorroborated": true}');
    const soft = runCli(['news', '--config', 'soft.json', '--format', 'json'], dir);
    assert.deepStrictEqual((JSON.parse(soft.stdout) as { files: { findings: { rule: string; severity: string }[] }[] }).files[0].findings.map((f) => `${f.rule} ${f.severity}`), ['unattributed-claim info']);
    for (const [content, msg] of [
      ['{"rules": {"unattributed-claims": "error"}}', 'unknown rule "unattributed-claims" (see claimlint rules)'],
      ['{"rules": {"unattributed-claim": "fatal"}}', 'rule "unattributed-claim" takes error, warning, info, hint, off, not "fatal"'],
      ['{"rule": {}}', 'unknown setting "rule" (rules, softenCorroborated)'],
      ['{"softenCorroborated": "yes"}', '"softenCorroborated" must be true or false'],
      ['[]', null],
    ] as [string, string | null][]) {
      fs.writeFileSync(path.join(dir, 'bad.json'), content);
      const r = runCli(['news', '--config', 'bad.json'], dir);
      const file = path.join(dir, 'bad.json');
      assert.deepStrictEqual([r.code, r.stdout, r.stderr], [2, '', msg ? `claimlint: ${file}: ${msg}\n` : `claimlint: ${file} must be a JSON object\n`], content);
    }
  });

  it('the JSON schemas the extension contributes for .claimlint/ files accept what the CLI accepts, and only that', () => {
    const schema = JSON.parse(fs.readFileSync(path.join(ROOT, 'client', 'schemas', 'config.schema.json'), 'utf8'));
    const ids = runCli(['rules']).stdout.trim().split('\n').map((l) => l.split(/\s+/)[0]);
    assert.deepStrictEqual(Object.keys(schema.properties.rules.properties), ids);
    for (const id of ids) assert.deepStrictEqual(schema.properties.rules.properties[id], { enum: ['error', 'warning', 'info', 'hint', 'off'] }, id);
    assert.deepStrictEqual([schema.additionalProperties, schema.properties.rules.additionalProperties, Object.keys(schema.properties)], [false, false, ['rules', 'softenCorroborated']]);
    // every severity the schema offers is one the CLI takes
    const dir = tempDir({ 'a.txt': CLAIM });
    for (const severity of schema.properties.rules.properties[ids[0]].enum as string[]) {
      fs.writeFileSync(path.join(dir, 'c.json'), JSON.stringify({ rules: { [ids[0]]: severity }, softenCorroborated: true }));
      assert.notStrictEqual(runCli(['a.txt', '--config', 'c.json'], dir).code, 2, severity);
    }
    // the alias schema offers the two forms the CLI reads: groups, or an object of groups and institutions
    const aliases = JSON.parse(fs.readFileSync(path.join(ROOT, 'client', 'schemas', 'aliases.schema.json'), 'utf8'));
    const groups = aliases.definitions.groups;
    assert.deepStrictEqual([groups.type, groups.items.type, groups.items.items.type], ['array', 'array', 'string']);
    assert.deepStrictEqual(aliases.oneOf[0], { $ref: '#/definitions/groups' });
    assert.deepStrictEqual(Object.keys(aliases.oneOf[1].properties), ['aliases', 'institutions']);
    assert.strictEqual(aliases.oneOf[1].properties.institutions.additionalProperties.items.type, 'string');
  });

  it('--jobs: the same output from one thread and from several, notices and claims included', function () {
    this.timeout(120_000); // nine CLI runs
    const seeds = path.join(ROOT, 'seeds');
    const files: Record<string, string | Buffer> = { 'binary.txt': Buffer.from([0x00, 0x01, 0x02]) };
    for (const f of fs.readdirSync(seeds)) files[f] = fs.readFileSync(path.join(seeds, f), 'utf8');
    const dir = tempDir(files);
    for (const [args, many] of [
      [['.', '--format', 'json'], ['2', '9']],
      [['.'], ['3']],
      [['claims', '.', '--format', 'json'], ['2', '4']],
    ] as [string[], string[]][]) {
      const one = runCli([...args, '--jobs', '1'], dir);
      assert.strictEqual(one.stderr, 'claimlint: skipping binary.txt: binary file\n');
      assert.ok(one.stdout.includes('Sergei'), 'cross-document findings are there');
      // claims looks up same-event links (lint does not: no rule reads them), in every thread
      if (args[0] === 'claims') assert.ok(one.stdout.includes('"relation":"same-event"'), 'same-event links are there');
      for (const jobs of many) {
        const many = runCli([...args, '--jobs', jobs], dir);
        assert.deepStrictEqual([many.code, many.stdout, many.stderr], [one.code, one.stdout, one.stderr], `${args.join(' ')} --jobs ${jobs}`);
      }
    }
  });

  it('survives empty, binary, invalid UTF-8, CRLF+BOM and 5 MB files', () => {
    const big = ('Rebels took the town of Varna on May 3, the army said. ' + 'The mayor said the road was closed.\n').repeat(60000);
    const dir = tempDir({
      'empty.txt': '',
      'binary.txt': Buffer.from([0x00, 0x01, 0x02, 0xff, 0x00]),
      'bad-utf8.txt': Buffer.concat([Buffer.from('Rebels took the town '), Buffer.from([0xc3, 0x28, 0xff]), Buffer.from(' of Varna on May 3.\n')]),
      'crlf.txt': '\ufeffRebels took the town of Varna on May 3.\r\nThe mayor said so.\r\n',
      'big.txt': big,
    });
    assert.ok(big.length > 5_000_000);
    const r = runCli(['.', '--format', 'json'], dir);
    assert.strictEqual(r.code, 0, r.stderr);
    assert.strictEqual(r.stderr, 'claimlint: skipping binary.txt: binary file\n');
    const files = JSON.parse(r.stdout).files as { path: string; findings: { line: number; column: number }[] }[];
    assert.deepStrictEqual(files.map((f) => [f.path, f.findings.length]), [
      ['bad-utf8.txt', 1],
      ['big.txt', 0],
      ['crlf.txt', 1],
      ['empty.txt', 0],
    ]);
    // the BOM is not part of the text (TextDecoder drops it, as VS Code does), so the claim starts at column 1
    assert.deepStrictEqual(files[2].findings.map((f) => [f.line, f.column]), [[1, 1]]);
  });

  describe('CI formats', () => {
    const files = {
      'x/a,b.txt': CLAIM,
      'c.txt': 'Foreign Minister Sergey Lavrov said on Monday that talks would resume.\n',
      'd.txt': 'Foreign Minister Sergei Lavrov said on Monday that talks would resume.\n',
    };

    it('github: one workflow command a finding, properties and message escaped, related files named', () => {
      const r = runCli(['.', '--format', 'github', '--rule', 'unattributed-claim=error', '--max-warnings', '0'], tempDir(files));
      assert.strictEqual(r.code, 1);
      assert.strictEqual(
        r.stdout,
        [
          '::notice file=c.txt,line=1,col=18,endLine=1,endColumn=24,title=claimlint name-variant::“Sergey” is spelled “Sergei” in d.txt. (see d.txt:1)',
          '::notice file=d.txt,line=1,col=18,endLine=1,endColumn=24,title=claimlint name-variant::“Sergei” is spelled “Sergey” in c.txt. (see c.txt:1)',
          '::error file=x/a%2Cb.txt,line=1,col=1,endLine=1,endColumn=40,title=claimlint unattributed-claim::Unattributed claim: this statement has no source. It states a date and named actors: say who says so.',
          '',
        ].join('\n'),
      );
      assert.strictEqual(r.stderr, '');
    });

    it('sarif: a SARIF 2.1.0 log with every rule, levels, UTF-16 regions and related locations', () => {
      const r = runCli(['.', '--format', 'sarif'], tempDir(files));
      assert.strictEqual(r.code, 0);
      const log = JSON.parse(r.stdout);
      assert.strictEqual(log.version, '2.1.0');
      assert.strictEqual(log.runs.length, 1);
      const run = log.runs[0];
      assert.strictEqual(run.columnKind, 'utf16CodeUnits');
      assert.strictEqual(run.tool.driver.name, 'claimlint');
      assert.deepStrictEqual(
        run.tool.driver.rules.map((x: { id: string; defaultConfiguration: { level: string } }) => `${x.id} ${x.defaultConfiguration.level}`),
        runCli(['rules']).stdout.trim().split('\n').map((l) => l.split(/\s+/).slice(0, 2).join(' ').replace(/ info$/, ' note')),
      );
      const region = (line: number, startColumn: number, endColumn: number) => ({ startLine: line, startColumn, endLine: line, endColumn });
      const at = (uri: string, r: object) => ({ physicalLocation: { artifactLocation: { uri, uriBaseId: '%SRCROOT%' }, region: r } });
      const rules = run.tool.driver.rules.map((x: { id: string }) => x.id);
      // a name variant's suggestion (the editor's quick fix) as a fix: replace the name in place
      const fix = (uri: string, text: string, newText: string) => ({
        description: { text },
        artifactChanges: [{ artifactLocation: { uri, uriBaseId: '%SRCROOT%' }, replacements: [{ deletedRegion: region(1, 18, 24), insertedContent: { text: newText } }] }],
      });
      assert.deepStrictEqual(run.results, [
        {
          ruleId: 'name-variant',
          ruleIndex: rules.indexOf('name-variant'),
          level: 'note',
          message: { text: '“Sergey” is spelled “Sergei” in d.txt.' },
          locations: [at('c.txt', region(1, 18, 24))],
          relatedLocations: [{ id: 1, ...at('d.txt', region(1, 18, 24)), message: { text: 'name-variant: Sergei' } }],
          fixes: [fix('c.txt', 'Spell it “Sergei”, as d.txt does', 'Sergei')],
        },
        {
          ruleId: 'name-variant',
          ruleIndex: rules.indexOf('name-variant'),
          level: 'note',
          message: { text: '“Sergei” is spelled “Sergey” in c.txt.' },
          locations: [at('d.txt', region(1, 18, 24))],
          relatedLocations: [{ id: 1, ...at('c.txt', region(1, 18, 24)), message: { text: 'name-variant: Sergey' } }],
          fixes: [fix('d.txt', 'Spell it “Sergey”, as c.txt does', 'Sergey')],
        },
        {
          ruleId: 'unattributed-claim',
          ruleIndex: 0,
          level: 'warning',
          message: { text: 'Unattributed claim: this statement has no source. It states a date and named actors: say who says so.' },
          locations: [at('x/a%2Cb.txt', region(1, 1, 40))],
        },
      ]);
    });

    it('json: a finding with a suggestion carries it, with 1-based UTF-16 ranges; others have none', () => {
      const r = runCli(['.', '--format', 'json'], tempDir(files));
      const found = (JSON.parse(r.stdout) as { files: { path: string; findings: { rule: string; suggestions?: unknown }[] }[] }).files.flatMap((f) => f.findings.map((x) => [f.path, x.rule, x.suggestions]));
      assert.deepStrictEqual(found, [
        ['c.txt', 'name-variant', [{ title: 'Spell it “Sergei”, as d.txt does', edits: [{ line: 1, column: 18, endLine: 1, endColumn: 24, newText: 'Sergei' }] }]],
        ['d.txt', 'name-variant', [{ title: 'Spell it “Sergey”, as c.txt does', edits: [{ line: 1, column: 18, endLine: 1, endColumn: 24, newText: 'Sergey' }] }]],
        ['x/a,b.txt', 'unattributed-claim', undefined],
      ]);
    });

    it('claims takes JSON only', () => {
      const r = runCli(['claims', '.', '--format', 'sarif'], tempDir(files));
      assert.deepStrictEqual([r.code, r.stdout, r.stderr], [2, '', 'claimlint: claims prints JSON only, not "sarif"\n']);
    });
  });

  it('claims prints every claim with its attribution', () => {
    const dir = tempDir({ 'a.txt': CLAIM + 'The bridge is closed, police chief Sara Lund said.\n"It will stay shut," she added.\n' });
    const r = runCli(['claims', 'a.txt', '--format', 'json'], dir);
    assert.strictEqual(r.code, 0);
    assert.deepStrictEqual(JSON.parse(r.stdout), {
      version: 1,
      claims: [
        { path: 'a.txt', line: 1, column: 1, endLine: 1, endColumn: 40, text: 'Rebels took the town of Varna on May 3.', attribution: null, links: [] },
        {
          path: 'a.txt', line: 2, column: 1, endLine: 2, endColumn: 51, text: 'The bridge is closed, police chief Sara Lund said.',
          attribution: { cue: 'said', source: 'Sara Lund', vague: false }, links: [],
        },
        {
          path: 'a.txt', line: 3, column: 1, endLine: 3, endColumn: 32, text: '"It will stay shut," she added.',
          attribution: { cue: 'added', source: 'Sara Lund', vague: false }, links: [],
        },
      ],
    });
  });

  it('claims links say why two sentences conflict (`detail`); a corroboration has none', () => {
    const dir = tempDir({
      'a.txt': 'The city council of Lormont approved the new parking levy on Tuesday.\n',
      'b.txt': 'The city council of Lormont rejected the new parking levy on Tuesday.\n',
      'c.txt': 'On Tuesday the city council of Lormont approved the new parking levy.\n',
    });
    const r = runCli(['claims', 'a.txt', 'b.txt', 'c.txt', '--format', 'json'], dir);
    const links = (JSON.parse(r.stdout) as { claims: { path: string; links: { path: string; relation: string; detail?: string }[] }[] }).claims
      .filter((c) => c.path === 'a.txt')
      .flatMap((c) => c.links.map((l) => [l.path, l.relation, l.detail ?? null]));
    assert.deepStrictEqual(links, [
      ['c.txt', 'corroborates', null],
      ['b.txt', 'contradicts', 'opposite predicates (approved… vs rejected…)'],
    ]);
  });

  it('--help, --version and rules', () => {
    assert.match(runCli(['--help']).stdout, /^Usage: claimlint/);
    assert.match(runCli(['--version']).stdout, /^\d+\.\d+\.\d+\n$/);
    assert.strictEqual(
      runCli(['rules']).stdout.split('\n').filter(Boolean).map((l) => l.split(/\s+/)[0]).join(','),
      'unattributed-claim,unattributed-quote,vague-attribution,contradicted-claim,disputed-claim,quote-mismatch,name-variant',
    );
  });
});
