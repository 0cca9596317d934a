/** Headers every answer of the shop carries, pages and API routes alike. */
export function securityHeaders(https: boolean): Record<string, string> {
  return {
    "x-content-type-options": "nosniff",
    "referrer-policy": "strict-origin-when-cross-origin",
    // The CSP's frame-ancestors 'none' for browsers that only know the older header.
    "x-frame-options": "DENY",
    // Only over https: an HSTS header on plain http is ignored, and on localhost it would pin the port to https.
    ...(https ? { "strict-transport-security": "max-age=31536000; includeSubDomains" } : {}),
  };
}

/** Pages and endpoints that show or change one shopper's (or one staff member's) data: never stored by any cache. */
const PRIVATE_PREFIXES = ["/account", "/order", "/staff", "/checkout", "/cart", "/api/account", "/api/cart", "/api/recommendations"];

export function isPrivatePath(pathname: string): boolean {
  return PRIVATE_PREFIXES.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`));
}

export const PRIVATE_CACHE_CONTROL = "private, no-store";
