import { describe, expect, it } from "vitest";
import { deliveryLine, regionDeliveryLines } from "./delivery-lines";

describe("deliveryLine", () => {
  it("states the price and the free-delivery threshold from the option's price rule", () => {
    expect(
      deliveryLine({ id: "so_1", name: "Standard delivery", kind: "delivery", description: "2–4 working days.", amount: 4.9, reduced_from: { item_total: 50, amount: 0 } }, "eur"),
    ).toEqual({ name: "Standard delivery", price: "€4.90", condition: "Free for orders of €50.00 or more", description: "2–4 working days." });
  });

  it("says free for a free option and has no condition without a rule", () => {
    expect(deliveryLine({ id: "so_2", name: "Collect in store — Lyon", kind: "pickup", description: null, amount: 0, reduced_from: null }, "gbp")).toEqual({
      name: "Collect in store — Lyon",
      price: "Free",
      condition: null,
      description: null,
    });
  });

  it("splits a region's options into home delivery and collection", () => {
    const lines = regionDeliveryLines({
      id: "reg_1",
      name: "United Kingdom",
      currency_code: "gbp",
      countries: [{ code: "gb", name: "United Kingdom" }],
      options: [
        { id: "a", name: "Express delivery", kind: "delivery", description: null, amount: 7.95, reduced_from: null },
        { id: "b", name: "Collect in store — London", kind: "pickup", description: null, amount: 0, reduced_from: null },
      ],
    });
    expect(lines.delivery.map((line) => [line.name, line.price])).toEqual([["Express delivery", "£7.95"]]);
    expect(lines.pickup.map((line) => line.name)).toEqual(["Collect in store — London"]);
  });
});
