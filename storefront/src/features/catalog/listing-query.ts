import { parseSort, DEFAULT_SORT, type SortOption } from "./sorting";

export interface ListingQuery {
  page: number;
  sort: SortOption;
}

/** Far beyond any real catalogue; larger pages are answered with a 404 without asking the backend. */
export const MAX_PAGE = 10_000;

/**
 * `?page=` must be a plain positive integer; anything else shows the first page.
 * Numbers that are too large to be a page become MAX_PAGE + 1, i.e. "past the end".
 */
export function parsePage(raw: string | null | undefined): number {
  if (!raw || !/^\d+$/.test(raw)) return 1;
  const page = Number(raw);
  if (page < 1) return 1;
  return Math.min(page, MAX_PAGE + 1);
}

export function parseListingQuery(params: URLSearchParams): ListingQuery {
  return { page: parsePage(params.get("page")), sort: parseSort(params.get("sort")) };
}

/**
 * The link to another page of the same listing. Defaults are left out of the URL so
 * every listing page has one canonical address.
 */
export function listingHref(pathname: string, { page, sort }: ListingQuery): string {
  const params = new URLSearchParams();
  if (sort !== DEFAULT_SORT) params.set("sort", sort);
  if (page > 1) params.set("page", String(page));
  const query = params.toString();
  return query ? `${pathname}?${query}` : pathname;
}
