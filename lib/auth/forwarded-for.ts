import { Server, type IncomingMessage } from 'node:http';

// Next.js fills in X-Forwarded-For with the connection's address only when a request has none
// (`??=` in next/dist/server/base-server.js), so a client that sends its own would be counted
// under whatever address it names: rate limits could be dodged, and a reader locked out.
// Before Next sees a request, the server appends the connection's address to the header, as
// a reverse proxy does (nginx's $proxy_add_x_forwarded_for). Its last entry is then always
// an address that really connected, and clientIp (./client-ip.ts) steps back from there
// over TRUST_PROXY_HOPS proxies of your own.

const PATCHED = Symbol.for('contrast.forwardedFor');

/** The X-Forwarded-For a request should carry: the client's chain, then the connection's address. */
export function withPeer(header: string | string[] | undefined, peer: string): string {
  const chain = Array.isArray(header) ? header.join(', ') : header;
  return chain ? `${chain}, ${peer}` : peer;
}

/** Appends each request's connection address to its X-Forwarded-For, on every HTTP server of this process. */
export function appendPeerToForwardedFor(): void {
  const proto = Server.prototype as Server & { [PATCHED]?: true };
  if (proto[PATCHED]) return;
  const emit = proto.emit;
  proto.emit = function (this: Server, event: string | symbol, ...args: unknown[]): boolean {
    if (event === 'request') {
      const request = args[0] as IncomingMessage;
      const peer = request.socket?.remoteAddress;
      if (peer) request.headers['x-forwarded-for'] = withPeer(request.headers['x-forwarded-for'], peer);
    }
    return (emit as (...a: unknown[]) => boolean).apply(this, [event, ...args]);
  } as Server['emit'];
  proto[PATCHED] = true;
}
