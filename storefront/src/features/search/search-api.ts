/** Server-side calls to the backend's product search (GET /store/search). */
import { medusa } from "../../lib/medusa";
import { toStoreQuery, type SearchRequest } from "./search-request";
import type { SearchResult } from "./search-types";

export async function searchProducts(request: SearchRequest, currency: string | undefined, limit?: number): Promise<SearchResult> {
  return medusa().client.fetch<SearchResult>("/store/search", { query: toStoreQuery(request, currency, limit) });
}

/** An empty request: everything, best match first. */
export const NEW_SEARCH: SearchRequest = {
  q: "",
  page: 1,
  sort: "relevance",
  categoryIds: [],
  colours: [],
  inStockAt: undefined,
  priceRange: undefined,
};
