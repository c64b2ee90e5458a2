// What Contrast keeps in its session token and exposes on the session.
import type { Role } from '@/lib/auth/permissions';

declare module 'next-auth' {
  interface User {
    role?: Role;
    sessionVersion?: number;
    /** The server-side session (lib/db/sessions.ts), set at sign-in. */
    sessionId?: string;
  }
  interface Session {
    user: { id: string; name: string; email: string; role: Role; mustChangePassword: boolean };
  }
}

declare module '@auth/core/jwt' {
  interface JWT {
    sid?: string;
    uid?: number;
    sv?: number;
    role: Role;
    mcp: boolean;
  }
}
