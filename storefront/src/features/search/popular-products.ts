/** What a "no results" page offers instead: the bestsellers collection. */
import type { HttpTypes } from "@medusajs/types";
import { getCollectionByHandle, listProductPage } from "../catalog/catalog-api";

const POPULAR_COLLECTION = "bestsellers";
const SHOWN = 4;

export async function loadPopularProducts(regionId: string | undefined): Promise<HttpTypes.StoreProduct[]> {
  const collection = await getCollectionByHandle(POPULAR_COLLECTION);
  if (!collection) return [];
  const { products } = await listProductPage({ filter: { collection_id: [collection.id] }, sort: "newest", page: 1, regionId });
  return products.slice(0, SHOWN);
}
