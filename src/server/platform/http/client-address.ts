/**
 * The address a request came from, for login throttling. By default the socket's peer: a
 * client can write anything into X-Forwarded-For, so it is believed only when the
 * operator says how many reverse proxies stand in front (TRUSTED_PROXIES). Each trusted
 * proxy appends the address it saw, so the client is the entry that many places from the end.
 */
import type { Context } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { AppEnv } from './context.ts';

/**
 * @example addressFrom('10.0.0.5', '203.0.113.9, 198.51.100.7', 1) // '198.51.100.7' (what our proxy saw)
 * @example addressFrom('10.0.0.5', '203.0.113.9', 0)                // '10.0.0.5' (the header is not believed)
 */
export function addressFrom(
  peer: string | undefined,
  forwardedFor: string | undefined,
  trustedProxies: number,
): string {
  if (trustedProxies > 0 && forwardedFor) {
    const hops = forwardedFor
      .split(',')
      .map((h) => h.trim())
      .filter(Boolean);
    const client = hops[hops.length - trustedProxies];
    if (client) return client.slice(0, 64);
  }
  return peer ?? 'unknown';
}

export function clientAddress(c: Context<AppEnv>, trustedProxies: number): string {
  let peer: string | undefined;
  try {
    peer = getConnInfo(c).remote.address;
  } catch {
    // app.request() in tests has no socket.
  }
  return addressFrom(peer, c.req.header('x-forwarded-for'), trustedProxies);
}
