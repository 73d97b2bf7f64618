import { spawn, type ChildProcess } from 'child_process';
import * as path from 'path';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';
import { ROOT } from './spawn';

export const SERVER = path.join(ROOT, 'dist', 'server', 'server.js');

/**
 * A real JSON-RPC client talking to the bundled server over stdio. It answers
 * workspace/configuration from `settings` and records published diagnostics;
 * `waitForDiagnostics` resolves on the first publication matching a predicate
 * (no sleeps).
 */
export class LspClient {
  readonly connection: ProtocolConnection;
  private readonly proc: ChildProcess;
  settings: Record<string, unknown> = { debounceMs: 0 };
  private readonly published: PublishDiagnosticsParams[] = [];
  private waiters: { pred: (p: PublishDiagnosticsParams) => boolean; resolve: (p: PublishDiagnosticsParams) => void }[] = [];
  stderr = '';
  /** Resolves when the server has indexed the workspace (`claimlint/indexed`). */
  readonly indexed: Promise<{ files: number }>;

  constructor() {
    this.proc = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.proc.stderr!.on('data', (d) => (this.stderr += d));
    this.connection = createProtocolConnection(new StreamMessageReader(this.proc.stdout!), new StreamMessageWriter(this.proc.stdin!));
    this.connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => this.settings));
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.onRequest('window/workDoneProgress/create', () => null);
    this.indexed = new Promise((resolve) => this.connection.onNotification('claimlint/indexed', resolve));
    this.connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      this.published.push(p);
      this.waiters = this.waiters.filter((w) => {
        if (!w.pred(p)) return true;
        w.resolve(p);
        return false;
      });
    });
    this.connection.listen();
  }

  async initialize(rootUri: string | null = null): Promise<void> {
    await this.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri,
      workspaceFolders: rootUri ? [{ uri: rootUri, name: 'ws' }] : null,
      capabilities: {
        workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true } },
        textDocument: { hover: { contentFormat: ['markdown'] } },
        window: { workDoneProgress: true },
      },
    });
    await this.connection.sendNotification('initialized', {});
  }

  /** Resolves with the first publication at index ≥ `after` (past or future) that matches. */
  waitForDiagnostics(pred: (p: PublishDiagnosticsParams) => boolean, after = 0): Promise<PublishDiagnosticsParams> {
    const past = this.published.slice(after).find(pred);
    if (past) return Promise.resolve(past);
    return new Promise((resolve) => this.waiters.push({ pred, resolve }));
  }

  get publishedCount(): number {
    return this.published.length;
  }

  async stop(): Promise<void> {
    try {
      await this.connection.sendRequest('shutdown');
      await this.connection.sendNotification('exit');
    } catch {
      // already gone
    }
    this.connection.dispose();
    this.proc.kill();
  }
}
