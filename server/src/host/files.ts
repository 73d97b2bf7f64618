import * as fs from 'fs';
import * as path from 'path';
import fg from 'fast-glob';
import ignore, { type Ignore } from 'ignore';
import { RULES, type DocumentFormat, type LintConfig, type SeveritySetting, type WorkspaceNames } from '../engine';

/** File extensions claimlint lints when it walks a folder. */
export const ARTICLE_EXTENSIONS = ['txt', 'md', 'markdown'];
export const ALWAYS_SKIPPED = ['**/node_modules/**', '**/.git/**'];

export function formatOf(file: string): DocumentFormat {
  return /\.(?:md|markdown|mdown|mkd)$/i.test(file) ? 'markdown' : 'plaintext';
}

export class UsageError extends Error {}

/** The workspace's own alias groups and institutions, relative to its root. */
export const ALIASES_FILE = path.join('.claimlint', 'aliases.json');

/** A JSON file's value; throws "cannot read FILE: …" (the error code, or what the parser says). */
function readJson(file: string): unknown {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    throw new Error(`cannot read ${file}: ${err.code ?? err.message}`);
  }
}

const isNameGroups = (x: unknown): x is string[][] => Array.isArray(x) && x.every((g) => Array.isArray(g) && g.every((n) => typeof n === 'string'));

/**
 * Reads an alias file. Either a JSON array of arrays of names, each array one entity ("Daesh",
 * "Islamic State", …), or an object with either or both of `"aliases"` (such an array) and
 * `"institutions"`: an object from a country (as an alias group names it) to the names of its
 * institutions (`{"United States": ["FBI", "Justice Department"]}`: a party the FBI names is the
 * United States' too, as one of its institutions). Throws an Error saying what is wrong.
 */
export function readAliasFile(file: string): WorkspaceNames {
  const data = readJson(file);
  if (isNameGroups(data)) return { aliases: data, institutions: [] };
  if (!data || typeof data !== 'object' || Array.isArray(data)) throw new Error(`${file} must be an array of arrays of names, or an object with "aliases" and "institutions"`);
  const names: WorkspaceNames = { aliases: [], institutions: [] };
  for (const [key, value] of Object.entries(data)) {
    if (key === 'aliases') {
      if (!isNameGroups(value)) throw new Error(`${file}: "aliases" must be an array of arrays of names`);
      names.aliases = value;
    } else if (key === 'institutions') {
      if (!value || typeof value !== 'object' || Array.isArray(value)) throw new Error(`${file}: "institutions" must be an object of countries and arrays of their institutions' names`);
      for (const [country, list] of Object.entries(value as Record<string, unknown>)) {
        if (!Array.isArray(list) || !list.every((n) => typeof n === 'string')) throw new Error(`${file}: the institutions of "${country}" must be an array of names`);
        names.institutions.push([country, ...(list as string[])]);
      }
    } else throw new Error(`${file}: unknown key "${key}" (expected "aliases" or "institutions")`);
  }
  return names;
}

/** The project's shared settings for the CLI and the editor, relative to its root. */
export const CONFIG_FILE = path.join('.claimlint', 'config.json');

const SEVERITY_SETTINGS: readonly SeveritySetting[] = ['error', 'warning', 'info', 'hint', 'off'];

/**
 * Reads a project config file: `{"rules": {"rule-id": "error"|"warning"|"info"|"hint"|"off"},
 * "softenCorroborated": boolean}`, both optional. Throws an Error naming the first thing wrong (an
 * unknown key or rule, a bad severity): a typo must not silently lint with other settings.
 */
export function readConfigFile(file: string): LintConfig {
  const data = readJson(file);
  if (!data || typeof data !== 'object' || Array.isArray(data)) throw new Error(`${file} must be a JSON object`);
  const config: LintConfig = {};
  for (const [key, value] of Object.entries(data)) {
    if (key === 'rules') {
      if (!value || typeof value !== 'object' || Array.isArray(value)) throw new Error(`${file}: "rules" must be an object of rule ids and severities`);
      const rules: Record<string, SeveritySetting> = {};
      for (const [id, severity] of Object.entries(value as Record<string, unknown>)) {
        if (!RULES.some((r) => r.id === id)) throw new Error(`${file}: unknown rule "${id}" (see claimlint rules)`);
        if (!SEVERITY_SETTINGS.includes(severity as SeveritySetting)) throw new Error(`${file}: rule "${id}" takes ${SEVERITY_SETTINGS.join(', ')}, not ${JSON.stringify(severity)}`);
        rules[id] = severity as SeveritySetting;
      }
      config.rules = rules;
    } else if (key === 'softenCorroborated') {
      if (typeof value !== 'boolean') throw new Error(`${file}: "softenCorroborated" must be true or false`);
      config.softenCorroborated = value;
    } else throw new Error(`${file}: unknown setting "${key}" (rules, softenCorroborated)`);
  }
  return config;
}

