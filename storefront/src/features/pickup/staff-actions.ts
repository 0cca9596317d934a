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
  "hand-over": "Handed over. Thank you!",
};

const text = (form: FormData, name: string) => String(form.get(name) ?? "").trim();

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
