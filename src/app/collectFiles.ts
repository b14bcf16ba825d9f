import fs from 'node:fs/promises';
import path from 'node:path';

export const IMPORTABLE_EXTENSIONS = ['.html', '.htm', '.pdf', '.txt'] as const;

export interface CollectedFiles {
  readonly files: readonly string[];
  /** Paths that do not exist or cannot be listed, with the reason. */
  readonly problems: readonly { readonly path: string; readonly problem: string }[];
}

/** The importable files named by paths (folders walked recursively, in name order). Never throws. */
export async function collectFiles(paths: readonly string[]): Promise<CollectedFiles> {
  const files: string[] = [];
  const problems: { path: string; problem: string }[] = [];
  for (const p of paths) {
    try {
      const stat = await fs.stat(p);
      if (stat.isDirectory()) files.push(...(await walk(p)));
      else files.push(p);
    } catch (error) {
      problems.push({
        path: p,
        problem:
          (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or folder' : (error as Error).message,
      });
    }
  }
  return { files, problems };
}

async function walk(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => a.name.localeCompare(b.name));
  const out: string[] = [];
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await walk(full)));
    else if (IMPORTABLE_EXTENSIONS.some((ext) => entry.name.toLowerCase().endsWith(ext))) out.push(full);
  }
  return out;
}
