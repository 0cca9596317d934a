/**
 * The staff pickup page's form: which button was pressed, with its fields, turned into
 * the Admin API call to make. Pure, so it is unit-tested.
 */
import type { PickupAction } from "./pickup-admin-api";

export type ActionRequest = { action: PickupAction; body: Record<string, unknown> } | { error: string };

export const DONE_NOTICES: Record<PickupAction, string> = {
  prepare: "Started preparing.",
  ready: "Marked ready: the customer has been e-mailed their collection code.",
  "resend-notification": "The collection e-mail has been sent again.",
  reject: "Rejected: the order is cancelled and the customer has been told why.",
  "short-pick": "Missing items taken off the order and refunded; the customer has been told.",
  "hand-over": "Handed over. Thank you!",
  retry: "Finished where it stopped.",
  "counter-payment": "Payment recorded: the order can be handed over.",
};

/** Amounts typed at the till: "20", "12.5", "12,50" (a comma is a decimal point here). */
const AMOUNT = /^\d+(?:[.,]\d{1,2})?$/;

const text = (form: FormData, name: string) => String(form.get(name) ?? "").trim();

/** The short-pick form names each line's field `missing_<order line id>`. */
export const MISSING_PREFIX = "missing_";

export function readActionForm(form: FormData): ActionRequest {
  const action = text(form, "action");
  switch (action) {
    case "prepare":
    case "ready":
    case "resend-notification":
      return { action, body: {} };
    case "reject": {
      const reason = text(form, "reason");
      return reason.length >= 3 ? { action, body: { reason } } : { error: "Say why the order cannot be served." };
    }
    case "short-pick": {
      const items = [...form.keys()]
        .filter((name) => name.startsWith(MISSING_PREFIX))
        .map((name) => ({ item_id: name.slice(MISSING_PREFIX.length), missing_quantity: Number(text(form, name) || 0) }));
      if (items.some((item) => !Number.isInteger(item.missing_quantity) || item.missing_quantity < 0)) {
        return { error: "Missing quantities are whole numbers, 0 or more." };
      }
      const missing = items.filter((item) => item.missing_quantity > 0);
      if (missing.length === 0) return { error: "Say how many of which item are missing." };
      const reason = text(form, "reason");
      return reason.length >= 3 ? { action, body: { items: missing, reason } } : { error: "Say why the items are missing." };
    }
    case "retry":
      return { action, body: {} };
    case "counter-payment": {
      const method = text(form, "method");
      if (method !== "card" && method !== "cash") return { error: "Choose card terminal or cash." };
      const amount = text(form, "amount");
      if (!AMOUNT.test(amount) || Number(amount.replace(",", ".")) <= 0) {
        return { error: "Type the amount taken, like 23.80." };
      }
      return { action, body: { method, amount: amount.replace(",", ".") } };
    }
    case "hand-over": {
      const code = text(form, "code");
      if (code) return { action, body: { code } };
      const orderNumber = Number(text(form, "order_number").replace(/^#/, ""));
      const lastName = text(form, "last_name");
      const note = text(form, "note");
      if (!text(form, "order_number") && !lastName) return { error: "Type the customer's collection code." };
      if (!Number.isInteger(orderNumber) || orderNumber <= 0 || !lastName || note.length < 3) {
        return { error: "Without a code, give the order number, the last name on the order and why there is no code." };
      }
      return { action, body: { order_number: orderNumber, last_name: lastName, note } };
    }
    default:
      return { error: "Unknown action." };
  }
}

export const isPickupAction = (value: string | null): value is PickupAction =>
  value !== null && value in DONE_NOTICES;
