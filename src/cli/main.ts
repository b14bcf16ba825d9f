import { Command, CommanderError } from 'commander';
import { toAppError } from '../domain/errors.js';
import { registerBackup } from './commands/backupCommand.js';
import { registerDaysOff } from './commands/daysOffCommand.js';
import { registerDigest } from './commands/digestCommand.js';
import { registerDocuments } from './commands/documentsCommand.js';
import { registerExport } from './commands/exportCommand.js';
import { registerImport } from './commands/importCommand.js';
import { registerImportPopolo } from './commands/importPopoloCommand.js';
import { registerMigrate } from './commands/migrateCommand.js';
import { registerPack } from './commands/packCommand.js';
import { registerParse } from './commands/parseCommand.js';
import { registerPeople } from './commands/peopleCommand.js';
import { registerSettings } from './commands/settingsCommand.js';
import { registerServe } from './commands/serveCommand.js';
import { registerStart } from './commands/startCommand.js';
import { registerStats } from './commands/statsCommand.js';
import { registerUser } from './commands/userCommand.js';

export function buildProgram(): Command {
  const program = new Command('quorum')
    .description('Quorum: committee records for councils — import, store, publish')
    .version('0.1.0')
    .showHelpAfterError()
    .exitOverride();
  registerMigrate(program);
  registerImport(program);
  registerParse(program);
  registerPeople(program);
  registerDocuments(program);
  registerServe(program);
  registerStart(program);
  registerStats(program);
  registerSettings(program);
  registerDaysOff(program);
  registerExport(program);
  registerImportPopolo(program);
  registerUser(program);
  registerPack(program);
  registerBackup(program);
  registerDigest(program);
  return program;
}

/**
 * Runs the CLI and returns the exit code of CONVENTIONS.md: 0 done, 1 some inputs failed,
 * 2 wrong usage or configuration. Every failure is one line on stderr, never a stack trace.
 */
export async function main(argv: readonly string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync([...argv]);
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? 0 : 2;
    }
    const appError = toAppError(error);
    process.stderr.write(`quorum: ${appError.message}\n`);
    if (process.env.QUORUM_DEBUG && appError.cause) console.error(appError.cause);
    return appError.exitCode;
  }
}
