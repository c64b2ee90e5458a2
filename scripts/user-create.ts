// `npm run user:create -- --email E --name N --role admin|editor`
// Reads the password from standard input when it is not a terminal (echo ... | npm run ...),
// and prompts for it (twice, hidden) otherwise.
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { disconnectDb } from '../lib/db/client';
import { createUserFromCommandLine } from '../lib/db/users';
import { AppError } from '../lib/errors';

const { values } = parseArgs({ options: { email: { type: 'string' }, name: { type: 'string' }, role: { type: 'string', default: 'editor' } } });
const role = values.role?.toUpperCase();
if (!values.email || !values.name || (role !== 'ADMIN' && role !== 'EDITOR')) {
  console.error('Usage: npm run user:create -- --email someone@example.org --name "Their Name" --role admin|editor');
  process.exit(2);
}

async function readPiped(): Promise<string> {
  let text = '';
  for await (const chunk of process.stdin) text += chunk;
  return text.replace(/\r?\n$/, '');
}

function ask(question: string): Promise<string> {
  return new Promise((resolve) => {
    const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
    // Hide what is typed: echo nothing but the prompt.
    (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = (s: string) => {
      if (s.includes(question)) process.stdout.write(s);
    };
    rl.question(question, (answer) => {
      rl.close();
      process.stdout.write('\n');
      resolve(answer);
    });
  });
}

async function readPassword(): Promise<string> {
  if (!process.stdin.isTTY) return readPiped();
  const first = await ask('Password (12 to 128 characters): ');
  const second = await ask('Same password again: ');
  if (first !== second) throw new AppError('VALIDATION', 'The two passwords differ.');
  return first;
}

try {
  const password = await readPassword();
  const user = await createUserFromCommandLine({ email: values.email, name: values.name, role, password });
  console.log(`Created ${user.role === 'ADMIN' ? 'admin' : 'editor'} account ${user.email} (id ${user.id}).`);
} catch (error) {
  console.error(error instanceof AppError ? error.message : error);
  process.exitCode = 1;
} finally {
  await disconnectDb();
}
