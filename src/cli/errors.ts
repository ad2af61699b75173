/**
 * What the one top-level catch prints. A failure a user can cause (a read-only database, a folder where a file
 * was wanted, a missing file) is one line, `error CODE: what happened; what to do`, with exit 1 (bad input) or
 * 2 (usage). Only what is left is "internal error" (70): a bug.
 */
import { DialistError } from '../model/index.js';
import { describeDbError } from '../store/index.js';
import { EXIT } from './io.js';

/** A mistake in how the command was called (an option that cannot be combined, a value out of range): exit 2. */
export class UsageError extends Error {
  constructor(readonly code: string, message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export interface Explained { code: string; message: string; exit: number }

const FS_ERRORS: Record<string, (path: string, syscall: string) => [string, string]> = {
  ENOENT: (p) => ['FILE_NOT_FOUND', `${p}: no such file or folder. Check the path`],
  EACCES: (p, op) => ['NO_PERMISSION', `${p}: no permission to ${/open|read|scandir|stat/.test(op) ? 'read or write' : 'write'} it. Ask for permission, or use a file or folder of your own`],
  EPERM: (p) => ['NO_PERMISSION', `${p}: the operation is not permitted. Ask for permission, or use a file or folder of your own`],
  EROFS: (p) => ['READ_ONLY', `${p} is on a read-only disk: choose a folder on a disk you can write to`],
  EISDIR: (p) => ['IS_A_FOLDER', `${p} is a folder, where a file was wanted: name a file`],
  ENOTDIR: (p) => ['NOT_A_FOLDER', `${p}: part of this path is a file, where a folder was wanted. Check the path`],
  EEXIST: (p) => ['ALREADY_EXISTS', `${p} already exists (as a file, where a folder was wanted): choose another name or folder`],
  ENOSPC: (p) => ['DISK_FULL', `the disk holding ${p} is full: free some space and run the command again`],
  ENAMETOOLONG: (p) => ['NAME_TOO_LONG', `${p.slice(0, 80)}...: the file name is too long for the disk: choose a shorter one`],
};

/** The line to print and the exit code for a failure a user can cause; undefined for a bug. */
export function explainFailure(e: unknown, { dbPath }: { dbPath: string }): Explained | undefined {
  if (e instanceof UsageError) return { code: e.code, message: e.message, exit: EXIT.usage };
  if (e instanceof DialistError) return { code: e.code, message: e.message, exit: EXIT.badInput };
  const db = describeDbError(e, dbPath);
  if (db) return { code: db.code, message: db.message, exit: EXIT.badInput };
  const err = e as NodeJS.ErrnoException;
  const fs = err && typeof err.code === 'string' && FS_ERRORS[err.code];
  if (fs) {
    const [code, message] = fs(err.path ?? '(a file)', err.syscall ?? '');
    return { code, message, exit: EXIT.badInput };
  }
  return undefined;
}
