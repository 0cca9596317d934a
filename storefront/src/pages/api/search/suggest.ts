import type { APIRoute } from "astro";
import { NEW_SEARCH, searchProducts } from "../../../features/search/search-api";
import { MAX_QUERY_LENGTH } from "../../../features/search/search-request";
import { resolveRegion } from "../../../features/region/regions-api";
import { formatMoney } from "../../../lib/money";

const SUGGESTIONS = 6;

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json", "cache-control": "private, max-age=30" },
  });

/** Instant suggestions for the header's search box: the backend's search, priced in the shopper's region. */
export const GET: APIRoute = async ({ url, cookies }) => {
  const q = (url.searchParams.get("q") ?? "").trim();
  if (q.length > MAX_QUERY_LENGTH) return json({ message: `q must be at most ${MAX_QUERY_LENGTH} characters` }, 400);
  if (!q) return json({ suggestions: [] });
  const { region } = await resolveRegion(cookies);
  const result = await searchProducts({ ...NEW_SEARCH, q }, region?.currency_code, SUGGESTIONS);
  return json({
    suggestions: result.hits.map((hit) => ({
      handle: hit.handle,
      title: hit.title,
      highlight: hit.highlight.title,
      price: hit.price && formatMoney(hit.price.amount, hit.price.currency_code),
    })),
    did_you_mean: result.did_you_mean ?? null,
  });
};
