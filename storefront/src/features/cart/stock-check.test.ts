import { describe, expect, it } from "vitest";
import { availableQuantity, quantityProblem } from "./stock-check";

const stocked = (inventory_quantity: number) => ({ manage_inventory: true, allow_backorder: false, inventory_quantity });

describe("quantityProblem", () => {
  it("accepts what is in stock", () => {
    expect(quantityProblem(stocked(5), 5)).toBeUndefined();
  });

  it("says how many are left when the shopper asks for more", () => {
    expect(quantityProblem(stocked(2), 3)).toBe("Only 2 left");
  });

  it("counts what is already in the cart", () => {
    expect(quantityProblem(stocked(2), 1, 2)).toBe("Only 2 left, and you already have 2 in your cart");
    expect(quantityProblem(stocked(3), 1, 2)).toBeUndefined();
  });

  it("says out of stock when nothing is left", () => {
    expect(quantityProblem(stocked(0), 1)).toBe("Out of stock");
    expect(quantityProblem(stocked(-1), 1)).toBe("Out of stock");
  });

  it("never limits untracked or backorderable variants", () => {
    expect(quantityProblem({ manage_inventory: false, allow_backorder: false, inventory_quantity: 0 }, 9)).toBeUndefined();
    expect(quantityProblem({ manage_inventory: true, allow_backorder: true, inventory_quantity: 0 }, 9)).toBeUndefined();
    expect(quantityProblem({ manage_inventory: true, allow_backorder: false }, 9)).toBeUndefined();
  });
});

describe("availableQuantity", () => {
  it("is the stock for tracked variants and unlimited otherwise", () => {
    expect(availableQuantity(stocked(4))).toBe(4);
    expect(availableQuantity({ manage_inventory: false, allow_backorder: false, inventory_quantity: 4 })).toBeUndefined();
  });
});
