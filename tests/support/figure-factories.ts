// Test data for the figures, facts and attributes admin: signed-in actors and form input.
import type { Actor } from '../../lib/auth/actor';
import type { Role } from '../../lib/auth/permissions';
import { db } from '../../lib/db/client';
import type { FigureInput } from '../../lib/validation/figures';
import { unique } from './factories';

/** A user row (revisions and audit events point at it) and the actor acting as them. */
export async function createActor(role: Role = 'EDITOR', name = 'Test Editor'): Promise<Actor> {
  const email = `${unique(role.toLowerCase())}@test.local`;
  const user = await db.user.create({ data: { email, name, role, passwordHash: 'not-a-real-hash' }, select: { id: true } });
  return { id: user.id, email, name, role, mustChangePassword: false, ip: '127.0.0.1' };
}

/** Parsed figure-form input with a unique slug. */
export function figureInput(overrides: Partial<FigureInput> = {}): FigureInput {
  const slug = overrides.slug ?? unique('fig');
  return {
    name: `Figure ${slug}`,
    kind: 'PERSON',
    description: `A test figure called ${slug}.`,
    hasPhoto: false,
    photoAlt: '',
    photoCreditName: '',
    photoCreditUrl: '',
    photoSourceName: '',
    photoSourceUrl: '',
    photoLicense: '',
    message: '',
    ...overrides,
    slug,
  };
}
