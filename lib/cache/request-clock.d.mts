// Types for request-clock.mjs (plain JavaScript, shared with the cache handler Next imports at run time).
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ActionResult } from '../actions/result';

export type RequestContext = {
  startedAt: number;
  request?: IncomingMessage;
  response?: ServerResponse;
  /** Input of a form sent without JavaScript that could not be saved because the session had ended (lib/kept-forms.ts). */
  unsavedInput?: Record<string, string>;
  /** A report decision sent without JavaScript and refused, for the page answering it (lib/reports/refused-decision.ts). */
  refusedDecision?: ActionResult;
  /** The user whose session this request's cookie named, found ended (lib/auth/config.ts). */
  endedSessionOwner?: number;
  /** This request's render answers it alone and must not be cached (keepOutOfCache). */
  uncacheable?: boolean;
};

export function requestStartedAt(): number | undefined;
export function currentExchange(): RequestContext | undefined;
export function keepOutOfCache(): void;
export function isKeptOutOfCache(): boolean;
export function runInRequest<T>(startedAt: number, fn: () => T, exchange?: Omit<RequestContext, 'startedAt'>): T;
export function startRequestClock(): void;
