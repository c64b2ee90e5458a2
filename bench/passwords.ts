// Time per password hash: what every sign-in, password change, account creation and reset
// costs the server (argon2id at OWASP's parameters, see lib/auth/password.ts).
import { performance } from 'node:perf_hooks';
import { hashPassword, verifyPassword } from '../lib/auth/password';

export type PasswordHashing = {
  runs: number;
  /** Mean milliseconds of hashPassword. */
  hashMs: number;
  /** Mean milliseconds of hashPassword followed by verifyPassword (an account created, then signed in to). */
  hashAndVerifyMs: number;
  /** Mean milliseconds of verifyPassword alone (a sign-in). */
  verifyMs: number;
  /** Slowest single hash. */
  maxHashMs: number;
};

async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const value = await work();
  return [value, performance.now() - started];
}

/** Averages over `runs` sequential runs, after one untimed warm-up (first use loads the native module). */
export async function measurePasswordHashing(runs = 20): Promise<PasswordHashing> {
  await verifyPassword(await hashPassword('warm-up passphrase, untimed'), 'warm-up passphrase, untimed');
  const hashes: number[] = [];
  const verifies: number[] = [];
  const both: number[] = [];
  for (let i = 0; i < runs; i++) {
    const password = `bench passphrase number ${i} ${Math.random()}`;
    const [hash, hashMs] = await timed(() => hashPassword(password));
    const [valid, verifyMs] = await timed(() => verifyPassword(hash, password));
    if (!valid) throw new Error('verifyPassword refused the password it was given the hash of.');
    hashes.push(hashMs);
    verifies.push(verifyMs);
    both.push(hashMs + verifyMs);
  }
  const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
  return { runs, hashMs: mean(hashes), hashAndVerifyMs: mean(both), verifyMs: mean(verifies), maxHashMs: Math.max(...hashes) };
}
