/**
 * The plugin's staff routes (/staff-api/pickups), called from the storefront server with the
 * staff member's own `staff` token. The backend decides what they may see: only their stores.
 */
import { medusa } from "../../lib/medusa";

export type PickupStatus = "received" | "preparing" | "ready" | "collected" | "rejected" | "expired" | "cancelled";
export type PickupAction = "prepare" | "ready" | "resend-notification" | "reject" | "short-pick" | "hand-over" | "retry" | "counter-payment";

export interface QueuedPickup {
  id: string;
  status: PickupStatus;
  overdue: boolean;
  ship_to_store: boolean;
  due_at: string;
  ready_at: string | null;
  expires_at: string | null;
  created_at: string;
  order: { id: string; display_id: number; email: string | null; shipping_address?: { first_name?: string | null; last_name?: string | null } | null };
}

export interface PickupQueue {
  pickups: QueuedPickup[];
  count: number;
  counts: { received: number; preparing: number; ready: number; overdue: number };
}

export interface PickupEvent {
  id: string;
  action: string;
  from_status: string | null;
  to_status: string | null;
  actor_id: string;
  note: string | null;
  verification_method: "code" | "fallback" | null;
  created_at: string;
}

export interface PickupDetail extends Omit<QueuedPickup, "order"> {
  notified_at: string | null;
  collected_at: string | null;
  reason: string | null;
  order: QueuedPickup["order"] & { created_at: string; shipping_address?: { first_name?: string | null; last_name?: string | null; phone?: string | null } | null };
  store: { id: string; name: string } | null;
  /** A hand-over or short pick a crash interrupted: staff retry it. */
  interrupted: "hand_over" | "short_pick" | null;
  /** Decimal strings rounded to the currency's minor unit. */
  payment: { currency_code: string; total: string; paid: string; capturable: string; to_take_at_till: string };
  pick_list: { line_item_id: string; product_title: string; variant_title: string | null; sku: string | null; thumbnail: string | null; quantity: number; bin: string | null }[];
  events: PickupEvent[];
}

export async function listPickups(headers: Record<string, string>, locationId: string, statuses?: PickupStatus[]): Promise<PickupQueue> {
  const query: Record<string, string> = { location_id: locationId, limit: "100" };
  if (statuses?.length) query.status = statuses.join(",");
  return medusa().client.fetch<PickupQueue>("/staff-api/pickups", { headers, query });
}

export async function getPickup(headers: Record<string, string>, id: string): Promise<PickupDetail> {
  const { pickup } = await medusa().client.fetch<{ pickup: PickupDetail }>(`/staff-api/pickups/${encodeURIComponent(id)}`, { headers });
  return pickup;
}

export async function actOnPickup(headers: Record<string, string>, id: string, action: PickupAction, body: object = {}): Promise<PickupDetail> {
  const { pickup } = await medusa().client.fetch<{ pickup: PickupDetail }>(`/staff-api/pickups/${encodeURIComponent(id)}/${action}`, {
    method: "POST",
    headers,
    body,
  });
  return pickup;
}

export interface CounterPayment {
  method: "card" | "cash";
  currency_code: string;
  due: string;
  tendered: string;
  change: string;
}

/** Money taken at the till for an unpaid order; the answer carries the change to give back. */
export async function takeCounterPayment(headers: Record<string, string>, id: string, body: object): Promise<CounterPayment> {
  const { counter_payment } = await medusa().client.fetch<{ counter_payment: CounterPayment }>(
    `/staff-api/pickups/${encodeURIComponent(id)}/counter-payment`,
    { method: "POST", headers, body },
  );
  return counter_payment;
}
