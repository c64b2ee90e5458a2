import { currentExchange } from '../cache/request-clock.mjs';

// A page rendered per request (the report form, a report's tracking page) streams: Next sends
// the status with the first bytes, before anything inside a Suspense boundary has rendered, so
// NotFoundStatus's signal (components/ui/not-found-status.tsx) comes too late for it, and a
// `notFound()` outside one answers an empty shell in Next 16.4. Such a page sets the status on
// the response itself while it renders, before the first byte: the request context
// (lib/cache/request-clock.mjs) holds the response.

/**
 * Answers the current request with `status` when its headers are not sent yet. Not for the
 * router's data requests (header `RSC`) nor a server action's (`Next-Action`): Next's client
 * reloads the whole page on a non-2xx answer. Returns whether the status was set.
 */
export function answerWithStatus(status: number): boolean {
  const exchange = currentExchange();
  const response = exchange?.response;
  const headers = exchange?.request?.headers;
  if (!response || response.headersSent || headers?.rsc !== undefined || headers?.['next-action'] !== undefined) return false;
  response.statusCode = status;
  return true;
}
