/** Every page's Content-Security-Policy: scripts and styles from this service only, no inline script, no framing. */
export const PAGE_POLICY = [
  "default-src 'self'", "script-src 'self'", "style-src 'self'", "img-src 'self' data:", "font-src 'self'", "connect-src 'self'",
  "object-src 'none'", "base-uri 'none'", "form-action 'self'", "frame-ancestors 'none'",
].join('; ');

/**
 * A page's own headers: its policy, and a referrer policy that keeps the origin within this
 * service (with the API's `no-referrer`, a browser sends `Origin: null` with a form, and the
 * forms' same-origin check could not tell the service's own pages from any other).
 */
export const PAGE_HEADERS = { 'content-security-policy': PAGE_POLICY, 'referrer-policy': 'same-origin' };
