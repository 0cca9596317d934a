/**
 * Astro's `security.allowedDomains` for the shop's public address. Behind a TLS-terminating
 * proxy the request reaches the Node server as http; naming the shop's https address lets
 * Astro believe that proxy's X-Forwarded-Proto/-Host, so the request URL is https: the CSRF
 * origin check compares it with the browser's Origin, and cookies are set Secure.
 *
 * Only for an https address: Astro then also takes the first X-Forwarded-For entry as the
 * shopper's address (the backend rate-limits sign-in on it), so the proxy must set that
 * header itself (nginx: `proxy_set_header X-Forwarded-For $remote_addr`). A plain-http shop
 * is reached directly: trusting forwarded headers there would let anyone forge them.
 */
export type AllowedDomain = { protocol: string; hostname: string; port?: string };

export function allowedDomainsOf(storefrontUrl: string | undefined): AllowedDomain[] {
  if (!storefrontUrl) return [];
  const url = new URL(storefrontUrl);
  if (url.protocol !== "https:") return [];
  return [{ protocol: "https", hostname: url.hostname, ...(url.port ? { port: url.port } : {}) }];
}
