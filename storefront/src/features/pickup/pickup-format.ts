/**
 * Wording shared by the shop and staff pages: statuses, "ready in" times, opening hours,
 * addresses and map links.
 */
import type { PickupStatus } from "./pickup-admin-api";
import type { OpeningHours, PickupLocation, StoreAvailability } from "./pickup-store-api";

export const STATUS_LABELS: Record<PickupStatus, string> = {
  received: "New",
  preparing: "Preparing",
  ready: "Ready for collection",
  collected: "Collected",
  rejected: "Rejected",
  expired: "Not collected",
  cancelled: "Cancelled",
};

const WEEKDAYS: [keyof OpeningHours, string][] = [
  ["mon", "Monday"],
  ["tue", "Tuesday"],
  ["wed", "Wednesday"],
  ["thu", "Thursday"],
  ["fri", "Friday"],
  ["sat", "Saturday"],
  ["sun", "Sunday"],
];

export function openingHoursRows(hours: OpeningHours | null): { day: string; hours: string }[] {
  if (!hours) return [];
  return WEEKDAYS.map(([key, day]) => ({ day, hours: hours[key] === "closed" ? "Closed" : hours[key] ?? "—" }));
}

export function readyIn(hours: number): string {
  if (hours < 1) return "ready within the hour";
  if (hours < 24) return `ready in ${hours} hour${hours === 1 ? "" : "s"}`;
  const days = Math.round(hours / 24);
  return `ready in ${days} day${days === 1 ? "" : "s"}`;
}

const dayKey = (date: Date, timeZone: string) => date.toLocaleDateString("en-CA", { timeZone });

/**
 * "ready today at 17:00", "ready tomorrow at 11:30", "ready Mon 30 Nov at 12:00", in the
 * store's own time: what the shopper plans the trip by.
 */
export function readyBy(iso: string, timeZone: string, now = new Date()): string {
  const ready = new Date(iso);
  const time = ready.toLocaleTimeString("en-GB", { timeZone, hour: "2-digit", minute: "2-digit" });
  const tomorrow = new Date(now.getTime() + 86_400_000);
  if (dayKey(ready, timeZone) === dayKey(now, timeZone)) return `ready today at ${time}`;
  if (dayKey(ready, timeZone) === dayKey(tomorrow, timeZone)) return `ready tomorrow at ${time}`;
  const day = ready.toLocaleDateString("en-GB", { timeZone, weekday: "short", day: "numeric", month: "short" });
  return `ready ${day} at ${time}`;
}

/** The store's promise: by the clock when the backend gives one, else in hours. */
export function readyPromise(store: Pick<StoreAvailability, "ready_by" | "ready_in_hours" | "time_zone">, now = new Date()): string {
  if (store.ready_by) return readyBy(store.ready_by, store.time_zone, now);
  return store.ready_in_hours === null ? "" : readyIn(store.ready_in_hours);
}

/** "In stock at Lyon Part-Dieu — ready today at 17:00", or why not. */
export function availabilitySentence(store: StoreAvailability, now = new Date()): string {
  if (!store.can_serve || store.ready_in_hours === null) return `Not available for collection at ${store.name}`;
  const inStore = store.lines.every((line) => line.availability === "in_store");
  return `${inStore ? "In stock at" : "Can be sent to"} ${store.name} — ${readyPromise(store, now)}`;
}

export function addressLines(address: PickupLocation["address"]): string[] {
  if (!address) return [];
  return [address.address_1, address.address_2, [address.postal_code, address.city].filter(Boolean).join(" ")].filter(
    (line): line is string => !!line,
  );
}

export function mapLink(location: Pick<PickupLocation, "name" | "address">): string {
  const query = [location.name, ...addressLines(location.address), location.address?.country_code?.toUpperCase()].filter(Boolean).join(", ");
  return `https://www.openstreetmap.org/search?${new URLSearchParams({ query })}`;
}

export const shortDateTime = (iso: string | null | undefined) =>
  iso ? new Date(iso).toLocaleString("en-GB", { weekday: "short", day: "numeric", month: "short", hour: "2-digit", minute: "2-digit" }) : "—";
