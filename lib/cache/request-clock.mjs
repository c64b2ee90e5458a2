// When each request began, readable anywhere in the work it leads to: the cache handler
// (./cache-handler.mjs) dates a cached page from the start of the request that rendered it.
//
// Why: Next dates a cache entry from the moment it is stored. A page whose render read the
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

/** @type {AsyncLocalStorage<number>} */
const clock = (globalThis[STORE] ??= new AsyncLocalStorage());

/** Date.now() when the current request reached the server, or undefined outside a request. */
export function requestStartedAt() {
  return clock.getStore();
}

/** Runs fn as if in a request that began at startedAt (tests; the server uses startRequestClock). */
export function runInRequest(startedAt, fn) {
  return clock.run(startedAt, fn);
}

/** Starts each request of every HTTP server of this process in a context that knows when it began. */
export function startRequestClock() {
  const proto = /** @type {any} */ (Server.prototype);
  if (proto[PATCHED]) return;
  const emit = proto.emit;
  proto.emit = function (event, ...args) {
    if (event === 'request') return clock.run(Date.now(), () => emit.call(this, event, ...args));
    return emit.call(this, event, ...args);
  };
  proto[PATCHED] = true;
}
