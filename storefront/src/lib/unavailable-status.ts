/**
 * Astro always answers its 500 page with status 500. When that page explains a
 * temporary outage it sets Retry-After (pages/500.astro); the middleware turns
 * such an answer into 503, which tells browsers, caches and monitors that the
 * shop is down for now, not broken.
 */
export function asServiceUnavailable(response: Response): Response {
  if (response.status !== 500 || !response.headers.has("Retry-After")) return response;
  return new Response(response.body, { status: 503, statusText: "Service Unavailable", headers: response.headers });
}
