import { ServerResponse } from 'node:http';

// A page that redirects (a reversed comparison address, a renamed figure or category, a
// category's page 1) answered its first request, the one that rendered and cached it, with its
// Location header twice: Next 16.4 sets the header while rendering, then appends the cached
// copy's headers to the same response (next/dist/build/templates/app-page-runtime.js). Clients
// read "/a, /a" as one address that does not exist. Later requests, served from the cache, carry
// it once. The server drops a Location equal to the one a response already has; anything else
// is appended as before.

const INSTALLED = Symbol.for('contrast.singleLocation');

/** Makes `res.appendHeader('location', v)` a no-op when the response's Location is already v. Idempotent. */
export function keepOneLocationHeader(): void {
  const proto = ServerResponse.prototype as ServerResponse & { [INSTALLED]?: true };
  if (proto[INSTALLED]) return;
  const appendHeader = proto.appendHeader;
  proto.appendHeader = function (this: ServerResponse, name: string, value: string | readonly string[]) {
    if (typeof value === 'string' && name.length === 8 && name.toLowerCase() === 'location' && this.getHeader('location') === value) return this;
    return appendHeader.call(this, name, value);
  };
  proto[INSTALLED] = true;
}