/**
 * The file at `rel` (ALIASES_FILE, CONFIG_FILE) that applies to a command run in `dir`: in `dir`
 * or the nearest folder above it that has one, or null.
 */
export function findUp(dir: string, rel: string): string | null {
  for (let d = path.resolve(dir); ; d = path.dirname(d)) {
    const file = path.join(d, rel);
    if (fs.existsSync(file)) return file;
    if (path.dirname(d) === d) return null;
  }
}

export interface FoundFile {
  /** Absolute path. */
  absolute: string;
  /** Path to show: as given, or joined to the folder given, with forward slashes. */
  display: string;
}

const GLOB_CHARS = /[*?[\]{}!]/;

/**
 * Expands command-line operands (files, folders, globs) into article files.
 * Folders are walked for .txt/.md/.markdown, skipping node_modules, .git and
 * whatever the folder's .gitignore files ignore. Missing operands throw.
 */
export async function expandOperands(operands: string[], cwd: string, extraIgnores: string[] = []): Promise<FoundFile[]> {
  const seen = new Set<string>();
  const out: FoundFile[] = [];
  const push = (absolute: string, display: string): void => {
    if (seen.has(absolute)) return;
    seen.add(absolute);
    out.push({ absolute, display: display.split(path.sep).join('/') });
  };
  for (const op of operands) {
    const abs = path.resolve(cwd, op);
    let stat: fs.Stats | null = null;
    try {
      stat = fs.statSync(abs);
    } catch {
      stat = null;
    }
    if (stat?.isFile()) {
      push(abs, op);
    } else if (stat?.isDirectory()) {
      for (const rel of await walkFolder(abs, extraIgnores)) push(path.join(abs, rel), path.join(op, rel));
    } else if (GLOB_CHARS.test(op)) {
      const matches = await fg(op.split(path.sep).join('/'), { cwd, ignore: [...ALWAYS_SKIPPED, ...extraIgnores], onlyFiles: true, dot: false });
      if (matches.length === 0) throw new UsageError(`no files match ${op}`);
      for (const m of matches.sort()) push(path.resolve(cwd, m), m);
    } else {
      throw new UsageError(`no such file or directory: ${op}`);
    }
  }
  return out;
}

/** Article files under a folder, relative to it, sorted, honouring .gitignore files. */
export async function walkFolder(root: string, extraIgnores: string[] = []): Promise<string[]> {
  const pattern = `**/*.{${ARTICLE_EXTENSIONS.join(',')}}`;
  const files = await fg(pattern, { cwd: root, ignore: [...ALWAYS_SKIPPED, ...extraIgnores], onlyFiles: true, dot: false, caseSensitiveMatch: false });
  const ignores = await gitignores(root);
  return files.filter((f) => !ignores.some(({ dir, ig }) => isIgnored(ig, dir, f))).sort();
}

interface ScopedIgnore {
  /** Folder of the .gitignore, relative to the root ('' for the root). */
  dir: string;
  ig: Ignore;
}

async function gitignores(root: string): Promise<ScopedIgnore[]> {
  const found = await fg('**/.gitignore', { cwd: root, ignore: ALWAYS_SKIPPED, dot: true, onlyFiles: true });
  const out: ScopedIgnore[] = [];
  for (const f of found) {
    try {
      out.push({ dir: path.posix.dirname(f) === '.' ? '' : path.posix.dirname(f), ig: ignore().add(fs.readFileSync(path.join(root, f), 'utf8')) });
    } catch {
      // unreadable .gitignore: ignore nothing from it
    }
  }
  return out;
}

function isIgnored(ig: Ignore, dir: string, file: string): boolean {
  if (dir && !file.startsWith(dir + '/')) return false;
  const rel = dir ? file.slice(dir.length + 1) : file;
  return ig.ignores(rel);
}

export interface ReadResult {
  text: string | null;
  /** Why the file was not read as text. */
  skipped?: string;
}

/** Reads a file as UTF-8 text; binary files (NUL bytes) are skipped, invalid UTF-8 is replaced. */
export function readArticle(absolute: string): ReadResult {
  const buf = fs.readFileSync(absolute);
  const head = buf.subarray(0, Math.min(buf.length, 8192));
  if (head.includes(0)) return { text: null, skipped: 'binary file' };
  return { text: new TextDecoder('utf-8', { fatal: false }).decode(buf) };
}
