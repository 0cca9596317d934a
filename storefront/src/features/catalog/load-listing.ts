import type { HttpTypes } from "@medusajs/types";
import { listProductPage, type ProductFilter } from "./catalog-api";
import { MAX_PAGE, parseListingQuery } from "./listing-query";
import { isPageInRange, paginate, type Pagination } from "./pagination";
import type { SortOption } from "./sorting";

export interface Listing {
  products: HttpTypes.StoreProduct[];
  sort: SortOption;
  pagination: Pagination;
}

/**
 * Everything a listing page needs from its URL (`?page=`, `?sort=`). Returns undefined
 * for a page past the end, which the page answers with a 404.
 */
export async function loadListing(url: URL, filter: ProductFilter, regionId?: string): Promise<Listing | undefined> {
  const { page, sort } = parseListingQuery(url.searchParams);
  if (page > MAX_PAGE) return undefined;
  const { products, totalCount } = await listProductPage({ filter, sort, page, regionId });
  if (!isPageInRange(page, totalCount)) return undefined;
  return { products, sort, pagination: paginate(totalCount, page) };
}
