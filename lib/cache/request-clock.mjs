// When each request began, and its response, readable anywhere in the work the request leads to.
//  - The cache handler (./cache-handler.mjs) dates a cached page from the start of the request
//    that rendered it.
//  - A page rendered per request that shows its not-found content answers 404 through the
//    response (lib/http/response-status.ts).
//  - A form sent without JavaScript after the session ended leaves its input here for the page
//    that answers it (lib/kept-forms.ts).
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
 * @typedef {{ startedAt: number, request?: import('node:http').IncomingMessage, response?: import('node:http').ServerResponse, unsavedInput?: Record<string, string>, endedSessionOwner?: number }} RequestContext
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

/** Runs fn as if in a request that began at startedAt (tests; the server uses startRequestClock). */
export function runInRequest(startedAt, fn) {
  return context.run({ startedAt }, fn);
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
