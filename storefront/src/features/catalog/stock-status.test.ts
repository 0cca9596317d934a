import { describe, expect, it } from "vitest";
import { LOW_STOCK_THRESHOLD, stockStatus } from "./stock-status";

const tracked = (inventory_quantity: number | null | undefined, allow_backorder = false) => ({
  manage_inventory: true,
  allow_backorder,
  inventory_quantity,
});

describe("stockStatus", () => {
  it("says 'In stock' when plenty is available", () => {
    expect(stockStatus(tracked(LOW_STOCK_THRESHOLD + 1))).toEqual({ level: "in-stock", label: "In stock" });
  });

  it("counts down the last few items", () => {
    expect(stockStatus(tracked(2))).toEqual({ level: "low-stock", label: "Only 2 left" });
    expect(stockStatus(tracked(1)).label).toBe("Only 1 left");
    expect(stockStatus(tracked(LOW_STOCK_THRESHOLD)).label).toBe(`Only ${LOW_STOCK_THRESHOLD} left`);
  });

  it("says 'Out of stock' at zero or below", () => {
    expect(stockStatus(tracked(0))).toEqual({ level: "out-of-stock", label: "Out of stock" });
    expect(stockStatus(tracked(-3)).level).toBe("out-of-stock");
  });

  it("offers backorders when the variant allows them", () => {
    expect(stockStatus(tracked(0, true))).toEqual({ level: "backorder", label: "Available to order" });
  });

  it("treats untracked stock as available", () => {
    expect(stockStatus({ manage_inventory: false, allow_backorder: false, inventory_quantity: 0 }).level).toBe(
      "in-stock",
    );
    expect(stockStatus(tracked(undefined)).level).toBe("in-stock");
  });
});
