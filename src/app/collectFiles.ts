import fs from 'node:fs/promises';
import path from 'node:path';
import { specialKind } from './fileKind.js';

export const IMPORTABLE_EXTENSIONS = ['.html', '.htm', '.pdf', '.txt'] as const;

export interface CollectedFile {
  /** The path as the user sees it (under the folder they named). */
  readonly path: string;
  /** The regular file to open: the same file, every symbolic link resolved, so it is opened without following one. */
  readonly realPath: string;
}

export interface CollectedFiles {
  readonly files: readonly CollectedFile[];
  /** Paths named on the command line that do not exist, cannot be listed or are not regular files, with the reason. */
  readonly problems: readonly { readonly path: string; readonly problem: string }[];
  /** Entries of a folder that are not read (FIFOs, devices, sockets, links leaving the folder), with the reason. */
  readonly skipped: readonly { readonly path: string; readonly reason: string }[];
}

/**
 * The importable files named by paths (folders walked recursively, in name order). Only regular
 * files are collected: a FIFO or device would block or never end, so anything else in a folder,
 * and any symbolic link leading out of it, is skipped with its reason. Never throws.
 */
export async function collectFiles(paths: readonly string[]): Promise<CollectedFiles> {
  const out: Collector = { files: [], problems: [], skipped: [] };
  for (const p of paths) {
    try {
      const stat = await fs.stat(p);
      const real = await fs.realpath(p);
      if (stat.isDirectory()) await walk(p, real, real, out);
      else {
        const kind = specialKind(stat);
        if (kind) out.problems.push({ path: p, problem: `refused: ${kind}, not a regular file` });
        else out.files.push({ path: p, realPath: real });
      }
    } catch (error) {
      out.problems.push({
        path: p,
        problem:
          (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or folder' : (error as Error).message,
      });
    }
  }
  return out;
}

interface Collector {
  files: CollectedFile[];
  problems: { path: string; problem: string }[];
  skipped: { path: string; reason: string }[];
}

const importable = (name: string): boolean => IMPORTABLE_EXTENSIONS.some((ext) => name.toLowerCase().endsWith(ext));

/** Walks `dir` (shown as given) through its real path, which lies inside `root`, the real path of the folder named. */
async function walk(dir: string, realDir: string, root: string, out: Collector): Promise<void> {
  const entries = await fs.readdir(realDir, { withFileTypes: true });
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    const real = path.join(realDir, entry.name);
    // The directory entry's own type: a link is not followed to learn it.
    if (entry.isDirectory()) await walk(full, real, root, out);
    else if (!importable(entry.name)) continue;
    else if (entry.isFile()) out.files.push({ path: full, realPath: real });
    else if (entry.isSymbolicLink()) await followLink(full, real, root, out);
    else out.skipped.push({ path: full, reason: `skipped: ${specialKind(entry)}, not a regular file` });
  }
}

async function followLink(full: string, link: string, root: string, out: Collector): Promise<void> {
  let target: string;
  try {
    target = await fs.realpath(link);
  } catch {
    out.skipped.push({ path: full, reason: 'skipped: a symbolic link to nothing (broken link)' });
    return;
  }
  if (target !== root && !target.startsWith(root + path.sep)) {
    out.skipped.push({
      path: full,
      reason: `skipped: a symbolic link leading out of the imported folder (to ${target})`,
    });
    return;
  }
  const kind = specialKind(await fs.lstat(target));
  if (kind) out.skipped.push({ path: full, reason: `skipped: a symbolic link to ${kind}, not a regular file` });
  else out.files.push({ path: full, realPath: target });
}
