/**
 * The plugin's Store API routes: the stores, and whether they can serve a product or cart.
 */
import { medusa } from "../../lib/medusa";

export type OpeningHours = Partial<Record<"mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun", string>>;

export interface PickupLocation {
  id: string;
  name: string;
  handle: string;
  address: { address_1?: string | null; address_2?: string | null; city?: string | null; postal_code?: string | null; country_code?: string | null; phone?: string | null } | null;
  opening_hours: OpeningHours | null;
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
}

export async function pickupLocations(): Promise<PickupLocation[]> {
  const { pickup_locations } = await medusa().client.fetch<{ pickup_locations: PickupLocation[] }>("/store/pickup-locations");
  return pickup_locations;
}

export async function availabilityForVariants(variantIds: string[]): Promise<StoreAvailability[]> {
  const { stores } = await medusa().client.fetch<{ stores: StoreAvailability[] }>("/store/pickup-availability", {
    query: { variant_ids: variantIds.join(",") },
  });
  return stores;
}
