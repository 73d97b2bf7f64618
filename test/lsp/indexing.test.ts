import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { ClaimEngine } from '../../server/src/engine';
import { DiskIndexer, type IndexThreads } from '../../server/src/lsp/workspace';
import { ROOT } from '../helpers/spawn';

const SEEDS = path.join(ROOT, 'seeds');
const SCRIPT = path.join(ROOT, 'dist', 'server', 'indexer.js');

/** Every finding and claim link of every indexed document, as one comparable string per document. */
function everything(engine: ClaimEngine, uris: string[]): string[] {
  return uris.map((uri) => {
    if (!engine.has(uri)) return `${uri}: not indexed`;
    const findings = engine.lint(uri).map((f) => `${f.rule} ${f.range.start}-${f.range.end} ${f.severity} ${f.message} ${JSON.stringify(f.related ?? [])}`);
    const links = engine.claims(uri).map((c) => `${c.sentence} ${JSON.stringify(c.links)}`);
    return `${uri}\n${findings.join('\n')}\n${links.join('\n')}`;
  });
}

describe('indexing a folder in threads', function () {
  this.timeout(60000);
  let dir: string;
  let folder: string;
  const threads = (over: Partial<IndexThreads> = {}): IndexThreads => ({ script: SCRIPT, threads: 2, minFiles: 0, aliases: () => [], log: () => undefined, ...over });

  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimlint-index-'));
    // the seeds several times over, under other names, and an unreadable (binary) file: more than one batch per thread
    for (let copy = 0; copy < 20; copy++) {
      for (const f of fs.readdirSync(SEEDS)) fs.copyFileSync(path.join(SEEDS, f), path.join(dir, `${copy}-${f}`));
    }
    fs.writeFileSync(path.join(dir, 'binary.txt'), Buffer.from([0x41, 0, 0x42]));
    folder = pathToFileURL(dir).toString();
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('indexes exactly what indexing on the server thread does, in the same order of progress', async () => {
    const here = new ClaimEngine({ incremental: true });
    const hereProgress: number[] = [];
    const uris = await new DiskIndexer(here, () => false).indexFolder(folder, [], (done) => hereProgress.push(done));
    const threaded = new ClaimEngine({ incremental: true });
    const threadedProgress: number[] = [];
    const threadedUris = await new DiskIndexer(threaded, () => false, threads()).indexFolder(folder, [], (done) => threadedProgress.push(done));
    assert.deepStrictEqual(threadedUris, uris);
    assert.strictEqual(uris.length, 101);
    assert.ok(!threaded.has(uris.find((u) => u.endsWith('binary.txt'))!), 'the binary file is not indexed');
    assert.deepStrictEqual(everything(threaded, uris), everything(here, uris));
    assert.strictEqual(threadedProgress.at(-1), 101);
    assert.deepStrictEqual([...threadedProgress].sort((a, b) => a - b), threadedProgress, 'progress only goes forward');
    assert.strictEqual(hereProgress.at(-1), 101);
  });

  it('signs with the workspace aliases', async () => {
    // (two cities as one: claims about either now share their place)
    const aliases = [['Aleppo', 'Palmyra']];
    const seeds = pathToFileURL(SEEDS).toString();
    const here = new ClaimEngine();
    here.setAliases(aliases);
    const uris = await new DiskIndexer(here, () => false).indexFolder(seeds, []);
    const threaded = new ClaimEngine();
    threaded.setAliases(aliases);
    await new DiskIndexer(threaded, () => false, threads({ aliases: () => aliases })).indexFolder(seeds, []);
    assert.deepStrictEqual(everything(threaded, uris), everything(here, uris));
    const without = new ClaimEngine();
    await new DiskIndexer(without, () => false).indexFolder(seeds, []);
    assert.notDeepStrictEqual(everything(without, uris), everything(here, uris), 'the aliases matter here');
  });

  it('leaves documents open in the editor alone', async () => {
    const engine = new ClaimEngine({ incremental: true });
    const open = pathToFileURL(path.join(dir, `3-${fs.readdirSync(SEEDS)[0]}`)).toString();
    engine.set({ uri: open, text: 'Edited in the editor, not saved.', format: 'plaintext' });
    await new DiskIndexer(engine, (uri) => uri === open, threads()).indexFolder(folder, []);
    assert.strictEqual(engine.text(open), 'Edited in the editor, not saved.');
  });

  it('falls back to the server thread when a thread cannot run, and says so', async () => {
    const broken = path.join(dir, 'broken-indexer.js');
    fs.writeFileSync(broken, 'throw new Error("no model here");');
    const logged: string[] = [];
    const here = new ClaimEngine();
    const uris = await new DiskIndexer(here, () => false).indexFolder(folder, []);
    const engine = new ClaimEngine();
    await new DiskIndexer(engine, () => false, threads({ script: broken, log: (m) => logged.push(m) })).indexFolder(folder, []);
    assert.deepStrictEqual(everything(engine, uris.slice(0, 10)), everything(here, uris.slice(0, 10)));
    assert.strictEqual(logged.length, 1);
    assert.match(logged[0], /indexing threads failed, indexing on the server's thread: .*no model here/);
  });
});
