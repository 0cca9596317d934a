/**
 * Recommendation rows, server-side: product ids from the backend's precomputed
 * lists (GET /store/recommendations), then those products as cards.
 */
import type { HttpTypes } from "@medusajs/types";
import { medusa } from "../../lib/medusa";

export type Placement = "home" | "product" | "cart" | "account" | "recently_viewed";

/** Rows that differ per shopper; product and cart rows are the same for everyone. */
const PERSONAL: ReadonlySet<Placement> = new Set(["home", "account", "recently_viewed"]);

export const isPersonal = (placement: Placement) => PERSONAL.has(placement);

export interface RecommendationRequest {
  placement: Placement;
  /** The product shown (product), the products in the cart (cart), or those not to show (recently_viewed). */
  productIds?: string[];
  regionId?: string;
  limit?: number;
  /** Bearer header of a signed-in customer, for personal rows. */
  headers?: Record<string, string>;
  /** A consenting visitor's cookie id, for personal rows. */
  anonymousId?: string;
}

/** What a product card shows (see catalog/components/ProductCard.astro). */
const CARD_FIELDS =
  "id,title,handle,thumbnail,variants.id,*variants.calculated_price," +
  "+variants.inventory_quantity,+variants.manage_inventory,+variants.allow_backorder";

export async function loadRecommendedProducts(request: RecommendationRequest): Promise<HttpTypes.StoreProduct[]> {
  const { product_ids } = await medusa().client.fetch<{ product_ids: string[] }>("/store/recommendations", {
    query: recommendationQuery(request),
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

/** GET /store/recommendations parameters; the backend refuses a visitor id on rows that are the same for everyone. */
export function recommendationQuery(request: RecommendationRequest): Record<string, string | number> {
  return {
    placement: request.placement,
    limit: request.limit ?? 8,
    ...(request.productIds?.length ? { product_id: [...new Set(request.productIds)].join(",") } : {}),
    ...(request.anonymousId && isPersonal(request.placement) ? { anonymous_id: request.anonymousId } : {}),
  };
}

/** The Store API lists by its own order; keep the recommender's. */
export function inOrder<T extends { id: string }>(products: T[], ids: string[]): T[] {
  const byId = new Map(products.map((product) => [product.id, product]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/**
 * Right after sign-in: a consenting visitor's views and add-to-carts become the
 * customer's at once. Personalisation is a nicety: a failure must not stop the sign-in.
 */
export async function handOverVisitorSignals(anonymousId: string | undefined, token: string): Promise<void> {
  if (!anonymousId) return;
  try {
    await medusa().client.fetch("/store/recommendations/visitor-merge", {
      method: "POST",
      body: { anonymous_id: anonymousId },
      headers: { authorization: `Bearer ${token}` },
    });
  } catch (error) {
    console.warn("Visitor signals not handed over:", error instanceof Error ? error.message : error);
  }
}
