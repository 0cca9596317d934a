/** The queue's search box: an order number ("1042", "#1042"), a name or an e-mail. */
import type { QueuedPickup } from "./pickup-admin-api";

const fold = (text: string) =>
  text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .trim();

export function matchesPickupSearch(pickup: QueuedPickup, search: string): boolean {
  const query = fold(search);
  if (!query) return true;
  const number = query.replace(/^#/, "");
  if (/^\d+$/.test(number)) return String(pickup.order.display_id) === number;
  const address = pickup.order.shipping_address;
  const haystack = fold([address?.first_name, address?.last_name, pickup.order.email].filter(Boolean).join(" "));
  return query.split(/\s+/).every((word) => haystack.includes(word));
}
