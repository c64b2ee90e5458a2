// When each request began, and its response, readable anywhere in the work the request leads to.
//  - The cache handler (./cache-handler.mjs) dates a cached page from the start of the request
//    that rendered it.
//  - A page rendered per request that shows its not-found content answers 404 through the
//    response (lib/http/response-status.ts).
//  - A form sent without JavaScript after the session ended leaves its input here for the page
//    that answers it (lib/kept-forms.ts).
//  - A render whose answer is for this request alone (a search refused by its rate limit) keeps
//    itself out of the cache (keepOutOfCache below; ./cache-handler.mjs).
//
// Why dates: Next dates a cache entry from the moment it is stored. A page whose render read the
// database before an editor's save, but was stored after the save expired its tags, looked
// newer than the expiry and was served stale for good (revalidate = false). Dated from the
// start of its request, it is older than the expiry and rendered again on the next request.
//
// Plain JavaScript: the cache handler is imported by Next at run time, outside the bundle,
// while instrumentation.ts starts the clock from inside it. Both reach the same store through
// globalThis.
import { AsyncLocalStorage } from 'node:async_hooks';
import { Server } from 'node:http';

const STORE = Symbol.for('contrast.requestClock');
const PATCHED = Symbol.for('contrast.requestClock.patched');

/**
 * @typedef {{ startedAt: number, request?: import('node:http').IncomingMessage, response?: import('node:http').ServerResponse, unsavedInput?: Record<string, string>, refusedDecision?: import('../actions/result').ActionResult, endedSessionOwner?: number, uncacheable?: boolean }} RequestContext
 */

/** @type {AsyncLocalStorage<RequestContext>} */
const context = (globalThis[STORE] ??= new AsyncLocalStorage());

/** Date.now() when the current request reached the server, or undefined outside a request. */
export function requestStartedAt() {
  return context.getStore()?.startedAt;
}

/** The current request and its response, or undefined outside a request. */
export function currentExchange() {
  return context.getStore();
}

/**
 * Keeps what the current request renders out of Next's cache: the answer is for this request
 * alone (a refusal), not for everyone who asks for the same address. Outside a request it does
 * nothing.
 */
export function keepOutOfCache() {
  const store = context.getStore();
  if (store) store.uncacheable = true;
}

/** Whether the current request's render must not be cached (keepOutOfCache). */
export function isKeptOutOfCache() {
  return context.getStore()?.uncacheable === true;
}

/**
 * Runs fn as if in a request that began at startedAt, with `exchange`'s request and response
 * (tests; the server uses startRequestClock).
 * @param {number} startedAt
 * @param {() => any} fn
 * @param {Omit<RequestContext, 'startedAt'>} [exchange]
 */
export function runInRequest(startedAt, fn, exchange = {}) {
  return context.run({ ...exchange, startedAt }, fn);
}

/** Starts each request of every HTTP server of this process in a context that knows when it began. */
export function startRequestClock() {
  const proto = /** @type {any} */ (Server.prototype);
  if (proto[PATCHED]) return;
  const emit = proto.emit;
  proto.emit = function (event, ...args) {
    if (event === 'request') return context.run({ startedAt: Date.now(), request: args[0], response: args[1] }, () => emit.call(this, event, ...args));
    return emit.call(this, event, ...args);
  };
  proto[PATCHED] = true;
}
