// Stands in for next/headers in integration tests (vitest.config.ts): the request set up by
// tests/support/signed-in.ts.
import { currentRequest } from '../signed-in';

export async function headers(): Promise<Headers> {
  const request = currentRequest();
  return new Headers({ 'x-forwarded-for': request.ip, 'user-agent': 'vitest' });
}

export async function cookies() {
  const { cookies: jar } = currentRequest();
  return {
    get: (name: string) => (jar.has(name) ? { name, value: jar.get(name)! } : undefined),
    getAll: () => [...jar].map(([name, value]) => ({ name, value })),
    has: (name: string) => jar.has(name),
    set: (name: string, value: string) => void jar.set(name, value),
    delete: (name: string) => void jar.delete(name),
  };
}

export async function draftMode() {
  return { isEnabled: false, enable() {}, disable() {} };
}
