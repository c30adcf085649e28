// Path errors around a run folder (`--out`, `--resume`), as one clear line with exit 2 instead of a raw Node error.
import { InputError } from '../errors/index.js';

/** What went wrong with `path`, from the errno code a file-system call gave. */
export function runDirError(path: string, error: unknown, option = '--out'): InputError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOTDIR':
    case 'EEXIST':
      return new InputError(
        'run_dir',
        `Cannot use ${path} as a run folder: a part of that path is a file, not a folder. Choose another ${option}.`,
        error,
      );
    case 'ENOENT':
      return new InputError(
        'run_dir',
        `Cannot use ${path} as a run folder: it is a broken symbolic link, or a folder on its path vanished. Choose another ${option}, or fix the link.`,
        error,
      );
    case 'ELOOP':
      return new InputError(
        'run_dir',
        `Cannot use ${path} as a run folder: its symbolic links loop. Choose another ${option}.`,
        error,
      );
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return new InputError(
        'run_dir',
        `Cannot write the run folder ${path} (${code === 'EROFS' ? 'read-only file system' : 'permission denied'}). Choose another ${option}.`,
        error,
      );
    case 'ENAMETOOLONG':
      return new InputError(
        'run_dir',
        `The run folder path ${path} is too long. Choose a shorter ${option}.`,
        error,
      );
    default:
      return new InputError(
        'run_dir',
        `Cannot use ${path} as a run folder (${code ?? (error instanceof Error ? error.message : String(error))}). Choose another ${option}.`,
        error,
      );
  }
}
