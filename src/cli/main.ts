import { Command, CommanderError } from 'commander';
import { toAppError } from '../domain/errors.js';
type Register = (program: Command) => void;

/**
 * Each command's module, loaded only when it runs: loading them all (the portal, the PDF writer, the
 * exports) costs a long import about 70 MB of memory it never uses, and every command a moment to start.
 * The order is the order of `quorum --help`.
 */
const COMMANDS: readonly (readonly [string, () => Promise<Register>])[] = [
  ['migrate', async () => (await import('./commands/migrateCommand.js')).registerMigrate],
  ['import', async () => (await import('./commands/importCommand.js')).registerImport],
  ['parse', async () => (await import('./commands/parseCommand.js')).registerParse],
  ['people', async () => (await import('./commands/peopleCommand.js')).registerPeople],
  ['documents', async () => (await import('./commands/documentsCommand.js')).registerDocuments],
  ['serve', async () => (await import('./commands/serveCommand.js')).registerServe],
  ['start', async () => (await import('./commands/startCommand.js')).registerStart],
  ['stats', async () => (await import('./commands/statsCommand.js')).registerStats],
  ['settings', async () => (await import('./commands/settingsCommand.js')).registerSettings],
  ['days-off', async () => (await import('./commands/daysOffCommand.js')).registerDaysOff],
  ['export', async () => (await import('./commands/exportCommand.js')).registerExport],
  ['import-popolo', async () => (await import('./commands/importPopoloCommand.js')).registerImportPopolo],
  ['user', async () => (await import('./commands/userCommand.js')).registerUser],
  ['pack', async () => (await import('./commands/packCommand.js')).registerPack],
  ['backup', async () => (await import('./commands/backupCommand.js')).registerBackup],
  ['restore', async () => (await import('./commands/backupCommand.js')).registerBackup],
  ['digest', async () => (await import('./commands/digestCommand.js')).registerDigest],
];

/**
 * The program with the command named on the command line, or with every command (for help, a
 * mistyped command, or no command at all).
 */
export async function buildProgram(commandName?: string): Promise<Command> {
  const program = new Command('quorum')
    .description('Quorum: committee records for councils — import, store, publish')
    .version('0.1.0')
    .showHelpAfterError()
    .exitOverride();
  const named = COMMANDS.filter(([name]) => name === commandName);
  const loaded = new Set<Register>();
  for (const [, load] of named.length > 0 ? named : COMMANDS) {
    const register = await load();
    // backup and restore share one module, which registers both.
    if (loaded.has(register)) continue;
    loaded.add(register);
    register(program);
  }
  return program;
}

/**
 * Runs the CLI and returns the exit code of CONVENTIONS.md: 0 done, 1 some inputs failed,
 * 2 wrong usage or configuration. Every failure is one line on stderr, never a stack trace.
 */
export async function main(argv: readonly string[]): Promise<number> {
  const program = await buildProgram(argv[2]);
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
