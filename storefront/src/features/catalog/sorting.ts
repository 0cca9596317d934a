import type { HttpTypes } from "@medusajs/types";
import { cheapestPrice } from "./pricing";

export const SORT_OPTIONS = [
  { value: "newest", label: "Newest" },
  { value: "price_asc", label: "Price: low to high" },
  { value: "price_desc", label: "Price: high to low" },
  { value: "title", label: "Name: A to Z" },
] as const;

export type SortOption = (typeof SORT_OPTIONS)[number]["value"];

export const DEFAULT_SORT: SortOption = "newest";

function isSortOption(value: string): value is SortOption {
  return SORT_OPTIONS.some((option) => option.value === value);
}

/** Unknown or missing `?sort=` values fall back to the default instead of failing. */
export function parseSort(raw: string | null | undefined): SortOption {
  return raw && isSortOption(raw) ? raw : DEFAULT_SORT;
}

export function isPriceSort(sort: SortOption): sort is "price_asc" | "price_desc" {
  return sort === "price_asc" || sort === "price_desc";
}

/**
 * The Store API's `order` parameter for sorts it can do itself. Prices are not in
 * this list: the API cannot order by the region's calculated price.
 */
export function backendOrder(sort: Exclude<SortOption, "price_asc" | "price_desc">): string {
  return sort === "title" ? "title" : "-created_at";
}

/**
 * Orders products by their cheapest calculated price in the current region. Products
 * without a price go last either way; ties keep their original (newest-first) order.
 */
export function sortByPrice<P extends HttpTypes.StoreProduct>(
  products: readonly P[],
  direction: "price_asc" | "price_desc",
): P[] {
  const sign = direction === "price_asc" ? 1 : -1;
  const amountOf = (product: P) => cheapestPrice(product)?.amount;
  return products
    .map((product, index) => ({ product, index, amount: amountOf(product) }))
    .sort((a, b) => {
      if (a.amount === undefined || b.amount === undefined) {
        return a.amount === b.amount ? a.index - b.index : a.amount === undefined ? 1 : -1;
      }
      return sign * (a.amount - b.amount) || a.index - b.index;
    })
    .map(({ product }) => product);
}
