import type { HttpTypes } from "@medusajs/types";

/** At or below this many items, the page tells shoppers how many are left. */
export const LOW_STOCK_THRESHOLD = 5;

export type StockLevel = "in-stock" | "low-stock" | "backorder" | "out-of-stock";

export interface StockStatus {
  level: StockLevel;
  label: string;
}

type StockedVariant = Pick<
  HttpTypes.StoreProductVariant,
  "manage_inventory" | "allow_backorder" | "inventory_quantity"
>;

/**
 * The shopper-facing stock wording for a variant. `inventory_quantity` is the quantity
 * available in the sales channel's stock locations (requested with
 * `+variants.inventory_quantity`); the backend leaves it out when stock is not tracked.
 */
export function stockStatus(variant: StockedVariant): StockStatus {
  const quantity = variant.inventory_quantity;
  if (variant.manage_inventory === false || quantity == null || quantity > LOW_STOCK_THRESHOLD) {
    return { level: "in-stock", label: "In stock" };
  }
  if (quantity > 0) return { level: "low-stock", label: `Only ${quantity} left` };
  if (variant.allow_backorder) return { level: "backorder", label: "Available to order" };
  return { level: "out-of-stock", label: "Out of stock" };
}
