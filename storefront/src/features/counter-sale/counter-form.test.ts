import { describe, expect, it } from "vitest";
import { readCounterAction, shelfLabel } from "./counter-form";

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
};

describe("readCounterAction", () => {
  it("adds by scanned code, or by the product picked (which wins over a code)", () => {
    expect(readCounterAction(form({ action: "add", code: " 4012345 ", quantity: "2" }))).toEqual({ action: "add", code: "4012345", quantity: "2" });
    expect(readCounterAction(form({ action: "add", variant_id: "variant_1", code: "x" }))).toEqual({ action: "add", variant_id: "variant_1", quantity: "1" });
    expect(readCounterAction(form({ action: "add" }))).toEqual({ error: "Scan or type a SKU or barcode, or pick a product." });
  });

  it("reads a payment with a decimal comma as typed on a French keyboard", () => {
    expect(readCounterAction(form({ action: "pay", method: "cash", amount: "20,50" }))).toEqual({ action: "pay", method: "cash", amount: "20.50" });
    expect(readCounterAction(form({ action: "pay", method: "cash", amount: "" }))).toEqual({ error: "Type the amount taken." });
  });

  it("refuses what it does not know", () => {
    expect(readCounterAction(form({ action: "refund" }))).toEqual({ error: "Unknown action." });
    expect(readCounterAction(form({ action: "customer" }))).toEqual({ error: "Type the customer's e-mail address." });
  });
});

describe("shelfLabel", () => {
  it("says how many units are on this store's shelf", () => {
    expect(shelfLabel(3)).toBe("3 on the shelf");
    expect(shelfLabel(null)).toBe("stock not tracked");
  });
});
