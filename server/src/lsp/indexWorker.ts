// An indexing thread of the language server (see indexPool.ts): reads article
// files, analyses and signs them, and hands back their text and signatures
// for the server's engine to index without analysing them again.
import { parentPort } from 'worker_threads';
import { ClaimEngine } from '../engine';
import { formatOf, readArticle } from '../host/files';
import type { FromIndexer, SignedFile, ToIndexer } from './indexPool';

const port = parentPort;
if (!port) throw new Error('claimlint: indexer.js runs as a worker thread of the language server');

let engine: ClaimEngine | null = null;
let engineAliases = '';

port.on('message', (m: ToIndexer) => {
  let reply: FromIndexer;
  try {
    const aliases = JSON.stringify(m.aliases);
    if (!engine || aliases !== engineAliases) {
      engine = new ClaimEngine({ aliases: m.aliases });
      engineAliases = aliases;
    }
    const files: SignedFile[] = [];
    for (const f of m.files) {
      let text: string | null;
      try {
        text = readArticle(f.path).text;
      } catch {
        text = null;
      }
      if (text === null) {
        files.push({ uri: f.uri, text: null, format: 'plaintext', signatures: null });
        continue;
      }
      const format = formatOf(f.path);
      engine.setIndexOnly({ uri: f.uri, text, format });
      files.push({ uri: f.uri, text, format, signatures: engine.exportDocument(f.uri) });
      // each file is signed on its own: the thread's engine keeps nothing between files
      engine.remove(f.uri);
    }
    reply = { type: 'signed', batch: m.batch, files };
  } catch (e) {
    reply = { type: 'failed', batch: m.batch, message: (e as Error)?.stack ?? String(e) };
  }
  port.postMessage(reply);
});
