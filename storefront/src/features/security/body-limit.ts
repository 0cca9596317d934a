/**
 * How much a visitor may send: forms (sign-in, addresses, checkout) are small, and
 * JSON endpoints (recommendation signals, add to cart) smaller still. A larger body
 * gets 413 before any page reads it. The Node adapter's own limit (astro.config) stops
 * a body without Content-Length at the form limit while it streams in.
 */
export const FORM_BODY_LIMIT = 1024 * 1024;
export const JSON_BODY_LIMIT = 64 * 1024;

const isJson = (contentType: string | null) => /^application\/([\w.+-]+\+)?json\b/i.test(contentType ?? "");

export function bodyLimitFor(contentType: string | null): number {
  return isJson(contentType) ? JSON_BODY_LIMIT : FORM_BODY_LIMIT;
}

const describe = (bytes: number) => (bytes >= 1024 * 1024 ? `${bytes / (1024 * 1024)} MB` : `${bytes / 1024} KB`);

function tooLarge(request: Request, limit: number): Response {
  const message = `What you sent is too large: at most ${describe(limit)} is accepted here. Please shorten it and try again.`;
  const json = isJson(request.headers.get("content-type")) || (request.headers.get("accept") ?? "").includes("application/json");
  return json
    ? new Response(JSON.stringify({ type: "payload_too_large", message }), { status: 413, headers: { "content-type": "application/json" } })
    : new Response(message, { status: 413, headers: { "content-type": "text/plain; charset=utf-8" } });
}

/** The 413 answer when the request's body is over its limit, else undefined (the body is left unread). */
export async function refuseOversizedBody(request: Request): Promise<Response | undefined> {
  if (request.method === "GET" || request.method === "HEAD" || !request.body) return undefined;
  const limit = bodyLimitFor(request.headers.get("content-type"));
  const declared = request.headers.get("content-length");
  if (declared !== null && /^\d+$/.test(declared)) {
    return Number(declared) > limit ? tooLarge(request, limit) : undefined;
  }
  // No (usable) length: read a copy, so the page can still read the original.
  let size: number;
  try {
    size = (await request.clone().arrayBuffer()).byteLength;
  } catch {
    // The adapter's own limit stopped it.
    size = Number.POSITIVE_INFINITY;
  }
  return size > limit ? tooLarge(request, limit) : undefined;
}
