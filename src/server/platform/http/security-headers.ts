/**
 * Security headers on every answer (hono/secure-headers), so the UI cannot be framed
 * (clickjacking), runs no script but its own bundle, and leaks no address to other sites.
 * - UI: the Vite bundle is files under /assets — no inline script; antd's CSS-in-JS writes
 *   <style> elements and style attributes, so styles need 'unsafe-inline'; images come from
 *   the app itself or data:/blob: URLs (the favicon, a drawn signature, a photo preview).
 * - API: JSON, workbooks and stored documents are never pages: they may load nothing.
 * A response that brings its own policy keeps it (the print pages allow exactly their
 * print button's script, platform/print/html.ts).
 * HSTS only when the deployment says it is behind HTTPS (COOKIE_SECURE=1, as for the cookie).
 */
import type { MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';

const SELF = "'self'";
const NONE = "'none'";

export const UI_CSP = {
  defaultSrc: [SELF],
  scriptSrc: [SELF],
  styleSrc: [SELF, "'unsafe-inline'"],
  imgSrc: [SELF, 'data:', 'blob:'],
  fontSrc: [SELF, 'data:'],
  connectSrc: [SELF],
  objectSrc: [NONE],
  baseUri: [SELF],
  formAction: [SELF],
  frameAncestors: [NONE],
};

export const API_CSP = { defaultSrc: [NONE], frameAncestors: [NONE] };

export function securityHeaders(): MiddlewareHandler {
  const common = {
    xFrameOptions: 'DENY',
    referrerPolicy: 'same-origin',
    xContentTypeOptions: true,
    strictTransportSecurity: process.env.COOKIE_SECURE === '1' ? 'max-age=15552000' : false,
    overwrite: false,
  } as const;
  const ui = secureHeaders({ ...common, contentSecurityPolicy: UI_CSP });
  const api = secureHeaders({ ...common, contentSecurityPolicy: API_CSP });
  return (c, next) => (c.req.path.startsWith('/api/') ? api(c, next) : ui(c, next));
}
