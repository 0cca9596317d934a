/**
 * The shopper's side of the in-store-returns plugin, called from the storefront server
 * with the shopper's own token (the shared SDK client keeps none).
 */
import { medusa } from "../../lib/medusa";
import type { ReturnMethod, ReturnPolicy, Returnability, ShopperReturn } from "./return-types";

type Headers = Record<string, string>;

export async function getReturnPolicy(): Promise<ReturnPolicy> {
  const { return_policy } = await medusa().client.fetch<{ return_policy: ReturnPolicy }>("/store/return-policy");
  return return_policy;
}

/** 404 when the order is not the shopper's. */
export const getReturnability = (orderId: string, headers: Headers) =>
  medusa().client.fetch<Returnability>(`/store/orders/${encodeURIComponent(orderId)}/returnable-items`, { headers });

export interface ReturnRequestBody {
  order_id: string;
  method: Exclude<ReturnMethod, "in_store">;
  location_id?: string;
  items: { id: string; quantity: number; reason_code: string; note?: string }[];
}

export async function createReturnRequest(body: ReturnRequestBody, headers: Headers): Promise<ShopperReturn> {
  const { return_request } = await medusa().client.fetch<{ return_request: ShopperReturn }>("/store/return-requests", {
    method: "POST",
    body,
    headers,
  });
  return return_request;
}

export async function getReturnRequest(id: string, headers: Headers): Promise<ShopperReturn> {
  const { return_request } = await medusa().client.fetch<{ return_request: ShopperReturn }>(
    `/store/return-requests/${encodeURIComponent(id)}`,
    { headers },
  );
  return return_request;
}

export async function listReturnRequests(headers: Headers): Promise<ShopperReturn[]> {
  const { return_requests } = await medusa().client.fetch<{ return_requests: ShopperReturn[] }>("/store/return-requests", { headers });
  return return_requests;
}
