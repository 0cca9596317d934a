/**
 * Recommendation rows, server-side: product ids from the backend's precomputed
 * lists (GET /store/recommendations), then those products as cards.
 */
import type { HttpTypes } from "@medusajs/types";
import { medusa } from "../../lib/medusa";

export type Placement = "home" | "product" | "cart" | "account";

export interface RecommendationRequest {
  placement: Placement;
  /** The product shown (product) or the products in the cart (cart). */
  productIds?: string[];
  regionId?: string;
  limit?: number;
  /** Bearer header of a signed-in customer, for personal rows. */
  headers?: Record<string, string>;
}

/** What a product card shows (see catalog/components/ProductCard.astro). */
const CARD_FIELDS =
  "id,title,handle,thumbnail,variants.id,*variants.calculated_price," +
  "+variants.inventory_quantity,+variants.manage_inventory,+variants.allow_backorder";

export async function loadRecommendedProducts(request: RecommendationRequest): Promise<HttpTypes.StoreProduct[]> {
  const { product_ids } = await medusa().client.fetch<{ product_ids: string[] }>("/store/recommendations", {
    query: {
      placement: request.placement,
      limit: request.limit ?? 8,
      ...(request.productIds?.length ? { product_id: request.productIds.join(",") } : {}),
    },
    headers: request.headers,
  });
  if (product_ids.length === 0) return [];
  const { products } = await medusa().store.product.list({
    id: product_ids,
    region_id: request.regionId,
    fields: CARD_FIELDS,
    limit: product_ids.length,
  });
  return inOrder(products, product_ids);
}

/** The Store API lists by its own order; keep the recommender's. */
export function inOrder<T extends { id: string }>(products: T[], ids: string[]): T[] {
  const byId = new Map(products.map((product) => [product.id, product]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}
