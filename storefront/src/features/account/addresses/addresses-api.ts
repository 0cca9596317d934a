/** The customer's address book in Medusa; every call carries the customer's token. */
import type { HttpTypes } from "@medusajs/types";
import { isNotFoundError } from "../../../lib/backend-errors";
import { medusa } from "../../../lib/medusa";
import { cachedFor } from "../../../lib/ttl-cache";
import type { AddressValues } from "../forms/address-form";

export interface Country {
  code: string;
  name: string;
}

const COUNTRIES_TTL_MS = 60_000;

/** Countries of all regions: the only ones an order can be delivered to. */
export const listDeliveryCountries = cachedFor(COUNTRIES_TTL_MS, async (): Promise<Country[]> => {
  const { regions } = await medusa().store.region.list({
    fields: "id,countries.iso_2,countries.display_name",
    limit: 100,
  });
  const countries = regions.flatMap((region) => region.countries ?? []);
  return countries
    .filter((country) => country.iso_2)
    .map((country) => ({ code: country.iso_2!, name: country.display_name ?? country.iso_2!.toUpperCase() }))
    .sort((a, b) => a.name.localeCompare(b.name, "en-GB"));
});

/** Default shipping address first, then the most recently added. */
export async function listAddresses(headers: Record<string, string>): Promise<HttpTypes.StoreCustomerAddress[]> {
  const { addresses } = await medusa().store.customer.listAddress({ limit: 100, order: "-created_at" }, headers);
  return [...addresses].sort((a, b) => Number(b.is_default_shipping) - Number(a.is_default_shipping));
}

/** Undefined when the address does not exist or is not this customer's. */
export async function findAddress(
  id: string,
  headers: Record<string, string>,
): Promise<HttpTypes.StoreCustomerAddress | undefined> {
  try {
    const { address } = await medusa().store.customer.retrieveAddress(id, {}, headers);
    return address;
  } catch (error) {
    if (isNotFoundError(error)) return undefined;
    throw error;
  }
}

export async function saveAddress(
  id: string | undefined,
  values: AddressValues,
  headers: Record<string, string>,
): Promise<void> {
  if (id) await medusa().store.customer.updateAddress(id, values, { fields: "id" }, headers);
  else await medusa().store.customer.createAddress(values, { fields: "id" }, headers);
}

export async function makeDefaultShippingAddress(id: string, headers: Record<string, string>): Promise<void> {
  // Medusa clears the flag on the customer's other addresses itself.
  await medusa().store.customer.updateAddress(id, { is_default_shipping: true }, { fields: "id" }, headers);
}

export async function deleteAddress(id: string, headers: Record<string, string>): Promise<void> {
  await medusa().store.customer.deleteAddress(id, headers);
}
