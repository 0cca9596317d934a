/**
 * A pickup's timeline in words for the staff page, not the backend's action names. Worded
 * apart from the notices shown after an action ("Marked ready…", "Handed over…").
 */
import type { PickupEvent } from "./pickup-admin-api";

const EMAILS: Record<string, string> = {
  "pickup-ready": "“ready to collect” with the code",
  "pickup-reminder": "a reminder",
  "pickup-expired": "“not collected”",
  "pickup-rejected": "“cannot be collected”",
  "pickup-short-picked": "“some items are missing”",
};

const WORDS: Record<string, (event: PickupEvent) => string> = {
  created: () => "Order received",
  prepare: () => "Preparation started",
  ready: () => "Order ready, waiting on the shelf",
  notified: (event) => `Customer e-mailed${event.note && EMAILS[event.note] ? `: ${EMAILS[event.note]}` : ""}`,
  resend: () => "“Ready” e-mail sent again",
  reject: () => "Order rejected, cancelled and refunded",
  short_pick: () => "Some items were missing: taken off the order and refunded",
  hand_over: (event) =>
    event.verification_method === "fallback" ? "Collected without code (ID and name checked)" : "Collected (collection code checked)",
  verification_failed: () => "Wrong collection code typed",
  counter_payment: () => "Paid at the till",
  expire: () => "Not collected in time: cancelled and refunded",
  cancel: () => "Order cancelled",
};

/** "Handed over (collection code checked)", with the event's note when it adds something. */
export function eventInWords(event: PickupEvent): string {
  const words = WORDS[event.action]?.(event) ?? event.action.replace(/_/g, " ");
  const note = event.action === "notified" ? null : event.note;
  return note ? `${words} · ${note}` : words;
}
