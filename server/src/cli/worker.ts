// A CLI lint worker (see parallel.ts): loads its share of the files, hands
// back their signatures, then lints them against everyone's.
import { parentPort } from 'worker_threads';
import { LintJob } from './job';
import type { ExportedDoc } from './job';
import type { FromWorker, ToWorker } from './parallel';

const port = parentPort;
if (!port) throw new Error('claimlint: worker.js runs as a worker thread of the CLI');
let job: LintJob | null = null;

port.on('message', (m: ToWorker) => {
  let reply: FromWorker;
  try {
    if (m.type === 'load') {
      job = new LintJob(m.aliases, m.command);
      const notices = job.load(m.files);
      reply = { type: 'loaded', notices, exported: JSON.stringify(job.exportDocs()) };
    } else {
      if (!job) throw new Error('run before load');
      for (const o of m.others) job.importDocs(JSON.parse(o) as ExportedDoc[]);
      m.others.length = 0; // (imported: not needed while linting)
      // related paths of imported documents come with them: nothing is unknown here
      reply = { type: 'done', results: JSON.stringify(job.run(m.opts, (uri) => uri)) };
    }
  } catch (e) {
    reply = { type: 'failed', message: (e as Error)?.stack ?? String(e) };
  }
  port.postMessage(reply);
});
