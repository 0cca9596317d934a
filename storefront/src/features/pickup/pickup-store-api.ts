/**
 * The plugin's Store API routes: the stores, and whether they can serve a product or cart.
 */
import type { AstroCookies } from "astro";
import { isNotFoundError } from "../../lib/backend-errors";
import { medusa } from "../../lib/medusa";
import { sharedCatalogRead } from "../catalog/catalog-api";
import { orderAccessHeaders } from "../checkout/placed-order";
import type { PickupStatus } from "./pickup-admin-api";

export type OpeningHours = Partial<Record<"mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun", string>>;

export interface PickupLocation {
  id: string;
  name: string;
  handle: string;
  address: { address_1?: string | null; address_2?: string | null; city?: string | null; postal_code?: string | null; country_code?: string | null; phone?: string | null } | null;
  opening_hours: OpeningHours | null;
  time_zone: string;
  pickup_instructions: string | null;
  lead_time_hours: number;
  ship_to_store_lead_time_hours: number;
  hold_period_days: number;
  shipping_option_ids: string[];
}

export interface StoreAvailability {
  location_id: string;
  name: string;
  handle: string;
  can_serve: boolean;
  ready_in_hours: number | null;
  ready_by: string | null;
  lines: { variant_id: string; availability: "in_store" | "ship_to_store" | "unavailable" }[];
  reason: string | null;
  shipping_option_ids: string[];
  /** The store's IANA zone: "ready by" is read in the store's local time. */
  time_zone: string;
}

export async function pickupLocations(): Promise<PickupLocation[]> {
  const { pickup_locations } = await medusa().client.fetch<{ pickup_locations: PickupLocation[] }>("/store/pickup-locations");
  return pickup_locations;
}

/** Product pages: the same for every shopper, so shared like the catalogue (checkout asks per cart, fresh). */
export const availabilityForVariants = sharedCatalogRead(async function availabilityForVariants(
  variantIds: string[],
): Promise<StoreAvailability[]> {
  const { stores } = await medusa().client.fetch<{ stores: StoreAvailability[] }>("/store/pickup-availability", {
    query: { variant_ids: variantIds.join(",") },
  });
  return stores;
});

/** Per store, whether it can serve this cart and when; checkout marks the stores that cannot. */
export async function availabilityForCart(cartId: string): Promise<StoreAvailability[]> {
  const { stores } = await medusa().client.fetch<{ stores: StoreAvailability[] }>("/store/pickup-availability", {
    query: { cart_id: cartId },
  });
  return stores;
}

/** An order's pickup as its shopper sees it; the code only for the signed-in owner, once ready. */
export interface OrderPickup {
  id: string;
  status: PickupStatus;
  due_at: string;
  ready_at: string | null;
  expires_at: string | null;
  collected_at: string | null;
  reason: string | null;
  code: string | null;
  store: Pick<PickupLocation, "id" | "name" | "address" | "opening_hours" | "time_zone"> & { instructions: string | null };
}

/** Null when the order is not collected in store (or is not this shopper's). */
export async function orderPickup(cookies: AstroCookies, orderId: string): Promise<OrderPickup | null> {
  try {
    const { pickup } = await medusa().client.fetch<{ pickup: OrderPickup }>(`/store/orders/${encodeURIComponent(orderId)}/pickup`, {
      headers: orderAccessHeaders(cookies, orderId),
    });
    return pickup;
  } catch (error) {
    if (isNotFoundError(error)) return null;
    throw error;
  }
}

const OPENING_CHECKS = 10;
const OPENING_CHECK_DELAY_MS = 200;

/**
 * For order pages: a pickup the backend cannot tell about right now is left out, not the
 * page. The backend opens a pickup on `order.placed`, moments after the order exists: the
 * confirmation page, shown right after placing an order to collect, waits up to two seconds.
 */
export async function orderPickupOrNone(
  cookies: AstroCookies,
  orderId: string,
  { collectInStore = false } = {},
): Promise<OrderPickup | null> {
  try {
    for (let check = 1; ; check++) {
      const pickup = await orderPickup(cookies, orderId);
      if (pickup || !collectInStore || check >= OPENING_CHECKS) return pickup;
      await new Promise((resolve) => setTimeout(resolve, OPENING_CHECK_DELAY_MS));
    }
  } catch (error) {
    console.warn("Order pickup unavailable:", error instanceof Error ? error.message : error);
    return null;
  }
}
