import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, basename } from 'node:path';

const SUPPORTED = /\.(pdf|docx|txt|text|html?|csv|png|jpe?g|tiff?)$/i;

function globToRegExp(glob: string): RegExp {
  return new RegExp('^' + glob.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*').replace(/\?/g, '[^/]') + '$');
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : e.isFile() && !e.name.startsWith('.') ? [join(dir, e.name)] : []));
}

/**
 * Files, folders (every file below, in name order; unsupported extensions left out) and globs in the last
 * path segment ("responses/2024-*.pdf", also when the shell did not expand them). Returns missing inputs apart.
 */
export function expandPaths(inputs: string[]): { files: string[]; missing: string[]; skipped: string[] } {
  const files: string[] = [];
  const missing: string[] = [];
  const skipped: string[] = [];
  for (const input of inputs) {
    if (existsSync(input)) {
      if (statSync(input).isDirectory()) {
        const all = walk(input);
        files.push(...all.filter((f) => SUPPORTED.test(f)));
        skipped.push(...all.filter((f) => !SUPPORTED.test(f)));
      }
      else files.push(input);
    } else if (/[*?]/.test(basename(input)) && existsSync(dirname(input))) {
      const re = globToRegExp(basename(input));
      const hits = readdirSync(dirname(input)).filter((n) => re.test(n)).sort().map((n) => join(dirname(input), n));
      if (hits.length) files.push(...hits);
      else missing.push(input);
    } else missing.push(input);
  }
  return { files: [...new Set(files)], missing, skipped };
}
