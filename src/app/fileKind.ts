import type { Stats } from 'node:fs';

/** A `Stats` or a directory entry (`Dirent`): both say what kind of file they describe. */
type FileTypeOf = Pick<
  Stats,
  'isFile' | 'isDirectory' | 'isFIFO' | 'isSocket' | 'isCharacterDevice' | 'isBlockDevice' | 'isSymbolicLink'
>;

/** What a file that is not a regular file is, as a refusal line names it; null for a regular file. */
export function specialKind(stat: FileTypeOf): string | null {
  if (stat.isFile()) return null;
  if (stat.isDirectory()) return 'a folder';
  if (stat.isFIFO()) return 'a FIFO (named pipe)';
  if (stat.isSocket()) return 'a socket';
  if (stat.isCharacterDevice()) return 'a character device';
  if (stat.isBlockDevice()) return 'a block device';
  if (stat.isSymbolicLink()) return 'a symbolic link';
  return 'not a regular file';
}
