/**
 * The staff side of the in-store-returns plugin (/staff-api/store-returns), called from the
 * storefront server with the staff member's own `staff` token. The backend decides what they
 * may see and do: only returns booked at their stores.
 */
import { medusa } from "../../lib/medusa";
import type { ExchangeOption, ReceivedItem, ReturnReceipt, Returnability, StoreReturn } from "./return-types";

type Headers = Record<string, string>;

/** The code travels in the body (never a URL, which logs keep); the answer does not carry it back. */
export async function findReturnByCode(headers: Headers, code: string): Promise<StoreReturn> {
  const { store_return } = await medusa().client.fetch<{ store_return: StoreReturn }>("/staff-api/store-returns/lookup", {
    method: "POST",
    body: { code },
    headers,
  });
  return store_return;
}

/** Both must match: an order number alone reveals nothing. */
export const findOrderForReturn = (headers: Headers, orderDisplayId: number, email: string) =>
  medusa().client.fetch<Returnability & { store_returns: StoreReturn[] }>("/staff-api/store-returns/lookup", {
    method: "POST",
    body: { order_display_id: orderDisplayId, email },
    headers,
  });

/** Returns booked at the store and not fully received yet: what the counter should expect. */
export async function listExpectedReturns(headers: Headers, locationId: string): Promise<(StoreReturn & { created_at: string })[]> {
  const { store_returns } = await medusa().client.fetch<{ store_returns: (StoreReturn & { created_at: string })[] }>("/staff-api/store-returns", {
    headers,
    query: { location_id: locationId, limit: "50" },
  });
  return store_returns;
}

export const getStoreReturn = (headers: Headers, id: string) =>
  medusa().client.fetch<Returnability & { store_return: StoreReturn; exchange_options: Record<string, ExchangeOption[]> }>(
    `/staff-api/store-returns/${encodeURIComponent(id)}`,
    { headers },
  );

export async function bookWalkInReturn(
  headers: Headers,
  body: { order_id: string; location_id: string; items: { id: string; quantity: number; reason_code: string }[] },
): Promise<StoreReturn> {
  const { store_return } = await medusa().client.fetch<{ store_return: StoreReturn }>("/staff-api/store-returns", { method: "POST", body, headers });
  return store_return;
}

export async function receiveReturn(headers: Headers, id: string, items: ReceivedItem[]): Promise<StoreReturn> {
  const { store_return } = await medusa().client.fetch<{ store_return: StoreReturn }>(
    `/staff-api/store-returns/${encodeURIComponent(id)}/receive`,
    { method: "POST", body: { items }, headers },
  );
  return store_return;
}

export async function retryRefund(headers: Headers, id: string): Promise<StoreReturn> {
  const { store_return } = await medusa().client.fetch<{ store_return: StoreReturn }>(
    `/staff-api/store-returns/${encodeURIComponent(id)}/refund`,
    { method: "POST", headers },
  );
  return store_return;
}

export async function getReceipt(headers: Headers, id: string): Promise<ReturnReceipt> {
  const { receipt } = await medusa().client.fetch<{ receipt: ReturnReceipt }>(`/staff-api/store-returns/${encodeURIComponent(id)}/receipt`, { headers });
  return receipt;
}
