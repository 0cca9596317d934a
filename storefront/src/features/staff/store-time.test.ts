import { describe, expect, it } from "vitest";
import { storeClock, storeDate, storeDateTime, zoneLabel } from "./store-time";

describe("store time on staff pages", () => {
  it("shows a Lyon pickup due at 14:55 UTC as 15:55, Paris time", () => {
    expect(storeDateTime("2026-12-07T14:55:00.000Z", "Europe/Paris")).toBe("Mon 7 Dec, 15:55 (Paris time)");
    expect(storeClock("2026-12-07T14:55:00.000Z", "Europe/Paris")).toBe("15:55");
  });

  it("follows summer time and other zones", () => {
    expect(storeDateTime("2026-07-01T14:55:00.000Z", "Europe/Paris")).toBe("Wed 1 Jul, 16:55 (Paris time)");
    expect(storeDateTime("2026-12-07T14:55:00.000Z", "Europe/London")).toBe("Mon 7 Dec, 14:55 (London time)");
    expect(storeDateTime("2026-12-07T14:55:00.000Z", "America/New_York")).toBe("Mon 7 Dec, 09:55 (New York time)");
  });

  it("puts a late-evening UTC time on the store's next day", () => {
    expect(storeDate("2026-12-07T23:30:00.000Z", "Europe/Paris")).toBe("Tue, 8 Dec 2026 (Paris time)");
  });

  it("says UTC when the store has no (valid) zone, and a dash when there is no time", () => {
    expect(storeDateTime("2026-12-07T14:55:00.000Z", undefined)).toBe("Mon 7 Dec, 14:55 (UTC)");
    expect(storeDateTime("2026-12-07T14:55:00.000Z", "Mars/Olympus")).toBe("Mon 7 Dec, 14:55 (UTC)");
    expect(storeDateTime(null, "Europe/Paris")).toBe("—");
    expect(storeDateTime("not a date", "Europe/Paris")).toBe("—");
    expect(zoneLabel("Europe/Paris")).toBe("Paris time");
  });
});
