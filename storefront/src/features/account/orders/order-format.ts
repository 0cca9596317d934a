/** How an order is named and dated on the account pages. */
import type { HttpTypes } from "@medusajs/types";

/** Dates in the shop's own time zone, so an order placed at 00:30 in Lyon is not shown as the day before. */
const SHOP_LOCALE = "en-GB";
const SHOP_TIME_ZONE = "Europe/Paris";

const dayFormat = new Intl.DateTimeFormat(SHOP_LOCALE, { dateStyle: "long", timeZone: SHOP_TIME_ZONE });

export function formatOrderDate(value: string | Date): string {
  return dayFormat.format(new Date(value));
}

/** The machine-readable value for <time datetime>. */
export function isoDate(value: string | Date): string {
  return new Date(value).toISOString();
}

/** The number the shopper sees in e-mails and quotes to the shop: the display id, not the database id. */
export function orderNumber(order: Pick<HttpTypes.StoreOrder, "display_id" | "id">): string {
  return `#${order.display_id ?? order.id}`;
}

/** How many things were bought: quantities are whole numbers, so adding them is exact. */
export function itemCount(order: Pick<HttpTypes.StoreOrder, "items">): number {
  return (order.items ?? []).reduce((sum, item) => sum + item.quantity, 0);
}
