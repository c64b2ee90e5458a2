// The authorization matrix (issue 3, section 1): every server action in lib/actions/*.ts, every
// route handler that changes something and every admin page is called as an anonymous
// visitor, an editor and an admin, and must be allowed or denied as its entry says. Entries
// live in tests/integration/authorization/<area>.ts (format: authorization/types.ts); this
// file finds them all, so a new area only adds its file. Something without an entry fails.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { Role } from '@/lib/auth/permissions';
import { disconnectDb } from '@/lib/db/client';
import { discoverActions, discoverAdminPages, discoverRouteHandlers, EXEMPT, outcomeOf, type Endpoint } from '../support/authorization';
import { asRole } from '../support/signed-in';
import type { ActionCase } from './authorization/types';

// Before anything reads lib/env: the revalidation route is disabled without a secret.
vi.hoisted(() => {
  process.env.REVALIDATE_SECRET ||= 'authorization-matrix-secret';
});

afterAll(() => disconnectDb());

const ROOT = path.resolve(import.meta.dirname, '../..');
const ENTRIES = path.join(import.meta.dirname, 'authorization');
const ROLES: (Role | null)[] = [null, 'EDITOR', 'ADMIN'];

const key = (e: Endpoint) => `${e.module} ${e.action}`;

async function loadCases(): Promise<(ActionCase & { file: string })[]> {
  const loaded: (ActionCase & { file: string })[] = [];
  for (const file of readdirSync(ENTRIES).filter((f) => /\.tsx?$/.test(f) && f !== 'types.ts').sort()) {
    const { cases } = (await import(/* @vite-ignore */ path.join(ENTRIES, file))) as { cases?: ActionCase[] };
    if (!Array.isArray(cases)) throw new Error(`tests/integration/authorization/${file} must export \`cases\` (see types.ts).`);
    loaded.push(...cases.map((c) => ({ ...c, file })));
  }
  return loaded;
}

const [actions, routes, cases] = await Promise.all([discoverActions(ROOT), discoverRouteHandlers(ROOT), loadCases()]);
const endpoints = [...actions, ...routes, ...discoverAdminPages(ROOT)].filter((e) => !EXEMPT[key(e)]);

describe('the authorization matrix', () => {
  it('has an entry for every server action, changing route handler and admin page', () => {
    const covered = new Set(cases.map(key));
    const missing = endpoints.filter((e) => !covered.has(key(e))).map(key);
    expect(missing, 'add entries for these in tests/integration/authorization/<area>.ts').toEqual([]);
    expect(actions.length).toBeGreaterThan(0);
  });

  it('has no entry for something that does not exist (a renamed action would otherwise go untested)', () => {
    const known = new Set(endpoints.map(key));
    expect(cases.filter((c) => !known.has(key(c))).map((c) => `${key(c)} (${c.file})`)).toEqual([]);
  });
});

const seen = new Map<string, number>();
for (const entry of cases) {
  const n = (seen.get(key(entry)) ?? 0) + 1;
  seen.set(key(entry), n);
  describe(`${entry.module} › ${entry.action}${n > 1 ? ` (case ${n})` : ''}`, () => {
    for (const role of ROLES) {
      const expected = role ? entry.allowed.includes(role) : !!entry.public;
      it(`${role ?? 'anonymous'}: ${expected ? 'allowed' : 'denied'}`, async () => {
        const fixture = entry.setup ? await entry.setup() : undefined;
        const outcome = await outcomeOf(() => asRole(role, () => entry.call(fixture)));
        expect(outcome.kind, outcome.detail).toBe(expected ? 'allowed' : 'denied');
      });
    }
  });
}
