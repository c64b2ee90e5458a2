// Types for request-clock.mjs (plain JavaScript, shared with the cache handler Next imports at run time).
import type { IncomingMessage, ServerResponse } from 'node:http';

export type RequestContext = {
  startedAt: number;
  request?: IncomingMessage;
  response?: ServerResponse;
  /** Input of a form sent without JavaScript that could not be saved because the session had ended (lib/kept-forms.ts). */
  unsavedInput?: Record<string, string>;
  /** The user whose session this request's cookie named, found ended (lib/auth/config.ts). */
  endedSessionOwner?: number;
};

export function requestStartedAt(): number | undefined;
export function currentExchange(): RequestContext | undefined;
export function runInRequest<T>(startedAt: number, fn: () => T): T;
export function startRequestClock(): void;
