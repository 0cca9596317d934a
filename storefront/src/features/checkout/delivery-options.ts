/**
 * Delivery choices as the shopper sees them: "Home delivery" beside "Collect in store".
 * Pickup options are recognised by their fulfillment set (type "pickup", what
 * click-and-collect builds on) or, failing that field, by the seed's naming contract.
 */
import type { HttpTypes } from "@medusajs/types";
import { readyPromise } from "../pickup/pickup-format";
import type { StoreAvailability } from "../pickup/pickup-store-api";

const COLLECT_PREFIX = "Collect in store";

export interface DeliveryChoice {
  id: string;
  /** For pickup, the store's name alone ("Lyon Part-Dieu"). */
  label: string;
  description?: string;
  amount: number;
  /** Set for a store that cannot serve the cart: shown instead of a radio button. */
  unavailable?: string;
}

export interface DeliveryGroups {
  home: DeliveryChoice[];
  collect: DeliveryChoice[];
}

type ShippingOption = Pick<HttpTypes.StoreCartShippingOption, "id" | "name"> & {
  amount?: number | null;
  type?: { description?: string | null } | null;
  service_zone?: { fulfillment_set?: { type?: string | null } | null } | null;
};

export function isCollectInStore(option: ShippingOption): boolean {
  return option.service_zone?.fulfillment_set?.type === "pickup" || option.name.startsWith(COLLECT_PREFIX);
}

function collectLabel(name: string): string {
  if (!name.startsWith(COLLECT_PREFIX)) return name;
  return name.slice(COLLECT_PREFIX.length).replace(/^[\s—–:-]+/, "") || name;
}

/**
 * Options without a price in the cart's currency (a London store for a euro cart) cannot
 * be chosen, so they are left out. Cheapest first within each group; stores that cannot
 * serve the cart last. With the stores' availability for this cart, each store says when
 * the order will be ready, or why it cannot take it.
 */
export function groupDeliveryOptions(
  options: readonly ShippingOption[],
  stores: readonly StoreAvailability[] = [],
  now = new Date(),
): DeliveryGroups {
  const groups: DeliveryGroups = { home: [], collect: [] };
  for (const option of options) {
    if (option.amount == null) continue;
    const collect = isCollectInStore(option);
    const choice: DeliveryChoice = {
      id: option.id,
      label: collect ? collectLabel(option.name) : option.name,
      amount: option.amount,
      ...(option.type?.description ? { description: option.type.description } : {}),
      ...(collect ? storePromise(stores.find((store) => store.shipping_option_ids.includes(option.id)), now) : {}),
    };
    groups[collect ? "collect" : "home"].push(choice);
  }
  const byPriceThenName = (a: DeliveryChoice, b: DeliveryChoice) =>
    Number(!!a.unavailable) - Number(!!b.unavailable) || a.amount - b.amount || a.label.localeCompare(b.label);
  groups.home.sort(byPriceThenName);
  groups.collect.sort(byPriceThenName);
  return groups;
}

/** "Ready today at 17:00" for a store that can serve the cart, or its reason not to. */
function storePromise(store: StoreAvailability | undefined, now: Date): Partial<DeliveryChoice> {
  if (!store) return {};
  if (!store.can_serve) return { unavailable: store.reason ?? "This store cannot take this order." };
  const promise = readyPromise(store, now);
  return promise ? { description: promise.charAt(0).toUpperCase() + promise.slice(1) } : {};
}
