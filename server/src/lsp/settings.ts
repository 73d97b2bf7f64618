import { layerLintConfig, type LintConfig, type SeveritySetting } from '../engine';

/** The `claimlint.*` settings the server honours (contributed in package.json). */
export interface Settings {
  enable: boolean;
  languages: string[];
  include: string[];
  exclude: string[];
  rules: Record<string, SeveritySetting>;
  debounceMs: number;
  softenCorroborated: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  enable: true,
  languages: ['plaintext', 'markdown'],
  include: ['**/*.txt', '**/*.md', '**/*.markdown'],
  exclude: ['**/node_modules/**', '**/.git/**'],
  rules: {},
  debounceMs: 200,
  softenCorroborated: false,
};

const SEVERITIES = new Set(['error', 'warning', 'info', 'hint', 'off']);

/** Settings from the client, validated field by field: a bad value falls back to the default. */
export function normalizeSettings(raw: unknown): Settings {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const strings = (v: unknown, d: string[]): string[] => (Array.isArray(v) && v.every((x) => typeof x === 'string') ? v : d);
  const rules: Record<string, SeveritySetting> = {};
  if (r.rules && typeof r.rules === 'object') {
    for (const [k, v] of Object.entries(r.rules as Record<string, unknown>)) {
      if (typeof v === 'string' && SEVERITIES.has(v)) rules[k] = v as SeveritySetting;
    }
  }
  return {
    enable: typeof r.enable === 'boolean' ? r.enable : DEFAULT_SETTINGS.enable,
    languages: strings(r.languages, DEFAULT_SETTINGS.languages),
    include: strings(r.include, DEFAULT_SETTINGS.include),
    exclude: strings(r.exclude, DEFAULT_SETTINGS.exclude),
    rules,
    debounceMs: typeof r.debounceMs === 'number' && r.debounceMs >= 0 ? r.debounceMs : DEFAULT_SETTINGS.debounceMs,
    softenCorroborated: typeof r.softenCorroborated === 'boolean' ? r.softenCorroborated : DEFAULT_SETTINGS.softenCorroborated,
  };
}

/** The editor's settings on top of the project's `.claimlint/config.json` (which the CLI reads too), as `layerLintConfig` puts them. */
export function withProjectConfig(s: Settings, project: LintConfig): Settings {
  if (!project.rules && !project.softenCorroborated) return s;
  const { rules = {}, softenCorroborated = false } = layerLintConfig(project, s);
  return { ...s, rules, softenCorroborated };
}
