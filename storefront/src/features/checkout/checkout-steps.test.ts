import { describe, expect, it } from "vitest";
import type { HttpTypes } from "@medusajs/types";
import { isDeliverableAddress, openStep, stepsDone, type StepsDone } from "./checkout-steps";
import { LYON_ADDRESS } from "./test-fixtures";

const FRANCE_AND_GERMANY = ["fr", "de"];

const lyon = LYON_ADDRESS as HttpTypes.StoreCartAddress;

const noneDone: StepsDone = { email: false, address: false, delivery: false, payment: false, review: false };

describe("isDeliverableAddress", () => {
  it("accepts a complete address in the region", () => {
    expect(isDeliverableAddress(lyon, FRANCE_AND_GERMANY)).toBe(true);
  });

  it("refuses a missing field, a country outside the region or a postcode of another country", () => {
    expect(isDeliverableAddress({ ...lyon, city: "" }, FRANCE_AND_GERMANY)).toBe(false);
    expect(isDeliverableAddress(lyon, ["gb"])).toBe(false);
    // What Medusa leaves after a region change: the street stays, the country moves.
    expect(isDeliverableAddress({ ...lyon, country_code: "gb" }, ["gb"])).toBe(false);
    expect(isDeliverableAddress(undefined, FRANCE_AND_GERMANY)).toBe(false);
  });
});

describe("stepsDone", () => {
  it("reads each step from the cart", () => {
    const cart = {
      email: "camille@example.com",
      shipping_address: lyon,
      shipping_methods: [{ id: "sm_1" }],
      payment_collection: { payment_sessions: [{ id: "ps_1", status: "pending" }] },
    } as unknown as HttpTypes.StoreCart;
    expect(stepsDone(cart, FRANCE_AND_GERMANY)).toEqual({
      email: true,
      address: true,
      delivery: true,
      payment: true,
      review: false,
    });
  });

  it("counts only a session of the provider the page offers", () => {
    const cart = {
      payment_collection: { payment_sessions: [{ id: "ps_1", status: "pending", provider_id: "pp_system_default" }] },
    } as unknown as HttpTypes.StoreCart;
    expect(stepsDone(cart, FRANCE_AND_GERMANY, "pp_system_default").payment).toBe(true);
    expect(stepsDone(cart, FRANCE_AND_GERMANY, "pp_stripe_stripe").payment).toBe(false);
  });

  it("does not count a cancelled or errored payment session", () => {
    const cart = {
      payment_collection: { payment_sessions: [{ id: "ps_1", status: "canceled" }] },
    } as unknown as HttpTypes.StoreCart;
    expect(stepsDone(cart, FRANCE_AND_GERMANY).payment).toBe(false);
  });
});

describe("openStep", () => {
  it("opens the first step not done", () => {
    expect(openStep(noneDone)).toBe("email");
    expect(openStep({ ...noneDone, email: true, address: true })).toBe("delivery");
    expect(openStep({ email: true, address: true, delivery: true, payment: true, review: false })).toBe("review");
  });

  it("reopens an earlier step the shopper wants to change", () => {
    expect(openStep({ ...noneDone, email: true, address: true }, "email")).toBe("email");
  });

  it("never skips ahead of an unfinished step, nor accepts unknown steps", () => {
    expect(openStep({ ...noneDone, email: true }, "payment")).toBe("address");
    expect(openStep({ ...noneDone, email: true }, "shipping")).toBe("address");
  });
});
