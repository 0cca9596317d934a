import { describe, expect, it } from "vitest";
import type { PickupEvent } from "./pickup-admin-api";
import { eventInWords } from "./pickup-history";

const event = (action: string, extra: Partial<PickupEvent> = {}): PickupEvent => ({
  id: "pickev_1",
  action,
  from_status: null,
  to_status: null,
  actor_id: "staff_1",
  note: null,
  verification_method: null,
  created_at: "2026-12-07T14:55:00.000Z",
  ...extra,
});

describe("pickup history in words", () => {
  it("says what happened, not the action's name", () => {
    expect(eventInWords(event("prepare"))).toBe("Preparation started");
    expect(eventInWords(event("hand_over", { verification_method: "code" }))).toBe("Collected (collection code checked)");
    expect(eventInWords(event("hand_over", { verification_method: "fallback", note: "Phone lost" }))).toBe(
      "Collected without code (ID and name checked) · Phone lost",
    );
    expect(eventInWords(event("notified", { note: "pickup-ready" }))).toBe("Customer e-mailed: “ready to collect” with the code");
    expect(eventInWords(event("verification_failed"))).toBe("Wrong collection code typed");
  });

  it("falls back to a readable action name for an unknown event", () => {
    expect(eventInWords(event("moved_shelf"))).toBe("moved shelf");
  });
});
