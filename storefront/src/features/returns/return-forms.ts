/**
 * The return forms (shopper's request, staff walk-in, staff receipt) turned into the
 * plugin's request bodies. Pure, so they are unit-tested; the backend checks everything
 * again, this only catches what can be said before a round trip.
 */
import type { ReceivedItem, ReturnableItem, StoreReturn } from "./return-types";
import type { ReturnRequestBody } from "./returns-store-api";

type Failure = { error: string };

const text = (form: FormData, name: string) => String(form.get(name) ?? "").trim();
const units = (form: FormData, name: string) => {
  const raw = text(form, name);
  if (raw === "") return 0;
  const value = Number(raw);
  return Number.isInteger(value) && value >= 0 ? value : NaN;
};

/** The items picked for return, with a reason each: `qty_<item>`, `reason_<item>`, optional `note_<item>`. */
export function readReturnItems(form: FormData, returnable: ReturnableItem[]): ReturnRequestBody["items"] | Failure {
  const items: ReturnRequestBody["items"] = [];
  for (const item of returnable) {
    const quantity = units(form, `qty_${item.id}`);
    if (Number.isNaN(quantity) || quantity > item.returnable_quantity) {
      return { error: `Choose between 0 and ${item.returnable_quantity} for "${item.title}".` };
    }
    if (quantity === 0) continue;
    const reason_code = text(form, `reason_${item.id}`);
    if (!reason_code) return { error: `Say why you are returning "${item.title}".` };
    const note = text(form, `note_${item.id}`).slice(0, 500);
    items.push({ id: item.id, quantity, reason_code, ...(note && { note }) });
  }
  return items.length ? items : { error: "Choose at least one item to return." };
}

export function readReturnRequestForm(form: FormData, orderId: string, returnable: ReturnableItem[]): ReturnRequestBody | Failure {
  const items = readReturnItems(form, returnable);
  if ("error" in items) return items;
  const method = text(form, "method");
  if (method === "mail") return { order_id: orderId, method, items };
  if (method !== "drop_at_store") return { error: "Choose how you will send the items back." };
  const location_id = text(form, "location_id");
  if (!location_id) return { error: "Choose the store you will bring the items to." };
  return { order_id: orderId, method, location_id, items };
}

/**
 * Staff's count at the counter: `resellable_<item>` and `damaged_<item>` units per return
 * line, and `exchange_<item>`: empty to refund the line, or the variant handed over instead.
 */
export function readReceiveForm(form: FormData, lines: StoreReturn["items"], exchangeable: Record<string, string[]> = {}): ReceivedItem[] | Failure {
  const received: ReceivedItem[] = [];
  for (const line of lines) {
    const expected = line.quantity - line.received_quantity;
    const resellable = units(form, `resellable_${line.item_id}`);
    const damaged = units(form, `damaged_${line.item_id}`);
    if (Number.isNaN(resellable) || Number.isNaN(damaged)) return { error: `Count whole units for "${line.title}".` };
    if (resellable + damaged > expected) return { error: `Only ${expected} unit(s) of "${line.title}" are expected.` };
    const variantId = text(form, `exchange_${line.item_id}`);
    if (variantId && !(exchangeable[line.item_id] ?? []).includes(variantId)) return { error: `Choose one of the listed items to exchange "${line.title}" for.` };
    const exchange = variantId ? { exchange_for_variant_id: variantId } : {};
    if (resellable) received.push({ id: line.item_id, quantity: resellable, condition: "resellable", ...exchange });
    if (damaged) received.push({ id: line.item_id, quantity: damaged, condition: "damaged", ...exchange });
  }
  return received.length ? received : { error: "Enter what the customer brought back." };
}
