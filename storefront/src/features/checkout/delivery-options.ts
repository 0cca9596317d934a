/**
 * Delivery choices as the shopper sees them: "Home delivery" beside "Collect in store".
 * Pickup options are recognised by their fulfillment set (type "pickup", what
 * click-and-collect builds on) or, failing that field, by the seed's naming contract.
 */
import type { HttpTypes } from "@medusajs/types";

const COLLECT_PREFIX = "Collect in store";

export interface DeliveryChoice {
  id: string;
  /** For pickup, the store's name alone ("Lyon Part-Dieu"). */
  label: string;
  description?: string;
  amount: number;
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
 * be chosen, so they are left out. Cheapest first within each group.
 */
export function groupDeliveryOptions(options: readonly ShippingOption[]): DeliveryGroups {
  const groups: DeliveryGroups = { home: [], collect: [] };
  for (const option of options) {
    if (option.amount == null) continue;
    const collect = isCollectInStore(option);
    const choice: DeliveryChoice = {
      id: option.id,
      label: collect ? collectLabel(option.name) : option.name,
      amount: option.amount,
      ...(option.type?.description ? { description: option.type.description } : {}),
    };
    groups[collect ? "collect" : "home"].push(choice);
  }
  const byPriceThenName = (a: DeliveryChoice, b: DeliveryChoice) => a.amount - b.amount || a.label.localeCompare(b.label);
  groups.home.sort(byPriceThenName);
  groups.collect.sort(byPriceThenName);
  return groups;
}
