/**
 * The shop's security middleware, composed in src/middleware.ts with the others:
 * malformed addresses and the body limit first (before a page reads the body), then the headers every answer
 * carries, the private cache rule and, on HTML pages, the Content-Security-Policy
 * built from the page as sent.
 */
import { defineMiddleware } from "astro:middleware";
import { MEDUSA_BACKEND_URL, STRIPE_PUBLISHABLE_KEY } from "astro:env/server";
import { refuseOversizedBody } from "./body-limit";
import { buildContentSecurityPolicy, inlineHashes } from "./csp";
import { isMalformedPath, malformedPathResponse } from "./malformed-path";
import { isPrivatePath, PRIVATE_CACHE_CONTROL, securityHeaders } from "./security-headers";

const originOf = (url: string) => {
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
};

/** A response whose headers may be changed: some (redirects, fetched ones) come with immutable headers. */
function withMutableHeaders(response: Response, body: BodyInit | null = response.body): Response {
  return new Response(body, { status: response.status, statusText: response.statusText, headers: new Headers(response.headers) });
}

export const security = defineMiddleware(async (context, next) => {
  const refused = isMalformedPath(context.url.pathname) ? malformedPathResponse() : await refuseOversizedBody(context.request);
  let response = refused ?? (await next());
  const https = context.url.protocol === "https:";
  const isHtml = (response.headers.get("content-type") ?? "").startsWith("text/html");

  if (isHtml && response.body) {
    // The hashes must be of the page as sent, so the page is read whole before it goes out.
    const html = await response.text();
    response = withMutableHeaders(response, html);
    response.headers.delete("content-length");
    const backend = originOf(MEDUSA_BACKEND_URL);
    response.headers.set(
      "content-security-policy",
      buildContentSecurityPolicy({
        ...inlineHashes(html),
        imageOrigins: backend ? [backend] : [],
        stripe: !!STRIPE_PUBLISHABLE_KEY,
        https,
      }),
    );
  } else {
    try {
      response.headers.set("x-content-type-options", "nosniff");
    } catch {
      response = withMutableHeaders(response);
    }
  }
  for (const [name, value] of Object.entries(securityHeaders(https))) response.headers.set(name, value);
  if (isPrivatePath(context.url.pathname)) response.headers.set("cache-control", PRIVATE_CACHE_CONTROL);
  return response;
});
