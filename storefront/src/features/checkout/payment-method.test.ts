import { describe, expect, it } from "vitest";
import { choosePaymentMethod, stripeClientSecret } from "./payment-method";

describe("choosePaymentMethod", () => {
  it("uses Stripe when the key is set and the region offers it", () => {
    expect(choosePaymentMethod(["pp_system_default", "pp_stripe_stripe"], "pk_test_123")).toEqual({
      kind: "stripe",
      providerId: "pp_stripe_stripe",
      publishableKey: "pk_test_123",
    });
  });

  it("falls back to the test payment without a key or without Stripe in the region", () => {
    expect(choosePaymentMethod(["pp_system_default", "pp_stripe_stripe"], undefined)?.kind).toBe("test");
    expect(choosePaymentMethod(["pp_system_default"], "pk_test_123")?.kind).toBe("test");
  });

  it("offers nothing when the region has neither", () => {
    expect(choosePaymentMethod(["pp_adyen_adyen"], "pk_test_123")).toBeUndefined();
  });
});

describe("stripeClientSecret", () => {
  it("reads the client secret from the session data", () => {
    expect(stripeClientSecret({ data: { client_secret: "pi_1_secret_2" } })).toBe("pi_1_secret_2");
    expect(stripeClientSecret({ data: {} })).toBeUndefined();
    expect(stripeClientSecret(undefined)).toBeUndefined();
  });
});
