import * as fs from 'fs';
import * as path from 'path';
import { fileURLToPath, pathToFileURL } from 'url';
import type { ClaimEngine } from '../engine';
import { ARTICLE_EXTENSIONS, formatOf, readArticle, walkFolder } from '../host/files';
import { signInThreads, type SignedFile } from './indexPool';

export const ALIASES_FILE = path.join('.claimlint', 'aliases.json');

/** Reads `.claimlint/aliases.json` (an array of arrays of names) from a folder, or []. */
export function readAliases(root: string, log: (m: string) => void): string[][] {
  const file = path.join(root, ALIASES_FILE);
  if (!fs.existsSync(file)) return [];
  try {
    const data: unknown = JSON.parse(fs.readFileSync(file, 'utf8'));
    if (Array.isArray(data) && data.every((g) => Array.isArray(g) && g.every((n) => typeof n === 'string'))) return data as string[][];
    log(`claimlint: ${file} must be an array of arrays of names; ignored`);
  } catch (e) {
    log(`claimlint: cannot read ${file}: ${(e as Error).message}`);
  }
  return [];
}

/** Globs of `files.exclude` that are switched on. */
export function enabledGlobs(filesExclude: unknown): string[] {
  if (!filesExclude || typeof filesExclude !== 'object') return [];
  return Object.entries(filesExclude as Record<string, unknown>)
    .filter(([, v]) => v === true)
    .map(([k]) => k);
}

export function isArticleUri(uri: string): boolean {
  return uri.startsWith('file:') && new RegExp(`\\.(?:${ARTICLE_EXTENSIONS.join('|')})$`, 'i').test(uri);
}

/** Longest run of indexing on the server's thread before it lets requests through. */
const SLICE_MS = 20;

/** How a `DiskIndexer` may use indexing threads. */
export interface IndexThreads {
  /** indexWorker.ts as bundled (dist/server/indexer.js). */
  script: string;
  /** Threads to sign files with. */
  threads: number;
  /** Folders with fewer new files than this are indexed on the server's own thread (a thread takes about a second to start). */
  minFiles: number;
  /** The extra alias groups the engine was given (the threads sign with the same). */
  aliases: () => string[][];
  log: (m: string) => void;
}

/**
 * Keeps the engine's index in step with the article files on disk. Open
 * documents are the editor's business (their unsaved text wins); this class
 * only loads files that are not open.
 */
export class DiskIndexer {
  constructor(
    private readonly engine: ClaimEngine,
    private readonly isOpen: (uri: string) => boolean,
    private readonly threads: IndexThreads | null = null,
  ) {}

  /**
   * Walks a folder and indexes every article; reports progress as (done, total); returns the articles' uris.
   * Files the engine does not have yet are read and signed in indexing threads when there are
   * enough of them, so that a large workspace is indexed on every core while this thread stays
   * free for the user's requests; the engine indexes them in the files' order either way.
   */
  async indexFolder(folderUri: string, exclude: string[], progress: (done: number, total: number) => void = () => undefined): Promise<string[]> {
    const root = fileURLToPath(folderUri);
    const files = await walkFolder(root, exclude);
    const uris = files.map((rel) => pathToFileURL(path.join(root, rel)).toString());
    let done = 0;
    const fresh = uris.flatMap((uri, i) => (this.engine.has(uri) || this.isOpen(uri) ? [] : [{ uri, path: path.join(root, files[i]) }]));
    if (this.threads && fresh.length >= this.threads.minFiles) {
      try {
        await signInThreads(fresh, this.threads.aliases(), this.threads.script, this.threads.threads, (signed) => {
          for (const f of signed) this.takeSigned(f);
          done += signed.length;
          progress(done, uris.length);
        });
      } catch (e) {
        this.threads.log(`claimlint: indexing threads failed, indexing on the server's thread: ${(e as Error).message}`);
      }
    }
    // what the threads did not sign: files already indexed (re-read: changed on disk?) and, without threads, all
    const signed = new Set(fresh.slice(0, done).map((f) => f.uri));
    let slice = performance.now();
    for (const uri of uris) {
      if (signed.has(uri)) continue;
      if (!this.isOpen(uri)) this.load(uri);
      done++;
      // let requests through (an edit waits at most about a slice) while a large workspace is indexed
      if (done % 200 === 0 || done === uris.length) progress(done, uris.length);
      if (performance.now() - slice >= SLICE_MS) {
        await new Promise((r) => setImmediate(r));
        slice = performance.now();
      }
    }
    return uris;
  }

  private takeSigned(f: SignedFile): void {
    if (this.isOpen(f.uri)) return; // opened while it was being signed: the editor's text wins
    if (f.text === null) this.engine.remove(f.uri);
    else this.engine.setIndexOnlySigned({ uri: f.uri, text: f.text, format: f.format }, f.signatures);
  }

  /** (Re)loads one file from disk, or removes it when it is gone or binary. */
  load(uri: string): void {
    let file: string;
    try {
      file = fileURLToPath(uri);
    } catch {
      return;
    }
    try {
      const read = readArticle(file);
      if (read.text === null) this.engine.remove(uri);
      // not open in an editor: indexed for the open documents to be checked against
      else this.engine.setIndexOnly({ uri, text: read.text, format: formatOf(file) });
    } catch {
      this.engine.remove(uri);
    }
  }
}
