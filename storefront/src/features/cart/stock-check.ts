/**
 * Stock checks made before asking Medusa to add or change a line, so the shopper gets
 * "Only 2 left" rather than Medusa's generic "Some variant does not have the required
 * inventory". Medusa still has the last word when the order is placed.
 */
import type { HttpTypes } from "@medusajs/types";

export type StockedVariant = Pick<
  HttpTypes.StoreProductVariant,
  "manage_inventory" | "allow_backorder" | "inventory_quantity"
>;

/** The most a shopper may have in the cart; undefined when stock does not limit it. */
export function availableQuantity(variant: StockedVariant): number | undefined {
  if (variant.manage_inventory === false || variant.allow_backorder || variant.inventory_quantity == null) {
    return undefined;
  }
  return Math.max(0, variant.inventory_quantity);
}

/**
 * Why `wanted` more units cannot go in the cart on top of `alreadyInCart`, or undefined
 * when they can.
 */
export function quantityProblem(variant: StockedVariant, wanted: number, alreadyInCart = 0): string | undefined {
  const available = availableQuantity(variant);
  if (available === undefined || wanted + alreadyInCart <= available) return undefined;
  if (available === 0) return "Out of stock";
  if (alreadyInCart > 0) {
    return `Only ${available} left, and you already have ${alreadyInCart} in your cart`;
  }
  return `Only ${available} left`;
}
