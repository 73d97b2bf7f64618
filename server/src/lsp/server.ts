import { fileURLToPath } from 'url';
import {
  CodeActionKind,
  createConnection,
  DidChangeConfigurationNotification,
  FileChangeType,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type CodeAction,
  type Diagnostic,
  type Hover,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ClaimEngine, LineIndex, type LintConfig } from '../engine';
import { formatOf } from '../host/files';
import { DiskIndexer, enabledGlobs, isArticleUri, readAliases, readProjectConfig } from './workspace';
import { quickFixes, toDiagnostic } from './convert';
import { warmUp } from './warmup';
import { renderHover } from './hover';
import { runSafe, runSafeAsync } from './safe';
import { Debouncer } from './scheduler';
import { DEFAULT_SETTINGS, normalizeSettings, withProjectConfig, type Settings } from './settings';

export const LINT_WORKSPACE_COMMAND = 'claimlint.server.lintWorkspace';
/** Sent when the workspace index is complete: `{ files: number }`. */
export const INDEXED_NOTIFICATION = 'claimlint/indexed';
/** Quiet time after the last lint of a document before its kept links are related again. */
const SETTLE_MS = 1000;

/**
 * The language server: a thin host that feeds open documents (and, on request,
 * workspace files) to the engine and turns its findings into diagnostics and
 * hovers.
 */
