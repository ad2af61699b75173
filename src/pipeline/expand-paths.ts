import { existsSync, readdirSync, statSync, type Dirent } from 'node:fs';
import { dirname, join, basename } from 'node:path';

const SUPPORTED = /\.(pdf|docx|txt|text|html?|csv|png|jpe?g|tiff?)$/i;

export interface SkippedPath { path: string; reason: string }

export interface ExpandedPaths {
  files: string[];
  /** Inputs that name nothing: no such file or folder, or a pattern that matches nothing. */
  missing: string[];
  /** What was found inside folders and left out, each with why (nothing is skipped silently). */
  skipped: SkippedPath[];
  /** Folders named that hold no document to read (empty, or only skipped entries). */
  emptyFolders: string[];
}

const SKIP = {
  symlink: 'a symbolic link inside a folder is not followed (it may point outside the folder, or in a loop); name the file it points to, to read it',
  hidden: 'a hidden file (its name starts with "."); name it on the command line to read it anyway',
  type: 'not a document type dialist reads (.pdf .docx .txt .html .png .jpg .tif); name the file itself to try it anyway',
  special: 'not a regular file or folder (a device, socket or pipe)',
};

function globToRegExp(glob: string): RegExp {
  return new RegExp('^' + glob.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*').replace(/\?/g, '[^/]') + '$');
}

/** Every file below `dir` in name order, and what was left out with why. Symbolic links are never followed here. */
function walk(dir: string, skipped: SkippedPath[]): string[] {
  const entries: Dirent[] = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
  const files: string[] = [];
  for (const e of entries) {
    const path = join(dir, e.name);
    if (e.isSymbolicLink()) skipped.push({ path, reason: SKIP.symlink });
    else if (e.isDirectory()) files.push(...walk(path, skipped));
    else if (!e.isFile()) skipped.push({ path, reason: SKIP.special });
    else if (e.name.startsWith('.')) skipped.push({ path, reason: SKIP.hidden });
    else if (!SUPPORTED.test(e.name)) skipped.push({ path, reason: SKIP.type });
    else files.push(path);
  }
  return files;
}

/**
 * Files, folders (every file below, in name order; unsupported extensions, hidden files and symbolic links left
 * out and reported) and globs in the last path segment ("responses/2024-*.pdf", also when the shell did not
 * expand them). A file or link named directly is taken as it is.
 */
export function expandPaths(inputs: string[]): ExpandedPaths {
  const files: string[] = [];
  const missing: string[] = [];
  const skipped: SkippedPath[] = [];
  const emptyFolders: string[] = [];
  for (const input of inputs) {
    if (existsSync(input)) {
      if (statSync(input).isDirectory()) {
        const found = walk(input, skipped);
        if (!found.length) emptyFolders.push(input);
        files.push(...found);
      }
      else files.push(input);
    } else if (/[*?]/.test(basename(input)) && existsSync(dirname(input))) {
      const re = globToRegExp(basename(input));
      const hits = readdirSync(dirname(input)).filter((n) => re.test(n)).sort().map((n) => join(dirname(input), n));
      if (hits.length) files.push(...hits);
      else missing.push(input);
    } else missing.push(input);
  }
  return { files: [...new Set(files)], missing, skipped, emptyFolders };
}
