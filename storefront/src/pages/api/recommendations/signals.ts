import type { APIRoute } from "astro";
import { medusa } from "../../../lib/medusa";
import { customerHeaders, ONE_YEAR_IN_SECONDS, shopperCookieOptions } from "../../../lib/shopper-cookies";
import { CONSENT_COOKIE, hasConsent, readSignalBatch, VISITOR_COOKIE } from "../../../features/recommendations/signal-batch";


/**
 * POST /api/recommendations/signals { signals: [{ type, product_id }] } from the
 * signal beacon. Forwards to the backend only with the personalisation
 * consent cookie; without it the batch is dropped here and nothing is stored.
 */
export const POST: APIRoute = async ({ request, cookies, url }) => {
  if (!hasConsent(cookies.get(CONSENT_COOKIE)?.value)) return new Response(null, { status: 204 });
  const signals = readSignalBatch(await request.json().catch(() => null));
  if (signals.length === 0) return new Response(null, { status: 204 });

  let visitor = cookies.get(VISITOR_COOKIE)?.value;
  if (!visitor || !/^[A-Za-z0-9_-]{8,64}$/.test(visitor)) {
    visitor = crypto.randomUUID();
    cookies.set(VISITOR_COOKIE, visitor, shopperCookieOptions(url, ONE_YEAR_IN_SECONDS));
  }
  try {
    await medusa().client.fetch("/store/recommendations/signals", {
      method: "POST",
      body: { consent: true, anonymous_id: visitor, signals },
      headers: customerHeaders(cookies),
    });
  } catch {
    // Signals are best effort: a shopper never sees this fail.
  }
  return new Response(null, { status: 202 });
};
