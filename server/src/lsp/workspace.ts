import * as fs from 'fs';
import * as path from 'path';
import { fileURLToPath, pathToFileURL } from 'url';
import type { ClaimEngine } from '../engine';
import { NO_WORKSPACE_NAMES, type LintConfig, type WorkspaceNames } from '../engine';
import { ALIASES_FILE, ARTICLE_EXTENSIONS, CONFIG_FILE, formatOf, readAliasFile, readArticle, readConfigFile, walkFolder } from '../host/files';

/** Reads one of the workspace's own files (`rel` under `root`) with `read`, or gives `none`: a bad file is logged and left out. */
function readWorkspaceFile<T>(root: string, rel: string, read: (file: string) => T, none: T, log: (m: string) => void): T {
  const file = path.join(root, rel);
  if (!fs.existsSync(file)) return none;
  try {
    return read(file);
  } catch (e) {
    log(`claimlint: ${(e as Error).message}; ignored`);
    return none;
  }
}

/** Reads `.claimlint/aliases.json` (alias groups and institutions, see `readAliasFile`) from a folder, or none. */
export function readAliases(root: string, log: (m: string) => void): WorkspaceNames {
  return readWorkspaceFile(root, ALIASES_FILE, readAliasFile, NO_WORKSPACE_NAMES, log);
}

/** Reads `.claimlint/config.json` (the settings the CLI reads too) from a folder, or {}. */
export function readProjectConfig(root: string, log: (m: string) => void): LintConfig {
  return readWorkspaceFile<LintConfig>(root, CONFIG_FILE, readConfigFile, {}, log);
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

/**
 * Keeps the engine's index in step with the article files on disk. Open
 * documents are the editor's business (their unsaved text wins); this class
 * only loads files that are not open.
 */
export class DiskIndexer {
  constructor(
    private readonly engine: ClaimEngine,
    private readonly isOpen: (uri: string) => boolean,
  ) {}

  /**
   * Walks a folder and indexes every article; reports progress as (done, total); returns the articles' uris.
   * It works in slices of about `SLICE_MS`, letting requests through in between, so that an edit
   * never waits long behind a large workspace being indexed.
   */
  async indexFolder(folderUri: string, exclude: string[], progress: (done: number, total: number) => void = () => undefined): Promise<string[]> {
    const root = fileURLToPath(folderUri);
    const files = await walkFolder(root, exclude);
    const uris: string[] = [];
    let slice = performance.now();
    for (const rel of files) {
      const uri = pathToFileURL(path.join(root, rel)).toString();
      uris.push(uri);
      if (!this.isOpen(uri)) this.load(uri);
      if (uris.length % 200 === 0 || uris.length === files.length) progress(uris.length, files.length);
      if (performance.now() - slice >= SLICE_MS) {
        await new Promise((r) => setImmediate(r));
        slice = performance.now();
      }
    }
    return uris;
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
