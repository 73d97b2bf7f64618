import { ClaimEngine, LineIndex, NO_WORKSPACE_NAMES, type Finding, type LintConfig, type WorkspaceNames } from '../engine';
import { formatOf, readArticle } from '../host/files';
import { claimToJson, findingToJson, type DocumentLookup, type JsonClaim, type JsonFinding } from '../host/output';

/** A file to lint, numbered in the order the command line listed it (results come back in that order). */
export interface JobFile {
  n: number;
  absolute: string;
  display: string;
}

/** Something to tell the user about one file (unreadable, skipped). */
export interface Notice {
  n: number;
  message: string;
  /** An I/O error (exit code 2), not just a skipped file. */
  ioError: boolean;
}

/** A document analysed by one job, in the form another job indexes it in. */
export interface ExportedDoc {
  uri: string;
  display: string;
  lineStarts: readonly number[];
  length: number;
  signatures: unknown;
}

export interface Counts {
  errors: number;
  warnings: number;
  infos: number;
}

export interface FileResult {
  n: number;
  path: string;
  findings: JsonFinding[];
  claims: JsonClaim[];
  counts: Counts;
}

export interface RunOptions {
  command: 'lint' | 'claims';
  config: LintConfig;
  /** Errors only. */
  quiet: boolean;
  /** The workspace's alias groups and institutions (`--aliases`, or the `.claimlint/aliases.json` found). */
  aliases: WorkspaceNames;
}

interface OwnDoc {
  n: number;
  uri: string;
  text: string;
  index: LineIndex;
  display: string;
}

/**
 * The CLI's work on one share of the files: read and analyse them (`load`),
 * then, once every other share's documents are imported (`importDocs`), lint
 * them against the whole workspace (`run`). The CLI runs one job in-process,
 * or one per thread over disjoint shares (parallel.ts); since every job's
 * index ends up holding the same documents, the output is the same.
 */
export class LintJob {
  private readonly engine: ClaimEngine;
  private readonly own: OwnDoc[] = [];
  /** Every document this job knows (own and imported): display path and line index, for related locations. */
  private readonly docs = new Map<string, { index: LineIndex; display: string }>();

  /**
   * `aliases`: the workspace's own alias groups and institutions (see `readAliasFile`), on top of the built-in ones.
   * `command`: what the job will be run for; `lint` needs no same-event links (no rule reads them).
   */
  constructor(aliases: WorkspaceNames = NO_WORKSPACE_NAMES, command: RunOptions['command'] = 'lint') {
    this.engine = new ClaimEngine({ aliases, sameEvent: command === 'claims' });
  }

  load(files: readonly JobFile[]): Notice[] {
    const notices: Notice[] = [];
    for (const f of files) {
      let read;
      try {
        read = readArticle(f.absolute);
      } catch (e) {
        notices.push({ n: f.n, message: `cannot read ${f.display}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`, ioError: true });
        continue;
      }
      if (read.text === null) {
        notices.push({ n: f.n, message: `skipping ${f.display}: ${read.skipped}`, ioError: false });
        continue;
      }
      this.engine.set({ uri: f.absolute, text: read.text, format: formatOf(f.absolute) });
      const index = new LineIndex(read.text);
      this.own.push({ n: f.n, uri: f.absolute, text: read.text, index, display: f.display });
      this.docs.set(f.absolute, { index, display: f.display });
    }
    return notices;
  }

  exportDocs(): ExportedDoc[] {
    return this.own.map((d) => ({
      uri: d.uri,
      display: d.display,
      lineStarts: d.index.lineStarts,
      length: d.index.textLength,
      signatures: this.engine.exportDocument(d.uri),
    }));
  }

  importDocs(docs: readonly ExportedDoc[]): void {
    for (const d of docs) {
      this.engine.importDocument(d.uri, d.signatures);
      this.docs.set(d.uri, { index: LineIndex.fromStarts(d.lineStarts, d.length), display: d.display });
    }
  }

  run(opts: RunOptions, display: (uri: string) => string): FileResult[] {
    const lookup: DocumentLookup = {
      display: (uri) => this.docs.get(uri)?.display ?? display(uri),
      index: (uri) => this.docs.get(uri)?.index ?? null,
    };
    // each document's analysis and links are let go once its results are out: the index is all the others need
    return this.own.map((d) => {
      const result = this.result(d, opts, lookup);
      this.engine.release(d.uri);
      return result;
    });
  }

  private result(d: OwnDoc, opts: RunOptions, lookup: DocumentLookup): FileResult {
    const counts: Counts = { errors: 0, warnings: 0, infos: 0 };
    if (opts.command === 'claims') {
      return { n: d.n, path: d.display, findings: [], claims: this.engine.claims(d.uri).map((c) => claimToJson(c, d.display, d.index, lookup)), counts };
    }
    let findings: Finding[] = this.engine.lint(d.uri, opts.config);
    if (opts.quiet) findings = findings.filter((f) => f.severity === 'error');
    for (const f of findings) {
      if (f.severity === 'error') counts.errors++;
      else if (f.severity === 'warning') counts.warnings++;
      else counts.infos++;
    }
    return { n: d.n, path: d.display, findings: findings.map((f) => findingToJson(f, d.text, d.index, lookup)), claims: [], counts };
  }
}