export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const engine = new ClaimEngine({ incremental: true });
  const debouncer = new Debouncer();
  /** Re-relates a document's sentences once its edits pause (links kept through edits are approximate). */
  const settler = new Debouncer();
  /** What was last published per open document, so that settling publishes only a change. */
  const published = new Map<string, { version: number; json: string | null; diagnostics: Diagnostic[] }>();
  const indexes = new Map<string, { version: number; text: string | null; index: LineIndex }>();
  const settingsCache = new Map<string, Promise<Settings>>();
  let canPullConfig = false;
  let canReportProgress = false;
  let workspaceFolders: string[] = [];
  const indexer = new DiskIndexer(engine, (uri) => documents.get(uri) !== undefined);
  /** Index generation each open document was last linted at. */
  const lintedAt = new Map<string, number>();
  const log = (m: string): void => connection.console.error(m);

  /** Line index of an open document (per version) or of a file indexed from disk (per text: related locations point into many). */
  const lineIndex = (uri: string): LineIndex | null => {
    const doc = documents.get(uri);
    const cached = indexes.get(uri);
    if (doc) {
      if (cached && cached.version === doc.version) return cached.index;
    } else {
      const text = engine.text(uri);
      if (text === null) return null;
      if (cached && cached.version === -1 && cached.text === text) return cached.index;
    }
    const text = doc?.getText() ?? engine.text(uri)!;
    const index = new LineIndex(text);
    indexes.set(uri, { version: doc?.version ?? -1, text: doc ? null : text, index });
    return index;
  };

  /** Each workspace folder's `.claimlint/config.json`, by folder uri (read at indexing and when it changes). */
  const projectConfigs = new Map<string, LintConfig>();
  const projectConfigOf = (uri: string): LintConfig => {
    let best = '';
    for (const f of projectConfigs.keys()) if ((uri === f || uri.startsWith(f.endsWith('/') ? f : f + '/')) && f.length > best.length) best = f;
    return projectConfigs.get(best) ?? {};
  };

  const settingsFor = (uri: string): Promise<Settings> => {
    let s = settingsCache.get(uri);
    if (!s) {
      const editor = canPullConfig ? connection.workspace.getConfiguration({ scopeUri: uri, section: 'claimlint' }).then(normalizeSettings, () => DEFAULT_SETTINGS) : Promise.resolve(DEFAULT_SETTINGS);
      s = editor.then((e) => withProjectConfig(e, projectConfigOf(uri)));
      settingsCache.set(uri, s);
    }
    return s;
  };

  const wanted = (doc: TextDocument, s: Settings): boolean => s.enable && s.languages.includes(doc.languageId);
  const lintConfig = (s: Settings): LintConfig => ({ rules: s.rules, softenCorroborated: s.softenCorroborated });

  /** What to skip in a workspace folder: claimlint.exclude and the editor's files.exclude. */
  const folderExcludes = async (folderUri: string, settings: Settings): Promise<string[]> => {
    const filesExclude = canPullConfig ? enabledGlobs(await connection.workspace.getConfiguration({ scopeUri: folderUri, section: 'files.exclude' }).catch(() => null)) : [];
    return [...settings.exclude, ...filesExclude];
  };

  const syncToEngine = (doc: TextDocument): void => {
    engine.set({ uri: doc.uri, text: doc.getText(), format: doc.languageId === 'markdown' ? 'markdown' : formatOf(doc.uri), version: doc.version });
  };

  const validate = async (uri: string): Promise<void> => {
    const doc = documents.get(uri);
    if (!doc) return;
    const version = doc.version;
    const pending = settingsFor(uri);
    const settings = await pending;
    const current = documents.get(uri);
    if (!current || current.version !== version) return; // a newer change is scheduled; never publish stale results
    if (canPullConfig && settingsCache.get(uri) !== pending) return; // settings changed meanwhile; the re-lint they scheduled publishes
    if (!wanted(current, settings)) {
      void connection.sendDiagnostics({ uri, version, diagnostics: [] });
      return;
    }
    const diagnostics = runSafe(log, `linting ${uri}`, [], () => {
      syncToEngine(current);
      const index = lineIndex(uri)!;
      const result = engine.lint(uri, lintConfig(settings)).map((f) => toDiagnostic(f, index, lineIndex));
      lintedAt.set(uri, engine.generation);
      return result;
    });
    void connection.sendDiagnostics({ uri, version, diagnostics });
    published.set(uri, { version, json: null, diagnostics });
    settler.schedule(uri, SETTLE_MS, () => void settle(uri, version));
    refreshOthers(uri);
  };

  /**
   * After a pause in the edits of a document: relate all its sentences with
   * the index as it is now, and publish again if that changed anything.
   */
  const settle = async (uri: string, version: number): Promise<void> => {
    const doc = documents.get(uri);
    const last = published.get(uri);
    if (!doc || doc.version !== version || !last || last.version !== version) return;
    const settings = await settingsFor(uri);
    if (documents.get(uri)?.version !== version || !wanted(doc, settings) || !engine.settleLinks(uri)) return;
    const diagnostics = runSafe(log, `settling ${uri}`, null, () => {
      const index = lineIndex(uri)!;
      return engine.lint(uri, lintConfig(settings)).map((f) => toDiagnostic(f, index, lineIndex));
    });
    if (!diagnostics) return;
    const json = JSON.stringify(diagnostics);
    if (json === (last.json ?? JSON.stringify(last.diagnostics))) return;
    published.set(uri, { version, json, diagnostics });
    void connection.sendDiagnostics({ uri, version, diagnostics });
  };

  /**
   * Another file changed the index: re-lint the open documents linted at an
   * older generation (their cross-document findings may have changed).
   */
  const refreshOthers = (except: string | null): void => {
    for (const doc of documents.all()) {
      if (doc.uri === except) continue;
      if (lintedAt.get(doc.uri) !== engine.generation) schedule(doc);
    }
  };

  const schedule = (doc: TextDocument, immediate = false): void => {
    void settingsFor(doc.uri).then((s) => debouncer.schedule(doc.uri, immediate ? 0 : s.debounceMs, () => void validate(doc.uri)));
  };

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    canPullConfig = !!params.capabilities.workspace?.configuration;
    canReportProgress = !!params.capabilities.window?.workDoneProgress;
    workspaceFolders = (params.workspaceFolders ?? []).map((f) => f.uri);
    if (workspaceFolders.length === 0 && params.rootUri) workspaceFolders = [params.rootUri];
    // the project's shared settings apply from the first lint on (indexing reads them again)
    for (const f of workspaceFolders) if (f.startsWith('file:')) projectConfigs.set(f, readProjectConfig(fileURLToPath(f), log));
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
        executeCommandProvider: { commands: [LINT_WORKSPACE_COMMAND] },
      },
      serverInfo: { name: 'claimlint', version: '0.1.0' },
    };
  });

  /** Indexes every workspace folder (work-done progress), then re-lints open documents. */
  const indexWorkspace = async (): Promise<void> => {
    const progress = canReportProgress ? await connection.window.createWorkDoneProgress() : null;
    progress?.begin('claimlint: indexing articles', 0, undefined, false);
    let files = 0;
    const indexed: string[] = [];
    for (const folderUri of workspaceFolders) {
      if (!folderUri.startsWith('file:')) continue;
      const root = fileURLToPath(folderUri);
      const aliases = readAliases(root, log);
      if (aliases.aliases.length || aliases.institutions.length) engine.setAliases(aliases);
      projectConfigs.set(folderUri, readProjectConfig(root, log));
      settingsCache.clear();
      const settings = await settingsFor(folderUri);
      if (!settings.enable) continue;
      const uris = await indexer.indexFolder(folderUri, await folderExcludes(folderUri, settings), (done, total) =>
        progress?.report(Math.round((100 * done) / Math.max(1, total)), `${done}/${total} files`),
      );
      files += uris.length;
      indexed.push(...uris);
    }
    progress?.done();
    const warm = runSafe(log, 'warming up', null, () => warmUp(engine, indexed, (f, index) => toDiagnostic(f, index, lineIndex)));
    if (warm !== null) connection.console.info(`claimlint: indexed ${files} files; warmed up the editing path in ${warm} ms`);
    void connection.sendNotification(INDEXED_NOTIFICATION, { files });
    refreshOthers(null);
  };

  connection.onInitialized(() => {
    if (canPullConfig) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'claimlint' });
    void runSafeAsync(log, 'indexing the workspace', undefined, indexWorkspace);
  });

  connection.onDidChangeWatchedFiles((params) => {
    runSafe(log, 'watched files', undefined, () => {
      for (const change of params.changes) {
        if (/\.claimlint\/aliases\.json$/.test(change.uri)) {
          const root = fileURLToPath(change.uri).replace(/[\\/]\.claimlint[\\/]aliases\.json$/, '');
          engine.setAliases(readAliases(root, log));
          continue;
        }
        if (/\.claimlint\/config\.json$/.test(change.uri)) {
          const folderUri = change.uri.replace(/\/\.claimlint\/config\.json$/, '');
          projectConfigs.set(folderUri, readProjectConfig(fileURLToPath(folderUri), log));
          settingsCache.clear();
          for (const doc of documents.all()) schedule(doc, true);
          continue;
        }
        if (!isArticleUri(change.uri) || documents.get(change.uri)) continue; // open documents: the editor's text wins
        indexes.delete(change.uri);
        if (change.type === FileChangeType.Deleted) engine.remove(change.uri);
        else indexer.load(change.uri);
      }
      refreshOthers(null);
    });
  });

  connection.onDidChangeConfiguration(() => {
    settingsCache.clear();
    for (const doc of documents.all()) schedule(doc, true);
  });

  documents.onDidOpen((e) => schedule(e.document, true));
  documents.onDidChangeContent((e) => schedule(e.document));
  documents.onDidClose((e) => {
    debouncer.cancel(e.document.uri);
    settler.cancel(e.document.uri);
    published.delete(e.document.uri);
    lintedAt.delete(e.document.uri);
    // back to the file on disk (if it is an article of the workspace), else out of the index
    if (isArticleUri(e.document.uri) && workspaceFolders.some((f) => e.document.uri.startsWith(f))) indexer.load(e.document.uri);
    else engine.remove(e.document.uri);
    refreshOthers(e.document.uri);
    indexes.delete(e.document.uri);
    settingsCache.delete(e.document.uri);
    void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });

  connection.onCodeAction((params): CodeAction[] => {
    const doc = documents.get(params.textDocument.uri);
    const last = published.get(params.textDocument.uri);
    if (!doc || !last || last.version !== doc.version) return [];
    // the client's copies of what was published for this version (same rule, range and message)
    const key = (d: Diagnostic): string => `${String(d.code)} ${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${d.message}`;
    const current = new Set(last.diagnostics.map(key));
    return runSafe(log, 'code actions', [], () => quickFixes(doc.uri, doc.version, params.context.diagnostics, (d) => current.has(key(d))));
  });

  connection.onHover(async (params): Promise<Hover | null> => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return null;
    const settings = await settingsFor(doc.uri);
    if (!wanted(doc, settings)) return null;
    return runSafe(log, 'hover', null, () => {
      syncToEngine(doc);
      const index = lineIndex(doc.uri)!;
      const info = engine.hover(doc.uri, index.offsetAt(params.position), lintConfig(settings));
      if (!info) return null;
      return {
        contents: { kind: 'markdown', value: renderHover(info, lineIndex) },
        range: { start: index.positionAt(info.range.start), end: index.positionAt(info.range.end) },
      };
    });
  });

  connection.onExecuteCommand(async (params) => {
    if (params.command !== LINT_WORKSPACE_COMMAND) return null;
    return runSafeAsync(log, 'lint workspace', { files: 0 }, async () => {
      let files = 0;
      for (const folderUri of workspaceFolders) {
        if (!folderUri.startsWith('file:')) continue;
        const settings = await settingsFor(folderUri);
        if (!settings.enable) continue;
        // re-read the folder from disk (open documents keep their editor text), then publish for every article
        for (const uri of await indexer.indexFolder(folderUri, await folderExcludes(folderUri, settings))) {
          files++;
          const open = documents.get(uri);
          if (open) {
            schedule(open, true);
            continue;
          }
          const index = lineIndex(uri);
          if (!index) continue; // binary or unreadable: not in the index
          void connection.sendDiagnostics({ uri, diagnostics: engine.lint(uri, lintConfig(settings)).map((f) => toDiagnostic(f, index, lineIndex)) });
        }
      }
      return { files };
    });
  });

  connection.onShutdown(() => {
    debouncer.dispose();
    settler.dispose();
  });
  documents.listen(connection);
  connection.listen();
}

if (require.main === module) {
  startServer(createConnection());
}
