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

/** "In stock at Lyon Part-Dieu — ready in 2 hours", or why not. */
export function availabilitySentence(store: StoreAvailability): string {
  if (!store.can_serve || store.ready_in_hours === null) return `Not available for collection at ${store.name}`;
  const inStore = store.lines.every((line) => line.availability === "in_store");
  return `${inStore ? "In stock at" : "Can be sent to"} ${store.name} — ${readyIn(store.ready_in_hours)}`;
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
