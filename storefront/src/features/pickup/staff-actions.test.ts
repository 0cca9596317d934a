import { describe, expect, it } from "vitest";
import { readActionForm } from "./staff-actions";

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
};

describe("readActionForm", () => {
  it("sends a typed code as it is (the backend ignores case and spaces)", () => {
    expect(readActionForm(form({ action: "hand-over", code: " k7m 9qx " }))).toEqual({ action: "hand-over", body: { code: "k7m 9qx" } });
  });

  it("takes the fallback only complete, with a reason", () => {
    expect(readActionForm(form({ action: "hand-over", order_number: "#1042", last_name: "Martin", note: "Phone dead, ID seen" }))).toEqual({
      action: "hand-over",
      body: { order_number: 1042, last_name: "Martin", note: "Phone dead, ID seen" },
    });
    expect(readActionForm(form({ action: "hand-over", order_number: "1042", last_name: "Martin" }))).toEqual({
      error: expect.stringMatching(/why there is no code/),
    });
    expect(readActionForm(form({ action: "hand-over" }))).toEqual({ error: expect.stringMatching(/collection code/) });
  });

  it("sends only the lines with missing units for a short pick, with the reason", () => {
    const fields = { action: "short-pick", missing_ordli_1: "1", missing_ordli_2: "0", reason: "One arrived broken" };
    expect(readActionForm(form(fields))).toEqual({
      action: "short-pick",
      body: { items: [{ item_id: "ordli_1", missing_quantity: 1 }], reason: "One arrived broken" },
    });
    expect(readActionForm(form({ ...fields, missing_ordli_1: "0" }))).toEqual({ error: expect.stringMatching(/how many of which item/) });
    expect(readActionForm(form({ ...fields, missing_ordli_1: "1.5" }))).toEqual({ error: expect.stringMatching(/whole numbers/) });
    expect(readActionForm(form({ ...fields, reason: "" }))).toEqual({ error: "Say why the items are missing." });
  });

  it("needs a reason to reject, and refuses unknown actions", () => {
    expect(readActionForm(form({ action: "reject", reason: "" }))).toEqual({ error: expect.any(String) });
    expect(readActionForm(form({ action: "reject", reason: "Broken in the stockroom" }))).toEqual({ action: "reject", body: { reason: "Broken in the stockroom" } });
    expect(readActionForm(form({ action: "delete" }))).toEqual({ error: "Unknown action." });
  });

  it("reads a payment at the till: card or cash, an amount above zero with a point or a comma", () => {
    expect(readActionForm(form({ action: "counter-payment", method: "cash", amount: "30" }))).toEqual({
      action: "counter-payment",
      body: { method: "cash", amount: "30" },
    });
    expect(readActionForm(form({ action: "counter-payment", method: "card", amount: "23,80" }))).toEqual({
      action: "counter-payment",
      body: { method: "card", amount: "23.80" },
    });
    expect(readActionForm(form({ action: "counter-payment", method: "cheque", amount: "30" }))).toEqual({ error: expect.stringMatching(/card terminal or cash/) });
    for (const amount of ["0", "", "-5", "12.345", "ten"]) {
      expect(readActionForm(form({ action: "counter-payment", method: "cash", amount }))).toEqual({ error: expect.stringMatching(/amount taken/) });
    }
  });

  it("retries an interrupted operation with nothing else to send", () => {
    expect(readActionForm(form({ action: "retry" }))).toEqual({ action: "retry", body: {} });
  });
});
