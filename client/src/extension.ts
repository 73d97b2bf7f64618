import * as path from 'path';
import { commands, workspace, type ExtensionContext } from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
// The server's environment, added to the extension host's (the performance benchmark starts it with the same)
import serverEnv from './server-env.json';

const SERVER_LINT_WORKSPACE = 'claimlint.server.lintWorkspace';
let client: LanguageClient | undefined;

/** Starts the claimlint language server and registers the extension's commands. */
export async function activate(context: ExtensionContext): Promise<void> {
  const module = context.asAbsolutePath(path.join('dist', 'server', 'server.js'));
  const serverOptions: ServerOptions = {
    // glibc gives each thread that allocates its own malloc arena (up to 8 per core): V8's compiler and
    // garbage collector threads left about 70 MiB of the server's memory in them at 10,000 indexed files
    run: { module, transport: TransportKind.ipc, options: { env: serverEnv } },
    debug: { module, transport: TransportKind.ipc, options: { env: serverEnv, execArgv: ['--nolazy', '--inspect=6010'] } },
  };
  const languages = workspace.getConfiguration('claimlint').get<string[]>('languages', ['plaintext', 'markdown']);
  const clientOptions: LanguageClientOptions = {
    documentSelector: languages.flatMap((language) => [
      { scheme: 'file', language },
      { scheme: 'untitled', language },
      { scheme: 'vscode-remote', language },
    ]),
    synchronize: {
      configurationSection: 'claimlint',
      // keeps the server's workspace index current for files that are not open
      fileEvents: [workspace.createFileSystemWatcher('**/*.{txt,md,markdown}'), workspace.createFileSystemWatcher('**/.claimlint/{aliases,config}.json')],
    },
  };
  client = new LanguageClient('claimlint', 'claimlint', serverOptions, clientOptions);
  context.subscriptions.push(
    commands.registerCommand('claimlint.restartServer', async () => {
      await client?.restart();
    }),
    commands.registerCommand('claimlint.showOutput', () => client?.outputChannel.show(true)),
    commands.registerCommand('claimlint.lintWorkspace', async () => {
      return client?.sendRequest('workspace/executeCommand', { command: SERVER_LINT_WORKSPACE, arguments: [] });
    }),
  );
  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
