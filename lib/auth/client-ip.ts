// The client's address, for rate limits and the audit log. The server appends the socket's
// peer to X-Forwarded-For (./forwarded-for.ts), so its last entry is trustworthy; behind N
// reverse proxies of your own, set TRUST_PROXY_HOPS=N to step back over them. Earlier entries
// are whatever the client claimed and are never used.
export function clientIp(headers: Headers): string {
  const hops = Math.max(0, Number(process.env.TRUST_PROXY_HOPS ?? 0) || 0);
  const chain = (headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
  return chain[chain.length - 1 - hops] ?? chain[0] ?? headers.get('x-real-ip') ?? 'unknown';
}
