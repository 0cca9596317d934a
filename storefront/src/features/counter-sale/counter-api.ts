/**
 * The staff side of the store-sales plugin (/staff-api/counter-sales), called from the
 * storefront server with the staff member's own `staff` token. The backend scopes
 * everything to the member's stores (404 for another store's sale).
 */
import { medusa } from "../../lib/medusa";

type Headers = Record<string, string>;

export type TillPayment = { method: "card" | "cash"; amount: string; tendered: string; change: string };

export type CounterSaleLine = {
  id: string;
  product_title: string;
  variant_title: string | null;
  sku: string | null;
  barcode: string | null;
  variant_id: string | null;
  quantity: number;
  unit_price: string;
  subtotal: string;
  discount_total: string;
  total: string;
  in_store: number | null;
};

export type CounterSale = {
  id: string;
  status: "open" | "completed";
  store: { id: string; name: string; address: string | null };
  currency_code: string;
  lines: CounterSaleLine[];
  promo_codes: string[];
  customer: { id: string; email: string; first_name: string | null; last_name: string | null } | null;
  totals: { subtotal: string; discount_total: string; tax_total: string; total: string };
  payment: TillPayment | null;
  order: { order_id: string; display_id: number; placed_at: string; status: string; payment_status: string } | null;
  created_at: string;
};

export type LookupHit = {
  variant_id: string;
  product_title: string;
  variant_title: string | null;
  sku: string | null;
  barcode: string | null;
  price: string | null;
  currency_code: string;
  in_store: number | null;
};

const base = "/staff-api/counter-sales";
const sale = (id: string) => `${base}/${encodeURIComponent(id)}`;

async function send(headers: Headers, path: string, body: Record<string, unknown> = {}): Promise<CounterSale> {
  const { counter_sale } = await medusa().client.fetch<{ counter_sale: CounterSale }>(path, { method: "POST", body, headers });
  return counter_sale;
}

export const openCounterSale = (headers: Headers, locationId: string) => send(headers, base, { location_id: locationId });

export async function getCounterSale(headers: Headers, id: string): Promise<CounterSale> {
  const { counter_sale } = await medusa().client.fetch<{ counter_sale: CounterSale }>(sale(id), { headers });
  return counter_sale;
}

export const lookupProducts = (headers: Headers, q: string, locationId: string) =>
  medusa().client.fetch<{ match: "code" | "name"; products: LookupHit[] }>(`${base}/products`, {
    query: { q, location_id: locationId },
    headers,
  });

export const addLine = (headers: Headers, id: string, body: { variant_id?: string; code?: string; quantity: number | string }) =>
  send(headers, `${sale(id)}/lines`, body);

export const setLineQuantity = (headers: Headers, id: string, lineId: string, quantity: number | string) =>
  send(headers, `${sale(id)}/lines/${encodeURIComponent(lineId)}`, { quantity });

export const changePromoCode = (headers: Headers, id: string, code: string, action: "add" | "remove") =>
  send(headers, `${sale(id)}/promotions`, { code, action });

export const setCustomer = (headers: Headers, id: string, body: { email: string; first_name?: string; last_name?: string }) =>
  send(headers, `${sale(id)}/customer`, body);

export const completeCounterSale = (headers: Headers, id: string, body: { method: string; amount: string }) =>
  send(headers, `${sale(id)}/complete`, body);
