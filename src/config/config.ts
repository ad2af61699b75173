/**
 * What a user writes (all optional) -> a complete config with every default, plus problems found.
 * File: JSON, e.g. { "match": { "autoMinimum": 0.95, "autoMargin": 0.15 } }. See `dialist match --explain`.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { Diagnostic } from '../model/index.js';
import { resolveMatchSettings, type MatchSettings } from '../match/index.js';

export interface WrittenConfig { match?: Partial<Record<string, number>> }
export interface Config { match: MatchSettings; source?: string }

/** The config file to use: --config, else $DIALIST_CONFIG, else ./dialist.config.json when it exists. */
export function configPath(option?: string): string | undefined {
  return findConfig(option)?.path;
}

/** The config file to use and how it was chosen, so that the user can be told (a file in the folder is easy to miss). */
export function findConfig(option?: string): { path: string; from: string } | undefined {
  if (option) return { path: option, from: '--config' };
  if (process.env.DIALIST_CONFIG) return { path: process.env.DIALIST_CONFIG, from: '$DIALIST_CONFIG' };
  return existsSync('dialist.config.json') ? { path: 'dialist.config.json', from: 'found in the working folder' } : undefined;
}

export function loadConfig(path?: string): { config: Config; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  let written: WrittenConfig = {};
  if (path) {
    if (!existsSync(path)) diagnostics.push({ code: 'CONFIG_NOT_FOUND', severity: 'error', place: { file: path }, message: 'config file not found', hint: 'Check the path given to --config or $DIALIST_CONFIG.' });
    else {
      try {
        written = JSON.parse(readFileSync(path, 'utf8')) as WrittenConfig;
      } catch (e) {
        diagnostics.push({ code: 'CONFIG_SYNTAX', severity: 'error', place: { file: path }, message: `not valid JSON: ${(e as Error).message}`, hint: 'Fix the JSON (a validator shows the place).' });
      }
    }
  }
  const isObject = (v: unknown) => typeof v === 'object' && v !== null && !Array.isArray(v);
  if (!isObject(written) || (written.match !== undefined && !isObject(written.match))) {
    diagnostics.push({ code: 'CONFIG_SHAPE', severity: 'error', place: { file: path }, message: 'the config must be a JSON object with a "match" object', expected: '{"match": {"autoMinimum": 0.95}}' });
    written = {};
  }
  for (const key of Object.keys(written)) {
    if (key !== 'match') diagnostics.push({ code: 'CONFIG_UNKNOWN', severity: 'warning', place: { file: path }, message: `unknown section "${key}" ignored`, expected: 'match' });
  }
  const { settings, errors } = resolveMatchSettings(written.match ?? {});
  for (const message of errors) diagnostics.push({ code: 'CONFIG_MATCH', severity: 'error', place: { file: path, column: 'match' }, message, hint: 'See `dialist match --explain` for the settings and their meaning.' });
  return { config: { match: settings, source: path }, diagnostics };
}
