import { describe, expect, it } from "vitest";
import { availabilitySentence, mapLink, openingHoursRows, readyBy, readyIn } from "./pickup-format";
import { preferredFirst } from "./preferred-store";

const store = (overrides = {}) => ({
  location_id: "sloc_1",
  name: "Lyon Part-Dieu",
  handle: "lyon-part-dieu",
  can_serve: true,
  ready_in_hours: 2,
  ready_by: null,
  lines: [{ variant_id: "v1", availability: "in_store" as const }],
  reason: null,
  shipping_option_ids: ["so_lyon"],
  time_zone: "Europe/Paris",
  ...overrides,
});

describe("pickup wording", () => {
  it("says where it is in stock and when it is ready", () => {
    expect(availabilitySentence(store())).toBe("In stock at Lyon Part-Dieu — ready in 2 hours");
    expect(
      availabilitySentence(store({ ready_in_hours: 48, lines: [{ variant_id: "v1", availability: "ship_to_store" }] })),
    ).toBe("Can be sent to Lyon Part-Dieu — ready in 2 days");
    expect(availabilitySentence(store({ can_serve: false, ready_in_hours: null }))).toBe("Not available for collection at Lyon Part-Dieu");
  });

  it("promises a clock time in the store's own time zone when the backend gives one", () => {
    // Wednesday 25 November 2026, 15:00 in Lyon (UTC+1).
    const now = new Date("2026-11-25T14:00:00Z");
    expect(availabilitySentence(store({ ready_by: "2026-11-25T16:00:00Z" }), now)).toBe(
      "In stock at Lyon Part-Dieu — ready today at 17:00",
    );
    expect(readyBy("2026-11-26T10:30:00Z", "Europe/Paris", now)).toBe("ready tomorrow at 11:30");
    expect(readyBy("2026-11-30T11:00:00Z", "Europe/Paris", now)).toBe("ready Mon 30 Nov at 12:00");
    // 23:30 UTC is already the next day in Paris, not in London.
    expect(readyBy("2026-11-25T23:30:00Z", "Europe/Paris", now)).toBe("ready tomorrow at 00:30");
    expect(readyBy("2026-11-25T23:30:00Z", "Europe/London", now)).toBe("ready today at 23:30");
  });

  it("rounds lead times the way a shopper reads them", () => {
    expect(readyIn(1)).toBe("ready in 1 hour");
    expect(readyIn(72)).toBe("ready in 3 days");
    expect(readyIn(0)).toBe("ready within the hour");
  });

  it("links to the store on OpenStreetMap", () => {
    const link = mapLink({ name: "Lyon Part-Dieu", address: { address_1: "17 rue du Docteur Bouchut", postal_code: "69003", city: "Lyon", country_code: "fr" } });
    expect(link).toBe(
      "https://www.openstreetmap.org/search?query=Lyon+Part-Dieu%2C+17+rue+du+Docteur+Bouchut%2C+69003+Lyon%2C+FR",
    );
  });

  it("lists the week from Monday, closed days included", () => {
    expect(openingHoursRows({ mon: "10:00–19:00", sun: "closed" })).toEqual([
      { day: "Monday", hours: "10:00–19:00" },
      { day: "Tuesday", hours: "—" },
      { day: "Wednesday", hours: "—" },
      { day: "Thursday", hours: "—" },
      { day: "Friday", hours: "—" },
      { day: "Saturday", hours: "—" },
      { day: "Sunday", hours: "Closed" },
    ]);
  });

  it("puts the shopper's store first", () => {
    const stores = [{ handle: "a" }, { handle: "b" }, { handle: "c" }];
    expect(preferredFirst(stores, "c").map((s) => s.handle)).toEqual(["c", "a", "b"]);
    expect(preferredFirst(stores, "nope")).toBe(stores);
  });
});
