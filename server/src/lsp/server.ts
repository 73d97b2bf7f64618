import * as path from 'path';
import { fileURLToPath, pathToFileURL } from 'url';
import {
  createConnection,
  DidChangeConfigurationNotification,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type Hover,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ClaimEngine, LineIndex } from '../engine';
import { formatOf, readArticle, walkFolder } from '../host/files';
import { toDiagnostic } from './convert';
import { renderHover } from './hover';
import { runSafe, runSafeAsync } from './safe';
import { Debouncer } from './scheduler';
import { DEFAULT_SETTINGS, normalizeSettings, type Settings } from './settings';

export const LINT_WORKSPACE_COMMAND = 'claimlint.server.lintWorkspace';

/**
 * The language server: a thin host that feeds open documents (and, on request,
 * workspace files) to the engine and turns its findings into diagnostics and
 * hovers.
 */
export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const engine = new ClaimEngine();
  const debouncer = new Debouncer();
  const indexes = new Map<string, { version: number; index: LineIndex }>();
  const settingsCache = new Map<string, Promise<Settings>>();
  /** Files published by "lint workspace" that are not open. */
  const workspacePublished = new Set<string>();
  let canPullConfig = false;
  let workspaceFolders: string[] = [];
  const log = (m: string): void => connection.console.error(m);

  const lineIndex = (uri: string): LineIndex | null => {
    const doc = documents.get(uri);
    const cached = indexes.get(uri);
    if (doc && cached && cached.version === doc.version) return cached.index;
    const text = doc?.getText() ?? (engine.has(uri) ? engine.analysis(uri)?.parsed.original : undefined);
    if (text === undefined) return null;
    const index = new LineIndex(text);
    indexes.set(uri, { version: doc?.version ?? -1, index });
    return index;
  };

  const settingsFor = (uri: string): Promise<Settings> => {
    if (!canPullConfig) return Promise.resolve(DEFAULT_SETTINGS);
    let s = settingsCache.get(uri);
    if (!s) {
      s = connection.workspace.getConfiguration({ scopeUri: uri, section: 'claimlint' }).then(normalizeSettings, () => DEFAULT_SETTINGS);
      settingsCache.set(uri, s);
    }
    return s;
  };

  const wanted = (doc: TextDocument, s: Settings): boolean => s.enable && s.languages.includes(doc.languageId);

  const syncToEngine = (doc: TextDocument): void => {
    engine.set({ uri: doc.uri, text: doc.getText(), format: doc.languageId === 'markdown' ? 'markdown' : formatOf(doc.uri), version: doc.version });
  };

  const validate = async (uri: string): Promise<void> => {
    const doc = documents.get(uri);
    if (!doc) return;
    const version = doc.version;
    const settings = await settingsFor(uri);
    const current = documents.get(uri);
    if (!current || current.version !== version) return; // a newer change is scheduled; never publish stale results
    if (!wanted(current, settings)) {
      void connection.sendDiagnostics({ uri, version, diagnostics: [] });
      return;
    }
    const diagnostics = runSafe(log, `linting ${uri}`, [], () => {
      syncToEngine(current);
      const index = lineIndex(uri)!;
      return engine.lint(uri, { rules: settings.rules }).map((f) => toDiagnostic(f, index, lineIndex));
    });
    void connection.sendDiagnostics({ uri, version, diagnostics });
  };

  const schedule = (doc: TextDocument, immediate = false): void => {
    void settingsFor(doc.uri).then((s) => debouncer.schedule(doc.uri, immediate ? 0 : s.debounceMs, () => void validate(doc.uri)));
  };

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    canPullConfig = !!params.capabilities.workspace?.configuration;
    workspaceFolders = (params.workspaceFolders ?? []).map((f) => f.uri);
    if (workspaceFolders.length === 0 && params.rootUri) workspaceFolders = [params.rootUri];
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        hoverProvider: true,
        executeCommandProvider: { commands: [LINT_WORKSPACE_COMMAND] },
      },
      serverInfo: { name: 'claimlint', version: '0.1.0' },
    };
  });

  connection.onInitialized(() => {
    if (canPullConfig) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'claimlint' });
  });

  connection.onDidChangeConfiguration(() => {
    settingsCache.clear();
    for (const doc of documents.all()) schedule(doc, true);
  });

  documents.onDidOpen((e) => schedule(e.document, true));
  documents.onDidChangeContent((e) => schedule(e.document));
  documents.onDidClose((e) => {
    debouncer.cancel(e.document.uri);
    engine.remove(e.document.uri);
    indexes.delete(e.document.uri);
    settingsCache.delete(e.document.uri);
    void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });

  connection.onHover(async (params): Promise<Hover | null> => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return null;
    const settings = await settingsFor(doc.uri);
    if (!wanted(doc, settings)) return null;
    return runSafe(log, 'hover', null, () => {
      syncToEngine(doc);
      const index = lineIndex(doc.uri)!;
      const info = engine.hover(doc.uri, index.offsetAt(params.position), { rules: settings.rules });
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
        const root = fileURLToPath(folderUri);
        const settings = await settingsFor(folderUri);
        if (!settings.enable) continue;
        for (const rel of await walkFolder(root, settings.exclude)) {
          const abs = path.join(root, rel);
          const uri = pathToFileURL(abs).toString();
          files++;
          if (documents.get(uri)) {
            schedule(documents.get(uri)!, true);
            continue;
          }
          const read = readArticle(abs);
          if (read.text === null) continue;
          engine.set({ uri, text: read.text, format: formatOf(abs) });
          const index = new LineIndex(read.text);
          indexes.set(uri, { version: -1, index });
          const diagnostics = engine.lint(uri, { rules: settings.rules }).map((f) => toDiagnostic(f, index, lineIndex));
          workspacePublished.add(uri);
          void connection.sendDiagnostics({ uri, diagnostics });
        }
      }
      return { files };
    });
  });

  connection.onShutdown(() => debouncer.dispose());
  documents.listen(connection);
  connection.listen();
}

if (require.main === module) {
  startServer(createConnection());
}
