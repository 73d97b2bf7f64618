import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { ClaimEngine } from '../../server/src/engine';
import { DiskIndexer } from '../../server/src/lsp/workspace';
import { ROOT } from '../helpers/spawn';

const SEEDS = path.join(ROOT, 'seeds');

describe('indexing a workspace folder', function () {
  this.timeout(60000);
  let dir: string;

  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimlint-index-'));
    // the seeds twenty times over: far more than one slice of work
    for (let copy = 0; copy < 20; copy++) {
      for (const f of fs.readdirSync(SEEDS)) fs.copyFileSync(path.join(SEEDS, f), path.join(dir, `${copy}-${f}`));
    }
    fs.writeFileSync(path.join(dir, 'binary.txt'), Buffer.from([0x41, 0, 0x42]));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('lets other work through while it indexes, and indexes every article but the binary one', async () => {
    const engine = new ClaimEngine();
    // what ran, in order: a file indexed, or a turn of other work (a request) in between
    const ran: string[] = [];
    const setIndexOnly = engine.setIndexOnly.bind(engine);
    engine.setIndexOnly = (doc) => {
      ran.push('file');
      setIndexOnly(doc);
    };
    let indexing = true;
    const otherWork = (): void => {
      ran.push('request');
      if (indexing) setImmediate(otherWork);
    };
    setImmediate(otherWork);
    const progress: number[] = [];
    const uris = await new DiskIndexer(engine, () => false).indexFolder(pathToFileURL(dir).toString(), [], (done) => progress.push(done));
    indexing = false;
    const files = ran.flatMap((r, i) => (r === 'file' ? [i] : []));
    const between = ran.slice(files[0], files.at(-1)).filter((r) => r === 'request').length;
    assert.ok(between > 0, 'requests ran between the first and the last file');
    assert.strictEqual(uris.length, 101);
    assert.deepStrictEqual(uris.filter((u) => !engine.has(u)).map((u) => path.basename(u)), ['binary.txt']);
    assert.deepStrictEqual(progress, [101]);
  });
});
