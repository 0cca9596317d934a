import { describe, expect, it } from "vitest";
import type { QueuedPickup } from "./pickup-admin-api";
import { matchesPickupSearch } from "./pickup-search";

const pickup = (display_id: number, first_name: string, last_name: string, email: string): QueuedPickup => ({
  id: `pick_${display_id}`,
  status: "received",
  overdue: false,
  ship_to_store: false,
  due_at: "2026-12-07T14:55:00.000Z",
  ready_at: null,
  expires_at: null,
  created_at: "2026-12-07T12:00:00.000Z",
  order: { id: `order_${display_id}`, display_id, email, shipping_address: { first_name, last_name } },
});

describe("pickup queue search", () => {
  const queue = [pickup(1042, "Hélène", "Durand", "helene@example.com"), pickup(104, "Sam", "Smith", "sam@example.com")];
  const found = (search: string) => queue.filter((candidate) => matchesPickupSearch(candidate, search)).map((candidate) => candidate.order.display_id);

  it("finds an order by its exact number, with or without #", () => {
    expect(found("1042")).toEqual([1042]);
    expect(found("#104")).toEqual([104]);
  });

  it("finds by name (accents and case ignored) or e-mail, every word matching", () => {
    expect(found("helene")).toEqual([1042]);
    expect(found("SAM smith")).toEqual([104]);
    expect(found("sam@example")).toEqual([104]);
    expect(found("sam durand")).toEqual([]);
  });

  it("keeps everything for an empty search", () => {
    expect(found("  ")).toEqual([1042, 104]);
  });
});
