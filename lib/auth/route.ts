import 'server-only';
import { handlers } from './config';
import { guardAuthHandler } from './route-guard';

/** Auth.js's HTTP endpoints, limited to what the site uses (lib/auth/route-guard.ts). */
export const GET = guardAuthHandler(handlers.GET);
export const POST = guardAuthHandler(handlers.POST);
