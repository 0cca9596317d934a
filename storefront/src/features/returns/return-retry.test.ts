import { describe, expect, it } from "vitest";
import { retryOffer } from "./return-retry";

const money = (amount: number) => `€${amount.toFixed(2)}`;
const base = { pending_refund_amount: 0, refund_error: null };

describe("retryOffer", () => {
  it("offers to finish a receipt that was interrupted", () => {
    expect(retryOffer({ ...base, status: "receiving" }, money)).toEqual({
      why: expect.stringMatching(/interrupted/),
      button: "Retry: finish the receipt",
    });
  });

  it("offers the refund when it is owed and not made, with the amount", () => {
    expect(retryOffer({ ...base, status: "refund_pending", pending_refund_amount: 24.5 }, money)).toEqual({
      why: "€24.50 is owed and has not been refunded yet.",
      button: "Retry the refund",
    });
    expect(retryOffer({ ...base, status: "received", pending_refund_amount: 3 }, money)?.button).toBe("Retry the refund");
  });

  it("says why a refund failed", () => {
    const offer = retryOffer({ status: "refund_failed", pending_refund_amount: 10, refund_error: "Provider unreachable" }, money);
    expect(offer?.why).toBe("€10.00 could not be refunded yet: Provider unreachable");
  });

  it("offers nothing when nothing is left to do", () => {
    for (const status of ["requested", "refunded", "no_refund_due"] as const) expect(retryOffer({ ...base, status }, money)).toBeNull();
  });
});
