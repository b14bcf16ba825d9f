import os from 'node:os';
import type { Command } from 'commander';
import { ROLES } from '../../domain/account.js';
import { addUser } from '../../app/accounts/addUser.js';
import { serveEnvFrom } from '../environment.js';
import { withStore } from '../withStore.js';

/** Standard input up to its end (a pipe or a file), without the final line break. */
async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}

export function registerUser(program: Command): void {
  const user = program.command('user').description('accounts of the clerks, councillors and others who sign in');
  user
    .command('add')
    .description('create an account; prints a one-time sign-in link unless the password comes on standard input')
    .argument('<email>', 'the address the person signs in with')
    .requiredOption('--role <role>', `one of ${ROLES.join(', ')}`)
    .option('--body <slug>', 'a body a clerk serves (repeat for several; none: every body)', collect, [])
    .option('--password-stdin', 'read the password from standard input')
    .action(async (email: string, options: { role: string; body: string[]; passwordStdin?: boolean }) => {
      const password = options.passwordStdin ? await readStdin() : undefined;
      const { baseUrl } = serveEnvFrom(process.env);
      await withStore({}, async (store) => {
        const added = await addUser(
          store,
          { email, role: options.role, bodySlugs: options.body, password },
          `cli:${os.userInfo().username}`,
        );
        console.log(`Added ${added.account.email} as ${added.account.role}.`);
        if (added.signInToken)
          console.log(`One-time sign-in link (valid for a day): ${baseUrl}/login/link/${added.signInToken}`);
      });
    });
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}
