/**
 * The /search page's state lives in its URL, so every facet is a plain link
 * and every form a GET form: search works without JavaScript.
 */
export const MAX_QUERY_LENGTH = 200;
export const RESULTS_PER_PAGE = 24;

export const SEARCH_SORTS = [
  { value: "relevance", label: "Best match" },
  { value: "price_asc", label: "Price: low to high" },
  { value: "price_desc", label: "Price: high to low" },
  { value: "newest", label: "Newest" },
  { value: "title_asc", label: "Name: A to Z" },
] as const;
export type SearchSort = (typeof SEARCH_SORTS)[number]["value"];

export interface SearchRequest {
  q: string;
  page: number;
  sort: SearchSort;
  categoryIds: string[];
  colours: string[];
  inStockAt: string | undefined;
  /** A price facet value, "10-20" or "50-". */
  priceRange: string | undefined;
}

const CATEGORY_ID = /^pcat_[A-Za-z0-9]{1,64}$/;
const LOCATION_ID = /^sloc_[A-Za-z0-9]{1,64}$/;
const PRICE_RANGE = /^(\d+(?:\.\d+)?)-(\d+(?:\.\d+)?)?$/;
const MAX_VALUES = 20;

const isSort = (value: string | null): value is SearchSort => SEARCH_SORTS.some((sort) => sort.value === value);
const matching = (values: string[], pattern: RegExp) => values.filter((value) => pattern.test(value)).slice(0, MAX_VALUES);

/** Reads the page's URL, dropping what the backend would refuse, so a hand-edited URL never breaks the page. */
export function readSearchRequest(url: URL): SearchRequest {
  const params = url.searchParams;
  const page = Number.parseInt(params.get("page") ?? "1", 10);
  const sort = params.get("sort");
  const inStockAt = params.get("in_stock_at") ?? "";
  const priceRange = params.get("price") ?? "";
  return {
    q: (params.get("q") ?? "").trim().slice(0, MAX_QUERY_LENGTH),
    page: Number.isFinite(page) && page >= 1 && page <= 500 ? page : 1,
    sort: isSort(sort) ? sort : "relevance",
    categoryIds: matching(params.getAll("category"), CATEGORY_ID),
    colours: params.getAll("colour").map((colour) => colour.trim().slice(0, 50)).filter(Boolean).slice(0, MAX_VALUES),
    inStockAt: LOCATION_ID.test(inStockAt) ? inStockAt : undefined,
    priceRange: PRICE_RANGE.test(priceRange) ? priceRange : undefined,
  };
}

/** Query parameters for the backend's GET /store/search. */
export function toStoreQuery(request: SearchRequest, currency: string | undefined, limit = RESULTS_PER_PAGE) {
  const [, min, max] = (request.priceRange && currency && PRICE_RANGE.exec(request.priceRange)) || [];
  const sort = currency || !request.sort.startsWith("price") ? request.sort : "relevance";
  return {
    q: request.q,
    page: request.page,
    limit,
    sort,
    ...(currency && { currency }),
    ...(request.categoryIds.length && { category_id: request.categoryIds }),
    ...(request.colours.length && { colour: request.colours }),
    ...(request.inStockAt && { in_stock_at: request.inStockAt }),
    ...(min !== undefined && { price_min: Number(min) }),
    ...(max !== undefined && { price_max: Number(max) }),
  };
}

/** The /search URL for this request with some of it changed; any change but the page goes back to page 1. */
export function searchHref(request: SearchRequest, changes: Partial<SearchRequest> = {}): string {
  const next = { ...request, page: "page" in changes ? request.page : 1, ...changes };
  const params = new URLSearchParams();
  if (next.q) params.set("q", next.q);
  next.categoryIds.forEach((id) => params.append("category", id));
  next.colours.forEach((colour) => params.append("colour", colour));
  if (next.inStockAt) params.set("in_stock_at", next.inStockAt);
  if (next.priceRange) params.set("price", next.priceRange);
  if (next.sort !== "relevance") params.set("sort", next.sort);
  if (next.page > 1) params.set("page", String(next.page));
  const query = params.toString();
  return query ? `/search?${query}` : "/search";
}

/** A list with `value` added, or removed if it was there: how a facet link toggles. */
export function toggled(values: string[], value: string): string[] {
  return values.includes(value) ? values.filter((existing) => existing !== value) : [...values, value];
}
