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

  it("needs a reason to reject, and refuses unknown actions", () => {
    expect(readActionForm(form({ action: "reject", reason: "" }))).toEqual({ error: expect.any(String) });
    expect(readActionForm(form({ action: "reject", reason: "Broken in the stockroom" }))).toEqual({ action: "reject", body: { reason: "Broken in the stockroom" } });
    expect(readActionForm(form({ action: "delete" }))).toEqual({ error: "Unknown action." });
  });
});
