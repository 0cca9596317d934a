import type { APIRoute } from "astro";
import { MEDUSA_BACKEND_URL } from "astro:env/server";
import { withBackendTimeout } from "../../lib/backend-timeout";

/**
 * The Google Merchant Center feed at the shop's own address: the backend builds it
 * (shop-content plugin, /feeds/google.xml) with links to this storefront. ?currency=gbp
 * gives the UK prices.
 */
export const GET: APIRoute = async ({ url }) => {
  const currency = url.searchParams.get("currency");
  const target = new URL("/feeds/google.xml", MEDUSA_BACKEND_URL);
  if (currency && /^[a-z]{3}$/i.test(currency)) target.searchParams.set("currency", currency.toLowerCase());
  const answer = await fetch(target, withBackendTimeout({}));
  return new Response(await answer.text(), {
    status: answer.ok ? 200 : 503,
    headers: { "content-type": "application/xml; charset=utf-8", "cache-control": "public, max-age=900" },
  });
};
