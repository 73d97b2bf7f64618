import { Worker } from 'worker_threads';
import type { DocumentFormat } from '../engine';

/** A file for an indexing thread to read and sign. */
export interface FileToSign {
  uri: string;
  path: string;
}

/** A file read and signed by an indexing thread; `text` null when it is unreadable or binary. */
export interface SignedFile {
  uri: string;
  text: string | null;
  format: DocumentFormat;
  /** `ClaimEngine.exportDocument` of the file. */
  signatures: unknown;
}

/** Messages between the server and its indexing threads (indexWorker.ts). */
export interface ToIndexer {
  batch: number;
  /** The extra alias groups the server's engine has (signatures depend on them). */
  aliases: string[][];
  files: FileToSign[];
}
export type FromIndexer = { type: 'signed'; batch: number; files: SignedFile[] } | { type: 'failed'; batch: number; message: string };

/** Files per message: small enough that handing a batch to the engine is a short task. */
const BATCH = 40;

/**
 * Reads and signs files in `threads` worker threads running `script`, and
 * hands the results to `onSigned` in the files' order, one batch at a time,
 * on this thread's event loop (so requests are answered in between). Resolves
 * with the number of files handed over; rejects if a thread fails, after
 * handing over every batch before the failed one.
 */
export function signInThreads(files: readonly FileToSign[], aliases: string[][], script: string, threads: number, onSigned: (files: SignedFile[]) => void): Promise<number> {
  const batches: FileToSign[][] = [];
  for (let i = 0; i < files.length; i += BATCH) batches.push(files.slice(i, i + BATCH));
  const workers: Worker[] = [];
  const ready = new Map<number, SignedFile[]>();
  let nextToSend = 0;
  let nextToHand = 0;
  let handed = 0;
  return new Promise<number>((resolve, reject) => {
    let settled = false;
    const finish = (error: Error | null): void => {
      if (settled) return;
      settled = true;
      for (const w of workers) {
        w.removeAllListeners();
        w.on('error', () => undefined); // (what a thread being stopped still reports is of no interest)
        void w.terminate();
      }
      if (error) reject(error);
      else resolve(handed);
    };
    const send = (w: Worker): void => {
      if (nextToSend < batches.length) {
        const message: ToIndexer = { batch: nextToSend, aliases, files: batches[nextToSend] };
        nextToSend++;
        w.postMessage(message);
      }
    };
    const received = (w: Worker, m: FromIndexer): void => {
      if (m.type === 'failed') return finish(new Error(`indexing thread: ${m.message}`));
      ready.set(m.batch, m.files);
      send(w);
      try {
        for (let b = ready.get(nextToHand); b; b = ready.get(nextToHand)) {
          ready.delete(nextToHand);
          nextToHand++;
          onSigned(b);
          handed += b.length;
        }
      } catch (e) {
        return finish(e as Error);
      }
      if (nextToHand === batches.length) finish(null);
    };
    if (!batches.length) return finish(null);
    for (let i = 0; i < Math.min(threads, batches.length); i++) {
      const w = new Worker(script);
      workers.push(w);
      w.on('message', (m: FromIndexer) => received(w, m));
      w.on('error', (e) => finish(e));
      w.on('exit', (code) => finish(new Error(`indexing thread exited with code ${code}`)));
      // two batches in flight per thread: it never waits for this thread to take its results
      send(w);
      send(w);
    }
  });
}
