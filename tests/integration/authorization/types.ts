// The authorization matrix: every server action in lib/actions/*.ts and every admin route has
// an entry saying which roles may use it. tests/integration/authorization.test.ts runs each
// entry as an anonymous visitor, an editor and an admin, and fails when an exported action
// has no entry. Each area keeps its entries in tests/integration/authorization/<area>.ts:
//
//   export const cases: ActionCase[] = [
//     {
//       module: 'figures',                 // lib/actions/figures.ts
//       action: 'updateFigureAction',      // the exported name
//       allowed: ['EDITOR', 'ADMIN'],      // roles that get past the guard
//       setup: () => createFigure(),       // optional; runs once per role, before the call
//       call: (figure) => updateFigureAction(initialActionResult, form({ id: figure.id, ... })),
//     },
//   ];
//
// The runner makes the caller signed in as the role (or anonymous) for the duration of `call`.
// A call counts as denied when it throws or returns an UNAUTHORIZED/FORBIDDEN AppError code,
// or redirects to /login or /admin/denied; anything else (success, a validation message, a
// redirect elsewhere) got past the guard.
import type { Role } from '@/lib/auth/permissions';

export type ActionCase<T = unknown> = {
  module: string;
  action: string;
  allowed: Role[];
  /** Anonymous visitors get past the guard too (signing in, signing out). */
  public?: boolean;
  setup?: () => Promise<T>;
  call: (fixture: T) => Promise<unknown>;
};

/** FormData from plain values, as a browser would post them. */
export function form(values: Record<string, string | number | boolean | Blob | undefined | null | (string | number)[]>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) {
    if (value === undefined || value === null) continue;
    if (Array.isArray(value)) for (const item of value) data.append(key, String(item));
    else data.append(key, value instanceof Blob ? value : String(value));
  }
  return data;
}
