import { Worker } from 'worker_threads';
import type { WorkspaceNames } from '../engine';
import { LintJob, type FileResult, type JobFile, type Notice, type RunOptions } from './job';

/** Messages between the CLI's main thread and its lint workers (worker.ts). */
export type ToWorker = { type: 'load'; files: JobFile[]; aliases: WorkspaceNames; command: RunOptions['command'] } | { type: 'run'; others: string[]; opts: RunOptions };
export type FromWorker =
  | { type: 'loaded'; notices: Notice[]; exported: string }
  | { type: 'done'; results: string }
  | { type: 'failed'; message: string };

export interface JobOutput {
  notices: Notice[];
  results: FileResult[];
}

/** Lints files in this thread: one job over all of them. */
export function runInProcess(files: readonly JobFile[], opts: RunOptions, display: (uri: string) => string): JobOutput {
  const job = new LintJob(opts.aliases, opts.command);
  const notices = job.load(files);
  return { notices, results: job.run(opts, display) };
}

/** Talks to one worker: each request resolves with the worker's next message. */
class WorkerLink {
  private readonly worker: Worker;
  private pending: { resolve: (m: FromWorker) => void; reject: (e: Error) => void } | null = null;
  private failure: Error | null = null;

  constructor(script: string) {
    this.worker = new Worker(script);
    this.worker.on('message', (m: FromWorker) => {
      const p = this.pending;
      this.pending = null;
      if (!p) return;
      if (m.type === 'failed') p.reject(new Error(m.message));
      else p.resolve(m);
    });
    const fail = (e: Error): void => {
      this.failure ??= e;
      this.pending?.reject(e);
      this.pending = null;
    };
    this.worker.on('error', fail);
    this.worker.on('exit', (code) => fail(new Error(`lint worker exited with code ${code}`)));
  }

  request(m: ToWorker): Promise<FromWorker> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      this.pending = { resolve, reject };
      this.worker.postMessage(m);
    });
  }

  close(): Promise<number> {
    this.worker.removeAllListeners('exit');
    return this.worker.terminate();
  }
}

/**
 * Lints files with `jobs` threads: this one and `jobs - 1` workers running
 * `workerScript`. Files are dealt round-robin into shares; each thread reads,
 * analyses and signs its share, the threads swap their documents' signatures
 * (so every one indexes the whole workspace), then each lints its share.
 * Results come back in the files' order, identical to `runInProcess`.
 */
export async function runInWorkers(files: readonly JobFile[], opts: RunOptions, display: (uri: string) => string, jobs: number, workerScript: string): Promise<JobOutput> {
  const shares: JobFile[][] = Array.from({ length: jobs }, () => []);
  files.forEach((f, i) => shares[i % jobs].push(f));
  const links = shares.slice(1).map(() => new WorkerLink(workerScript));
  try {
    const loading = links.map((l, i) => l.request({ type: 'load', files: shares[i + 1], aliases: opts.aliases, command: opts.command }));
    // the main thread's share is read while the workers read theirs
    const job = new LintJob(opts.aliases, opts.command);
    const notices = job.load(shares[0]);
    const exported = [JSON.stringify(job.exportDocs())];
    for (const m of await Promise.all(loading)) {
      if (m.type !== 'loaded') throw new Error(`lint worker: unexpected ${m.type}`);
      notices.push(...m.notices);
      exported.push(m.exported);
    }
    const running = links.map((l, i) => l.request({ type: 'run', others: exported.filter((_, k) => k !== i + 1), opts }));
    for (let k = 1; k < exported.length; k++) job.importDocs(JSON.parse(exported[k]));
    // (posted and imported: the serialised shares are not needed while linting)
    exported.length = 0;
    const results = job.run(opts, display);
    for (const m of await Promise.all(running)) {
      if (m.type !== 'done') throw new Error(`lint worker: unexpected ${m.type}`);
      results.push(...(JSON.parse(m.results) as FileResult[]));
    }
    notices.sort((a, b) => a.n - b.n);
    results.sort((a, b) => a.n - b.n);
    return { notices, results };
  } finally {
    await Promise.all(links.map((l) => l.close()));
  }
}
