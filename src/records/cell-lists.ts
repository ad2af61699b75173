/**
 * Aliases and sources are lists written in one cell, separated by ";" (or "；"). Reading and writing them
 * live together so that writing a list and reading it back gives the same list.
 */
import type { Alias, AliasKind, Source } from '../model/index.js';
import { hasHan, normalizeText } from '../names/index.js';

const ALIAS_KINDS: AliasKind[] = ['romanised', 'religious', 'pen', 'english', 'transliteration', 'other'];
const SEPARATOR = /[;；]/;

/** The kind an alias written without one gets: an English name ("Jimmy Kong") unless it has characters. */
const guessedKind = (name: string): AliasKind => (hasHan(name) ? 'other' : 'english');

/** "religious:释明山;Tony" -> aliases; a kind prefix is optional. */
export function parseAliases(s: string): Alias[] {
  return s
    .split(SEPARATOR)
    .map((a) => a.trim())
    .filter(Boolean)
    .map((a) => {
      const m = /^([a-z]+):\s*(.+)$/.exec(a);
      if (m && (ALIAS_KINDS as string[]).includes(m[1])) return { kind: m[1] as AliasKind, name: normalizeText(m[2]) };
      const name = normalizeText(a);
      return { kind: guessedKind(name), name };
    })
    .filter((a) => a.name);
}

/** The inverse of `parseAliases`: the kind is written whenever reading the name alone would guess another. */
export function aliasesToText(aliases: readonly Alias[]): string {
  return aliases.map((a) => (a.kind === guessedKind(a.name) && !/^[a-z]+:/.test(a.name) ? a.name : `${a.kind}:${a.name}`)).join(';');
}

const OFFICIAL = /^(official|官方)[:：]/i;
const EITHER = /^(official|unofficial|官方|非官方)[:：]\s*/i;

/** "official: MFA letter 2023;NGO dossier" -> sources; "official:" marks a government source. */
export function parseSources(s: string): Source[] {
  return s.split(SEPARATOR).map((x) => x.trim()).filter(Boolean).map((x) => ({ title: x.replace(EITHER, ''), official: OFFICIAL.test(x) }));
}

/** The inverse of `parseSources`. */
export function sourcesToText(sources: readonly Source[]): string {
  return sources.map((s) => (s.official ? `official: ${s.title}` : EITHER.test(s.title) ? `unofficial: ${s.title}` : s.title)).join(';');
}
